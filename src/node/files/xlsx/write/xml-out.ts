// Text as it goes into written XML: escaped for XML, and for OOXML's own `_xHHHH_` escapes.

// Excel refuses a cell longer than this; longer text is cut and ends with an ellipsis.
export const MAX_CELL_TEXT = 32767;

/** Escapes text for element content and attribute values (quotes included). */
export function esc(s: string): string {
  if (!/[&<>"\r]/.test(s)) return s;
  return s.replace(/[&<>"\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#13;'));
}

// XML cannot hold most control characters, so OOXML spells them `_x0001_`; a literal `_x0041_` typed
// by a user is escaped as `_x005F_x0041_` so that it reads back as typed. CR is kept as `&#13;`.
const NEEDS_ESCAPE = /_x[0-9a-fA-F]{4}_|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]/g;

const MAY_NEED_ESCAPE = /_x|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]/;

/** A cell's text as OOXML stores it (before XML escaping), cut to what a cell holds. */
export function cellText(s: string): string {
  const cut = s.length > MAX_CELL_TEXT ? `${s.slice(0, MAX_CELL_TEXT - 1)}…` : s;
  if (!MAY_NEED_ESCAPE.test(cut)) return cut;
  return cut.replace(NEEDS_ESCAPE, (m) =>
    m.length > 1 ? `_x005F_${m.slice(1)}` : `_x${m.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
}
