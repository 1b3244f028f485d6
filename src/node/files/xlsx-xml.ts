import type { Cell } from '../../../lib/cells/result.ts';
import { excelUtils, parseSax, type SaxEvent } from './exceljs-internals.ts';
import { GridBuilder, columnOfRef, parseMergeRef, type MergeArea } from './grid.ts';

// The XML half of the streaming .xlsx reader: shared strings and worksheet parts, parsed from SAX
// events straight into row arrays. Where a part allows two readings it follows ExcelJS's document
// reader, so that both paths give one grid (the differential test holds them to it).

/** Shared strings as plain text: runs joined, phonetic guides left out, `_xHHHH_` escapes decoded. */
export async function parseSharedStrings(chunks: AsyncIterable<unknown>): Promise<string[]> {
  const strings: string[] = [];
  let text = '';
  let part: string | undefined;
  let inPhonetic = false;
  for await (const events of parseSax(utf8(chunks))) {
    for (const e of events) {
      if (e.eventType === 'text') {
        if (part !== undefined) part += e.value;
      } else if (e.eventType === 'opentag') {
        const name = e.value.name;
        if (name === 't' && !inPhonetic) part = '';
        else if (name === 'si') text = '';
        else if (name === 'rPh') inPhonetic = true;
      } else {
        const name = e.value.name;
        if (name === 't' && part !== undefined) {
          text += unescapeX(part);
          part = undefined;
        } else if (name === 'si') strings.push(text);
        else if (name === 'rPh') inPhonetic = false;
      }
    }
  }
  return strings;
}

export type SheetContext = {
  readonly strings: readonly string[];
  readonly date1904: boolean;
  /** The number format of a cell style (`s` attribute), as ExcelJS's style table gives it. */
  numFmt(style: number): string | undefined;
};

/** One worksheet part as a grid, cell by cell as ExcelJS's document reader (cell-xform.js) reads it. */
export async function parseSheet(chunks: AsyncIterable<unknown>, context: SheetContext): Promise<Cell[][]> {
  const { strings, date1904 } = context;
  const dateStyle: (boolean | undefined)[] = [];
  const isDate = (s: number): boolean => {
    let d = dateStyle[s];
    if (d === undefined) d = dateStyle[s] = excelUtils.isDateFmt(context.numFmt(s));
    return d;
  };

  const grid = new GridBuilder();
  const merges: MergeArea[] = [];
  let inData = false;
  let rowNo = 0;
  let cells: Cell[] = [];
  let col = 0;
  // The open cell: its type attribute, style, formula, value text and inline text.
  let t: string | undefined;
  let s = 0;
  let formula = false;
  let fText: string | undefined;
  let v: string | undefined;
  let inline: string | undefined;
  let runs = false;
  let into: 'f' | 'v' | 'is' | 'run' | undefined;
  let part: string | undefined;
  let inPhonetic = false;

  for await (const events of parseSax(utf8(chunks))) {
    for (const e of events) {
      if (e.eventType === 'text') {
        switch (into) {
          case 'v':
            v = v === undefined ? e.value : v + e.value;
            break;
          case 'f':
            fText = fText === undefined ? e.value : fText + e.value;
            break;
          case 'is':
          case 'run':
            if (!inPhonetic && part !== undefined) part += e.value;
            break;
        }
        continue;
      }
      const name = e.value.name;
      if (e.eventType === 'opentag') {
        const a = (e as Extract<SaxEvent, { eventType: 'opentag' }>).value.attributes;
        switch (name) {
          case 'sheetData':
            inData = true;
            break;
          case 'row':
            if (!inData) break;
            rowNo = a.r === undefined ? rowNo + 1 : Number.parseInt(a.r, 10);
            cells = [];
            col = 0;
            break;
          case 'c':
            if (!inData) break;
            col = a.r === undefined ? col + 1 : columnOfRef(a.r);
            t = a.t;
            s = a.s === undefined ? 0 : Number.parseInt(a.s, 10);
            formula = false;
            fText = v = inline = undefined;
            runs = false;
            break;
          case 'f':
            if (a.t !== undefined) formula = true;
            into = 'f';
            break;
          case 'v':
            into = 'v';
            break;
          case 't':
            if (into === undefined) into = 'is';
            if (!inPhonetic) part = '';
            break;
          case 'r':
            runs = true;
            into = 'run';
            break;
          case 'rPh':
            inPhonetic = true;
            break;
          case 'mergeCell': {
            const m = a.ref === undefined ? undefined : parseMergeRef(a.ref);
            if (m !== undefined) merges.push(m);
            break;
          }
        }
        continue;
      }
      switch (name) {
        case 'f':
        case 'v':
          into = undefined;
          break;
        case 't':
          // Plain inline text stays as written, run text is unescaped: what ExcelJS's document reader does.
          if (part !== undefined) inline = (inline ?? '') + (into === 'run' ? unescapeX(part) : part);
          part = undefined;
          if (into === 'is') into = undefined;
          break;
        case 'r':
          into = undefined;
          break;
        case 'rPh':
          inPhonetic = false;
          break;
        case 'c': {
          if (!inData) break;
          if (fText !== undefined && fText !== '') formula = true;
          const value = formula ? formulaResult(t, v, s, isDate, date1904) : cellValue(t, v, inline, runs, s, strings, isDate, date1904);
          if (value === undefined) break;
          while (cells.length < col - 1) cells.push('');
          if (cells.length === col - 1) cells.push(value);
          else if (col > 0) cells[col - 1] = value;
          break;
        }
        case 'row':
          if (inData && rowNo > 0) grid.setRow(rowNo - 1, cells);
          cells = [];
          break;
        case 'sheetData':
          inData = false;
          break;
      }
    }
  }
  grid.applyMerges(merges);
  return grid.finish();
}

type IsDate = (style: number) => boolean;

/** A formula cell's cached result; an empty result still makes the cell used. */
function formulaResult(t: string | undefined, v: string | undefined, s: number, isDate: IsDate, date1904: boolean): Cell {
  if (v === undefined || v === '') return '';
  if (t === 'str') return excelUtils.xmlDecode(v);
  if (t === 'b') return Number.parseInt(v, 10) !== 0;
  if (t === 'e') return v;
  const n = Number.parseFloat(v);
  return s > 0 && isDate(s) ? excelUtils.excelToDate(n, date1904) : n;
}

/** A constant cell's value, or undefined when the cell is empty (not used). */
function cellValue(
  t: string | undefined,
  v: string | undefined,
  inline: string | undefined,
  runs: boolean,
  s: number,
  strings: readonly string[],
  isDate: IsDate,
  date1904: boolean,
): Cell | undefined {
  if (t === 'inlineStr') {
    const text = inline ?? (runs ? '' : undefined);
    return text === undefined || text === '' ? undefined : text;
  }
  if (v === undefined) return undefined;
  let value: Cell;
  switch (t) {
    case 's':
      value = strings[Number.parseInt(v, 10)] ?? '';
      break;
    case 'str':
      value = excelUtils.xmlDecode(v);
      break;
    case 'b':
      return Number.parseInt(v, 10) !== 0;
    case 'e':
      return v;
    default: {
      const n = Number.parseFloat(v);
      return s > 0 && isDate(s) ? excelUtils.excelToDate(n, date1904) : n;
    }
  }
  return value === '' ? undefined : value;
}

/** `_x000D_` escapes in shared and rich text, decoded as ExcelJS's TextXform does. */
function unescapeX(s: string): string {
  return s.includes('_x') ? s.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))) : s;
}

/** Text of a byte stream, with characters split across chunks decoded whole. */
export async function* utf8(chunks: AsyncIterable<unknown>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) {
    if (typeof chunk === 'string') yield chunk;
    else yield decoder.decode(chunk as Uint8Array, { stream: true });
  }
  const tail = decoder.decode();
  if (tail !== '') yield tail;
}
