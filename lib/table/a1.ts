import type { MergedArea } from './sheet.ts';

// A1 references as spreadsheets name a merged area. Letters before digits; '$' anchors ignored.

/** Column number (1-based) of an A1 reference such as `AB12`, or 0 when it has no letters. */
function columnOfRef(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  return col;
}

/** Row number (1-based) of an A1 reference, or 0 when it has none. */
function rowOfRef(ref: string): number {
  let i = 0;
  while (i < ref.length && ref.charCodeAt(i) > 57) i++;
  let row = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) break;
    row = row * 10 + (c - 48);
  }
  return row;
}

/** `A1:C2` → a 0-based merged area (how .xlsx files and Range.getA1Notation() name one); undefined for anything else. */
export function parseMergeRef(ref: string): MergedArea | undefined {
  const [from = '', to = from] = ref.replace(/\$/g, '').split(':');
  const top = rowOfRef(from) - 1;
  const left = columnOfRef(from) - 1;
  const bottom = rowOfRef(to) - 1;
  const right = columnOfRef(to) - 1;
  if (top < 0 || left < 0 || bottom < top || right < left) return undefined;
  return { top, left, bottom, right };
}
