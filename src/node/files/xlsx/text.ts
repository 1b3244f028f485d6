import { rootPrefix, tagEnd, tagName, xmlText } from './xml.ts';

/** `_x000D_` escapes in shared and rich text, decoded as ExcelJS's TextXform does (upper-case hex only). */
function unescapeX(s: string): string {
  return s.indexOf('_x') >= 0 ? s.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))) : s;
}

/**
 * The plain text of a string item (`<si>` or a cell's `<is>`) held in s[from, to): the text of its
 * `<t>` elements, runs joined, phonetic guides (`<rPh>`) left out. `unescapePlain`: whether a `<t>`
 * outside runs is unescaped too (ExcelJS does so in shared strings but not in inline strings).
 * Returns undefined when the item has no `<t>` at all and `runs` tells whether it had `<r>` runs.
 */
export function itemText(s: string, from: number, to: number, unescapePlain: boolean): { text: string | undefined; runs: boolean } {
  let text: string | undefined;
  let runs = false;
  let inRun = false;
  let phonetic = 0;
  let p = from;
  while (p < to) {
    const lt = s.indexOf('<', p);
    if (lt < 0 || lt >= to) break;
    const end = tagEnd(s, lt);
    if (end < 0 || end >= to) break;
    const close = s.charCodeAt(lt + 1) === 47;
    const empty = s.charCodeAt(end - 1) === 47;
    const name = tagName(s, lt, end);
    p = end + 1;
    if (name === 'rPh') {
      if (!empty) phonetic += close ? -1 : 1;
    } else if (name === 'r') {
      if (!close) runs = true;
      inRun = !close && !empty;
    } else if (name === 't' && !close) {
      let part = '';
      if (!empty) {
        const endT = s.indexOf('</', p);
        const stop = endT < 0 || endT > to ? to : endT;
        part = xmlText(s.slice(p, stop));
        p = stop;
      }
      if (phonetic === 0) text = (text ?? '') + (inRun || unescapePlain ? unescapeX(part) : part);
    }
  }
  return { text, runs };
}

/** Shared strings, streamed: each `<si>` as plain text, in order. */
export async function readSharedStrings(chunks: AsyncIterable<string>): Promise<string[]> {
  const strings: string[] = [];
  let buf = '';
  let pre: string | undefined;
  for await (const chunk of chunks) {
    buf = buf === '' ? chunk : buf + chunk;
    pre ??= rootPrefix(buf);
    if (pre === undefined) continue;
    // Items are read up to the last one complete in the buffer; the rest waits for the next chunk.
    const close = buf.lastIndexOf(`</${pre}si>`);
    if (close >= 0) {
      const done = close + pre.length + 5;
      collect(buf, done, pre, strings);
      buf = buf.slice(done);
    }
  }
  collect(buf, buf.length, pre ?? '', strings);
  return strings;
}

function collect(s: string, to: number, pre: string, out: string[]): void {
  const open = `<${pre}si`;
  const close = `</${pre}si>`;
  let p = 0;
  for (;;) {
    const at = s.indexOf(open, p);
    if (at < 0 || at >= to) return;
    const c = s.charCodeAt(at + open.length);
    if (c !== 62 && c !== 32 && c !== 47 && c !== 9 && c !== 10 && c !== 13) {
      p = at + open.length;
      continue;
    }
    const end = tagEnd(s, at);
    if (end < 0) return;
    if (s.charCodeAt(end - 1) === 47) {
      out.push('');
      p = end + 1;
      continue;
    }
    const stop = s.indexOf(close, end);
    if (stop < 0) return;
    out.push(itemText(s, end + 1, stop, true).text ?? '');
    p = stop + close.length;
  }
}
