import type { Cell } from '../../../../lib/cells/result.ts';
import { parseMergeRef } from '../../../../lib/table/a1.ts';
import type { MergedArea } from '../../../workbook.ts';
import { GridBuilder } from '../grid.ts';
import { Declined } from './declined.ts';
import { excelToDate } from './dates.ts';
import { itemText } from './text.ts';
import { rawAttr, rootPrefix, tagEnd, xmlText } from './xml.ts';

/** What a worksheet's cells need from the rest of the package. */
export type SheetContext = {
  readonly strings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
  /** Called after each row with the sheet's extent so far; throws to stop at a limit. */
  readonly checkExtent: (rows: number, columns: number) => void;
};

export type ScannedSheet = { readonly values: Cell[][]; readonly merges: MergedArea[] };

/**
 * One worksheet part, scanned from its text chunks without a DOM: each row straight into an array of
 * cell values, read cell by cell as ExcelJS's document reader (cell-xform.js) reads it — formula
 * cells as their cached result, errors as their text, dates by the style's number format — and merged
 * areas blanked below and right of their top-left cell, as Sheets shows them.
 */
export async function scanSheet(chunks: AsyncIterable<string>, context: SheetContext): Promise<ScannedSheet> {
  const scanner = new SheetScanner(context);
  for await (const chunk of chunks) scanner.push(chunk);
  return scanner.finish();
}

const enum Phase {
  Before,
  Data,
  After,
}

class SheetScanner {
  private buf = '';
  private phase = Phase.Before;
  private pre: string | undefined;
  private readonly grid = new GridBuilder();
  private readonly merges: MergedArea[] = [];
  private rowNo = 0;
  private width = 0;
  private height = 0;

  constructor(private readonly context: SheetContext) {}

  push(chunk: string): void {
    this.buf = this.buf === '' ? chunk : this.buf + chunk;
    this.consume(false);
  }

  finish(): ScannedSheet {
    this.consume(true);
    this.grid.applyMerges(this.merges);
    return { values: this.grid.finish(), merges: this.merges };
  }

  private consume(last: boolean): void {
    const s = this.buf;
    if (this.pre === undefined) {
      this.pre = rootPrefix(s);
      if (this.pre === undefined) {
        if (last) this.pre = '';
        else return;
      }
    }
    const pre = this.pre;
    let p = 0;
    if (this.phase === Phase.Before) {
      const at = s.indexOf(`<${pre}sheetData`, p);
      if (at < 0) {
        this.buf = s.slice(Math.max(0, s.length - 64));
        return;
      }
      const end = tagEnd(s, at);
      if (end < 0) {
        this.buf = s.slice(at);
        return;
      }
      this.phase = s.charCodeAt(end - 1) === 47 ? Phase.After : Phase.Data;
      p = end + 1;
    }
    if (this.phase === Phase.Data) {
      p = this.rows(s, p);
      if (this.phase === Phase.Data) {
        this.buf = s.slice(p);
        if (last) throw malformed(this.rowNo);
        return;
      }
    }
    // After the cells: only the merged areas are read.
    for (;;) {
      const at = s.indexOf(`<${pre}mergeCell`, p);
      if (at < 0) break;
      const end = tagEnd(s, at);
      if (end < 0) {
        this.buf = s.slice(at);
        return;
      }
      const c = s.charCodeAt(at + pre.length + 10);
      if (c !== 115 /* mergeCells */) {
        const ref = rawAttr(s, at, end, 'ref');
        const m = ref === undefined ? undefined : parseMergeRef(ref);
        if (m !== undefined) this.merges.push(m);
      }
      p = end + 1;
    }
    this.buf = s.slice(Math.max(p, s.length - 64 - pre.length));
  }

  /**
   * Reads the complete rows from `from` on; returns where reading stopped: at an incomplete row (to
   * be read with the next chunk), or at the end of the sheet data (the phase is then After).
   */
  private rows(s: string, from: number): number {
    const pre = this.pre!;
    const rowOpen = `<${pre}row`;
    const rowClose = `</${pre}row>`;
    const dataClose = `</${pre}sheetData`;
    let p = from;
    for (;;) {
      const at = s.indexOf('<', p);
      if (at < 0) return s.length;
      const end = tagEnd(s, at);
      if (end < 0) {
        if (s.length - at > ROW_XML_LIMIT) throw rowTooLong(this.rowNo + 1);
        return at;
      }
      if (s.startsWith(dataClose, at)) {
        this.phase = Phase.After;
        return end + 1;
      }
      if (!s.startsWith(rowOpen, at)) {
        p = end + 1;
        continue;
      }
      const r = rawAttr(s, at + rowOpen.length, end, 'r');
      const rowNo = r === undefined ? this.rowNo + 1 : Number.parseInt(r, 10);
      if (s.charCodeAt(end - 1) === 47) {
        this.rowNo = rowNo;
        this.endRow([]);
        p = end + 1;
        continue;
      }
      const close = s.indexOf(rowClose, end);
      if (close < 0) {
        if (s.length - at > ROW_XML_LIMIT) throw rowTooLong(this.rowNo + 1);
        return at;
      }
      this.rowNo = rowNo;
      this.endRow(this.cells(s, end + 1, close));
      p = close + rowClose.length;
    }
  }

  private endRow(cells: Cell[]): void {
    const row = this.rowNo;
    if (row > 1_048_576) this.context.checkExtent(row, cells.length);
    // A row number that is not a number is dropped, as ExcelJS drops it.
    if (!(row >= 1)) return;
    if (cells.length === 0) return;
    this.grid.setRow(row - 1, cells);
    if (cells.length > this.width) this.width = cells.length;
    if (row > this.height) this.height = row;
    this.context.checkExtent(this.height, this.width);
  }

  /** The cells of one row's content s[from, to). */
  private cells(s: string, from: number, to: number): Cell[] {
    const pre = this.pre!;
    const cellOpen = `<${pre}c`;
    const cellClose = `</${pre}c>`;
    const cells: Cell[] = [];
    let col = 0;
    let p = from;
    for (;;) {
      const at = s.indexOf(cellOpen, p);
      if (at < 0 || at >= to) return cells;
      let i = at + cellOpen.length;
      let c = s.charCodeAt(i);
      if (c !== 32 && c !== 62 && c !== 47 && c !== 9 && c !== 10 && c !== 13) {
        p = i;
        continue;
      }
      // The start tag's attributes in one pass: r (column), s (style), t (type).
      let ref = -1;
      let style = 0;
      let type = '';
      let empty = false;
      for (;;) {
        c = s.charCodeAt(i);
        if (c === 62) break;
        if (c === 47) {
          empty = true;
          i++;
          continue;
        }
        if (c === 32 || c === 9 || c === 10 || c === 13) {
          i++;
          continue;
        }
        const nameStart = i;
        while (i < to && s.charCodeAt(i) !== 61 && s.charCodeAt(i) !== 32) i++;
        const nameLength = i - nameStart;
        while (i < to && s.charCodeAt(i) !== 34 && s.charCodeAt(i) !== 39) i++;
        const valueStart = i + 1;
        const valueEnd = i < to ? s.indexOf(s.charCodeAt(i) === 34 ? '"' : "'", valueStart) : -1;
        if (valueEnd < 0 || valueEnd >= to) throw malformed(this.rowNo);
        i = valueEnd + 1;
        if (nameLength !== 1) continue;
        switch (s.charCodeAt(nameStart)) {
          case 114 /* r */:
            ref = columnNumber(s, valueStart, valueEnd);
            break;
          case 115 /* s */:
            style = Number.parseInt(s.slice(valueStart, valueEnd), 10);
            break;
          case 116 /* t */:
            type = s.slice(valueStart, valueEnd);
            break;
        }
      }
      col = ref < 0 ? col + 1 : ref;
      if (col > 16_384) this.context.checkExtent(this.rowNo, col);
      if (empty) {
        p = i + 1;
        continue;
      }
      const close = s.indexOf(cellClose, i);
      if (close < 0 || close > to) throw malformed(this.rowNo);
      p = close + cellClose.length;
      const value = this.value(s, i + 1, close, type, style);
      if (value === undefined) continue;
      while (cells.length < col - 1) cells.push('');
      if (cells.length === col - 1) cells.push(value);
      else if (col > 0) cells[col - 1] = value;
    }
  }

  /** A cell's value from its content s[from, to); undefined when the cell is empty (not used). */
  private value(s: string, from: number, to: number, t: string, style: number): Cell | undefined {
    const pre = this.pre!;
    let v: string | undefined;
    let formula = false;
    let inline: { text: string | undefined; runs: boolean } | undefined;
    const vOpen = `<${pre}v>`;
    // The common cell: `<v>…</v>` and nothing else.
    if (s.startsWith(vOpen, from) && s.indexOf('<', from + vOpen.length) === to - vOpen.length - 1) {
      const raw = s.slice(from + vOpen.length, to - vOpen.length - 1);
      v = raw === '' ? undefined : xmlText(raw);
    } else {
      let p = from;
      while (p < to) {
        const lt = s.indexOf('<', p);
        if (lt < 0 || lt >= to) break;
        const end = tagEnd(s, lt);
        if (end < 0 || end >= to) throw malformed(this.rowNo);
        const name = localName(s, lt + 1, end);
        const empty = s.charCodeAt(end - 1) === 47;
        p = end + 1;
        if (name === 'f') {
          if (rawAttr(s, lt + 2, end, 't') !== undefined) formula = true;
          if (!empty) {
            const stop = textEnd(s, p, to);
            if (stop > p) formula = true;
            p = stop;
          }
        } else if (name === 'v') {
          if (!empty) {
            const stop = textEnd(s, p, to);
            if (stop > p) v = (v ?? '') + xmlText(s.slice(p, stop));
            p = stop;
          }
        } else if (name === 'is') {
          if (!empty) {
            const found = s.indexOf(`</${pre}is>`, p);
            const stop = found < 0 || found > to ? to : found;
            inline = itemText(s, p, stop, false);
            p = stop;
          }
        } else if (name === 't' && !empty) {
          // A `<t>` straight under `<c>` (not in `<is>`): ExcelJS takes its text as the value.
          const stop = textEnd(s, p, to);
          inline = { text: (inline?.text ?? '') + xmlText(s.slice(p, stop)), runs: inline?.runs ?? false };
          p = stop;
        }
      }
    }
    if (t === 'd') throw new Declined('cells typed as ISO dates (t="d")');
    const { strings, dateStyles, date1904 } = this.context;
    if (formula) {
      if (v === undefined || v === '') return '';
      if (t === 'str') return xmlDecode(v);
      if (t === 'b') return Number.parseInt(v, 10) !== 0;
      if (t === 'e') return v;
      const n = Number.parseFloat(v);
      return style > 0 && dateStyles[style] === true ? excelToDate(n, date1904) : n;
    }
    if (t === 'inlineStr') {
      const text = inline === undefined ? undefined : (inline.text ?? (inline.runs ? '' : undefined));
      return text === undefined || text === '' ? undefined : text;
    }
    if (v === undefined) return undefined;
    switch (t) {
      case 's': {
        const text = strings[Number.parseInt(v, 10)] ?? '';
        return text === '' ? undefined : text;
      }
      case 'str': {
        const text = xmlDecode(v);
        return text === '' ? undefined : text;
      }
      case 'b':
        return Number.parseInt(v, 10) !== 0;
      case 'e':
        return v;
      default: {
        const n = Number.parseFloat(v);
        return style > 0 && dateStyles[style] === true ? excelToDate(n, date1904) : n;
      }
    }
  }
}

function localName(s: string, from: number, end: number): string {
  let i = from;
  let start = from;
  while (i < end) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 47 || c === 9 || c === 10 || c === 13) break;
    if (c === 58) start = i + 1;
    i++;
  }
  return s.slice(start, i);
}

/** Where the text starting at p ends: the next tag, within s[p, to). */
function textEnd(s: string, p: number, to: number): number {
  const lt = s.indexOf('<', p);
  return lt < 0 || lt > to ? to : lt;
}

// One row's XML at most (16,384 long cells): more is a damaged or hostile file, not a register.
const ROW_XML_LIMIT = 64 * 1024 * 1024;
const rowTooLong = (row: number): Error => new Error(`row ${row} of the sheet is more than ${ROW_XML_LIMIT / 1024 / 1024} MB of XML`);

const malformed = (row: number): Error => new Error(`the sheet's XML is malformed near row ${row}`);

/** Column number (1-based) of the A1 reference s[from, to); 0 when it has no letters. */
function columnNumber(s: string, from: number, to: number): number {
  let col = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  return col;
}

/** ExcelJS's utils.xmlDecode, applied once more to `str` values already decoded by the parser. */
function xmlDecode(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(/&([a-z]*);/g, (c) => {
    switch (c) {
      case '&lt;':
        return '<';
      case '&gt;':
        return '>';
      case '&amp;':
        return '&';
      case '&apos;':
        return "'";
      case '&quot;':
        return '"';
      default:
        return c;
    }
  });
}
