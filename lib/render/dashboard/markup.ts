// HTML and SVG built with a tagged template that escapes every interpolated value unless it is markup
// made the same way: a compound named <script> stays text, and no caller has to remember to escape.

/** Markup that is safe to insert as is: only `html` and `joined` make it. */
export class Markup {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for an HTML or SVG text node or a quoted attribute. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

export type Part = Markup | string | number | readonly Part[] | null | undefined | false;

function render(p: Part): string {
  if (p === null || p === undefined || p === false) return '';
  if (p instanceof Markup) return p.text;
  if (typeof p === 'number') return String(p);
  if (typeof p === 'string') return escapeHtml(p);
  return p.map(render).join('');
}

/** `html\`<td>${name}</td>\``: strings and numbers are escaped, Markup and arrays of it are kept. */
export function html(strings: TemplateStringsArray, ...parts: readonly Part[]): Markup {
  let out = strings[0] ?? '';
  for (let i = 0; i < parts.length; i++) out += render(parts[i]) + (strings[i + 1] ?? '');
  return new Markup(out);
}

/** Markup pieces joined with a separator (itself escaped). */
export const joined = (parts: readonly Part[], separator: string): Markup =>
  new Markup(
    parts
      .map(render)
      .filter((s) => s !== '')
      .join(escapeHtml(separator)),
  );
