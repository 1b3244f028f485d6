import { numeralCode, parseChineseDigits, parseChineseNumeral } from '../cells/chinese-numerals.ts';

// A place label as a sequence of parts: numbers (Arabic digits, or a Chinese numeral such as 十二 or
// 二〇一) and the text between them. Numbers sort by value and before text at the same position, so
// 第二组 < 第十组, 2号楼 < 10号楼, 一区 < 二区 < 十区, 3-201 < 12-101. Labels whose parts are equal in value
// (2号楼, 二号楼, 02号楼) are ordered by their text, so the order is total and never depends on row order.

type Part = { readonly n: string } | { readonly t: string };

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** A number as a digit string without leading zeros: any length compares exactly. */
const digits = (s: string): string => s.replace(/^0+(?=\d)/, '');

function parts(label: string): Part[] {
  const out: Part[] = [];
  let text = '';
  let i = 0;
  while (i < label.length) {
    let j = i;
    if (isDigit(label.charCodeAt(i))) {
      while (j < label.length && isDigit(label.charCodeAt(j))) j++;
      if (text) out.push({ t: text });
      text = '';
      out.push({ n: digits(label.slice(i, j)) });
      i = j;
      continue;
    }
    while (j < label.length && numeralCode(label.charAt(j)) !== undefined) j++;
    if (j > i) {
      const run = label.slice(i, j);
      const value = parseChineseNumeral(run);
      const n = value !== null ? String(value) : parseChineseDigits(run);
      if (n !== null) {
        if (text) out.push({ t: text });
        text = '';
        out.push({ n: digits(n) });
      } else text += run;
      i = j;
      continue;
    }
    text += label.charAt(i);
    i++;
  }
  if (text) out.push({ t: text });
  return out;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function comparePart(a: Part, b: Part): number {
  if ('n' in a) {
    if (!('n' in b)) return -1;
    return a.n.length - b.n.length || byText(a.n, b.n);
  }
  return 'n' in b ? 1 : byText(a.t, b.t);
}

// Labels repeat (a compound on every row of 待跟进): their parts are worked out once. The cache is
// dropped when it grows, so a million distinct room numbers cost no more memory than a few thousand.
const cache = new Map<string, Part[]>();
const CACHE_LIMIT = 20_000;

function cachedParts(label: string): Part[] {
  let p = cache.get(label);
  if (p === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    p = parts(label);
    cache.set(label, p);
  }
  return p;
}

/** Orders place labels (compounds, buildings, units, rooms, work groups) as people read them. */
export function comparePlace(a: string, b: string): number {
  if (a === b) return 0;
  const pa = cachedParts(a);
  const pb = cachedParts(b);
  const n = Math.min(pa.length, pb.length);
  for (let i = 0; i < n; i++) {
    const c = comparePart(pa[i]!, pb[i]!);
    if (c !== 0) return c;
  }
  return pa.length - pb.length || byText(a, b);
}
