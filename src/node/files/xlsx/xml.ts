// The little XML an .xlsx part needs, read from strings without a DOM: tags found with indexOf,
// attributes read in place, entities decoded only where a `&` occurs.

const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };

/**
 * Text content or an attribute value as an XML parser gives it: entities and character references
 * decoded; line ends normalized (CRLF and CR → LF) as XML 1.0 §2.11 requires, which `&#13;` escapes.
 */
export function xmlText(raw: string): string {
  let s = raw;
  if (s.indexOf('\r') >= 0) s = s.replace(/\r\n?/g, '\n');
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, ref: string) => {
    if (ref.charCodeAt(0) === 35 /* # */) {
      const cp = ref.charCodeAt(1) === 120 ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return NAMED[ref] ?? m;
  });
}

/** Attribute value normalization (XML 1.0 §3.3.3): tabs and line ends become spaces, then references decoded. */
function xmlAttr(raw: string): string {
  return xmlText(raw.replace(/\r\n|[\t\n\r]/g, ' '));
}

/** The end of a start or end tag that begins at `lt` (the index of its `>`), skipping quoted values; -1 when not in `s` yet. */
export function tagEnd(s: string, lt: number): number {
  let quote = 0;
  for (let i = lt + 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 62 /* > */) return i;
    else if (c === 34 || c === 39) quote = c;
  }
  return -1;
}

/** The local name of the tag starting at `lt` (`<x:row r="1">` → `row`), without the `/` of an end tag. */
export function tagName(s: string, lt: number, end: number): string {
  let i = lt + 1;
  if (s.charCodeAt(i) === 47) i++;
  let j = i;
  let colon = -1;
  while (j < end) {
    const c = s.charCodeAt(j);
    if (c === 32 || c === 47 || c === 9 || c === 10 || c === 13 || c === 62) break;
    if (c === 58) colon = j;
    j++;
  }
  return s.slice(colon >= 0 ? colon + 1 : i, j);
}

/** The raw (undecoded) value of attribute `name` within s[from, to), or undefined; prefixed names match by local name. */
export function rawAttr(s: string, from: number, to: number, name: string): string | undefined {
  let i = from;
  while (i < to) {
    const eq = s.indexOf('=', i);
    if (eq < 0 || eq >= to) return undefined;
    let k = eq - 1;
    while (k > i && isSpace(s.charCodeAt(k))) k--;
    let b = k;
    while (b >= i && !isSpace(s.charCodeAt(b)) && s.charCodeAt(b) !== 60) b--;
    const key = s.slice(b + 1, k + 1);
    let q = eq + 1;
    while (q < to && isSpace(s.charCodeAt(q))) q++;
    const quote = s.charCodeAt(q);
    if (quote !== 34 && quote !== 39) return undefined;
    const close = s.indexOf(quote === 34 ? '"' : "'", q + 1);
    if (close < 0 || close > to) return undefined;
    // `r:id` matches `id`; a namespace declaration (`xmlns:x`) is not an attribute.
    const colon = key.indexOf(':');
    if ((colon < 0 ? key : key.slice(colon + 1)) === name && !key.startsWith('xmlns')) return s.slice(q + 1, close);
    i = close + 1;
  }
  return undefined;
}

/** A decoded attribute value, or undefined. */
export function attr(s: string, from: number, to: number, name: string): string | undefined {
  const raw = rawAttr(s, from, to, name);
  return raw === undefined ? undefined : xmlAttr(raw);
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

export type Tag = { readonly name: string; readonly start: number; readonly end: number; readonly close: boolean; readonly empty: boolean };

/** Every element start/end tag of a small, whole part (workbook, relationships, styles), in order; throws when the part is cut short. */
export function* tags(s: string): Generator<Tag> {
  let p = 0;
  for (;;) {
    const lt = s.indexOf('<', p);
    if (lt < 0) return;
    const c = s.charCodeAt(lt + 1);
    if (c === 33 /* ! */ || c === 63 /* ? */) {
      const close = s.startsWith('<!--', lt)
        ? s.indexOf('-->', lt)
        : s.startsWith('<![CDATA[', lt)
          ? s.indexOf(']]>', lt)
          : s.indexOf('>', lt);
      if (close < 0) throw new Error('the XML ends inside a comment or declaration');
      p = close + 1;
      continue;
    }
    const end = tagEnd(s, lt);
    if (end < 0) throw new Error('the XML ends inside a tag');
    yield { name: tagName(s, lt, end), start: lt, end, close: c === 47, empty: s.charCodeAt(end - 1) === 47 };
    p = end + 1;
  }
}

/** The namespace prefix of a part's root element (`x:` in `<x:worksheet>`), '' for none; undefined until it is in `s`. */
export function rootPrefix(s: string): string | undefined {
  let p = 0;
  for (;;) {
    const lt = s.indexOf('<', p);
    if (lt < 0) return undefined;
    const c = s.charCodeAt(lt + 1);
    if (c === 63 || c === 33) {
      const end = s.indexOf('>', lt);
      if (end < 0) return undefined;
      p = end + 1;
      continue;
    }
    let i = lt + 1;
    while (i < s.length) {
      const d = s.charCodeAt(i);
      if (d === 58) return s.slice(lt + 1, i + 1);
      if (d === 32 || d === 62 || d === 47 || d === 9 || d === 10 || d === 13) return '';
      i++;
    }
    return undefined;
  }
}
