// How wide text shows, in a terminal or a chart label: CJK and full-width characters take two columns.

/** Width of text in columns (half an em): CJK and full-width characters take two, others one. */
export function textUnits(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\ud840-\ud8bf]/.test(ch) ? 2 : 1;
  return w;
}

/** Text cut to at most `units` half-ems with an ellipsis, so a long compound name cannot overflow. */
export function fitText(s: string, units: number): string {
  if (textUnits(s) <= units) return s;
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = textUnits(ch);
    if (w + cw > units - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}
