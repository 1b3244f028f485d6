import type { Cell } from '../../../../../lib/cells/result.ts';
import { columnLetter } from '../../../../../lib/problems/problem.ts';
import type { CellLink } from '../../../../../lib/render/grid.ts';
import type { GeneratedSheet } from '../../../../workbook.ts';
import type { StyleSheet } from './styles.ts';
import { columnWidths, textWidth, WRAP_WIDTH } from './widths.ts';
import { quoteSheet } from '../../../../a1.ts';
import { cellText, esc } from './xml-out.ts';

/** Where a problem cell's link goes: within the workbook (`--in-place`), or into the input file. */
export type LinkMode =
  | { readonly kind: 'internal' }
  | { readonly kind: 'external'; readonly resolve: (sheet: string) => { readonly file: string; readonly sheet: string } | undefined };

/** Shared strings, each stored once, in first-use order. */
export class SharedStrings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  count = 0;

  /** `base`: strings already in a user's shared strings part (in-place); paicha's come after them. */
  constructor(private readonly base = 0) {}

  id(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.base + this.list.length;
      this.list.push(text);
      this.index.set(text, i);
    }
    return i;
  }

  *xml(): Generator<string> {
    yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.count}" uniqueCount="${this.list.length}">`;
    yield* this.items();
    yield '</sst>';
  }

  /** The `<si>` items, piece by piece. */
  *items(): Generator<string> {
    let piece = '';
    for (const s of this.list) {
      piece += /^\s|\s$|\n/.test(s) ? `<si><t xml:space="preserve">${esc(s)}</t></si>` : `<si><t>${esc(s)}</t></si>`;
      if (piece.length > 65536) {
        yield piece;
        piece = '';
      }
    }
    yield piece;
  }
}

export type SheetParts = {
  /** The worksheet XML, piece by piece. */
  readonly xml: Iterable<string>;
  /** Relationships of the sheet part (external links, the drawing), as `<Relationship>` elements. */
  readonly rels: readonly string[];
  /** Whether the sheet is wide enough to print landscape. */
  readonly landscape: boolean;
};

export const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * One generated sheet as worksheet XML: a style per column for its number format, the header row
 * bold and frozen, widths that fit CJK text, long text wrapped, links to the input's cells, and a
 * print setup (fit to the page width, header rows repeated, landscape when wide). Every string is a
 * shared-string cell, never a formula, whatever it begins with.
 */
export function sheetParts(
  sheet: GeneratedSheet,
  strings: SharedStrings,
  styles: StyleSheet,
  links: LinkMode,
  drawingRel: string | undefined,
): SheetParts {
  const width = sheet.values.reduce((w, row) => Math.max(w, row.length), sheet.formats.length);
  const widths = columnWidths(sheet, width);
  const landscape = widths.reduce((a, b) => a + b, 0) > PORTRAIT_WIDTH;
  const rels: string[] = [];
  const linkXml: string[] = [];
  const linked = new Map<number, Map<number, string>>();
  for (const l of sheet.links ?? []) {
    const target = linkTarget(l, links);
    if (target === undefined) continue;
    const ref = `${columnLetter(l.column)}${l.row + 1}`;
    let attrs: string;
    if (target.external === undefined) attrs = `location="${esc(target.location)}"`;
    else {
      const id = `rId${rels.length + 1}`;
      rels.push(`<Relationship Id="${id}" Type="${REL}/hyperlink" Target="${esc(target.external)}" TargetMode="External"/>`);
      attrs = `r:id="${id}"`;
    }
    linkXml.push(`<hyperlink ref="${ref}" ${attrs}/>`);
    let row = linked.get(l.row);
    if (row === undefined) linked.set(l.row, (row = new Map()));
    row.set(l.column, ref);
  }
  let drawing = '';
  if (drawingRel !== undefined) {
    const id = `rId${rels.length + 1}`;
    rels.push(drawingRel.replace('Id="?"', `Id="${id}"`));
    drawing = `<drawing r:id="${id}"/>`;
  }
  const rows = sheet.values.length;
  const frozen = Math.min(sheet.frozenRows, rows);
  return { xml: pieces(), rels, landscape };

  function* pieces(): Generator<string> {
    const last = `${columnLetter(Math.max(width, 1) - 1)}${Math.max(rows, 1)}`;
    const pane =
      frozen > 0
        ? `<pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${frozen + 1}" sqref="A${frozen + 1}"/>`
        : '';
    const cols = widths.map((w, c) => {
      const format = sheet.formats[c];
      const style = format === undefined ? '' : ` style="${styles.index({ format })}"`;
      return `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"${style}/>`;
    });
    yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">` +
      '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
      `<dimension ref="A1:${last}"/>` +
      `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
      '<sheetFormatPr defaultRowHeight="15"/>' +
      (cols.length > 0 ? `<cols>${cols.join('')}</cols>` : '') +
      '<sheetData>';
    // Each column's styles, looked up once: plain, header, link, wrapped.
    const look = (c: number, extra: { bold?: boolean; wrap?: boolean; link?: boolean }): number => {
      const format = sheet.formats[c];
      return styles.index({ ...(format === undefined ? {} : { format }), ...extra });
    };
    const plain = Array.from({ length: width }, (_, c) => look(c, {}));
    const linkStyle = Array.from({ length: width }, (_, c) => look(c, { link: true }));
    const wrapStyle = Array.from({ length: width }, (_, c) => look(c, { wrap: true }));
    let piece = '';
    for (let r = 0; r < rows; r++) {
      const row = sheet.values[r]!;
      const header = r < frozen;
      const rowLinks = linked.get(r);
      let cellsXml = '';
      let lines = 1;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (v === '' || v === null || v === undefined) continue;
        const link = rowLinks?.has(c) === true;
        const wrap = typeof v === 'string' && (v.includes('\n') || (widths[c] === WRAP_WIDTH && v.length * 2 > WRAP_WIDTH));
        // The header row has no number format, as the add-on and the Sheets API format from row 2 on.
        const s =
          r === 0
            ? styles.index({ bold: true, wrap, link })
            : header
              ? look(c, { bold: true, wrap, link })
              : link
                ? linkStyle[c]!
                : wrap
                  ? wrapStyle[c]!
                  : plain[c]!;
        if (wrap) lines = Math.max(lines, wrappedLines(v as string, widths[c]!));
        cellsXml += cellXml(`${columnLetter(c)}${r + 1}`, v, s, strings);
      }
      // Programs differ in whether they fit a row to wrapped text when they open a file: the height is given.
      piece +=
        lines > 1
          ? `<row r="${r + 1}" ht="${lines * LINE_HEIGHT}" customHeight="1">${cellsXml}</row>`
          : `<row r="${r + 1}">${cellsXml}</row>`;
      if (piece.length > 65536) {
        yield piece;
        piece = '';
      }
    }
    yield piece +
      '</sheetData>' +
      (linkXml.length > 0 ? `<hyperlinks>${linkXml.join('')}</hyperlinks>` : '') +
      '<printOptions horizontalCentered="1"/>' +
      '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
      `<pageSetup paperSize="9" orientation="${landscape ? 'landscape' : 'portrait'}" fitToWidth="1" fitToHeight="0"/>` +
      `<headerFooter><oddHeader>&amp;C&amp;A</oddHeader><oddFooter>&amp;C&amp;P / &amp;N</oddFooter></headerFooter>` +
      rowBreaks(sheet.pageBreaks ?? [], rows) +
      drawing +
      '</worksheet>';
  }
}

// Excel keeps at most 1,026 manual page breaks a sheet; past that the pages simply run on.
const MAX_PAGE_BREAKS = 1026;

/** Manual page breaks after these rows (0-based; `brk id` is the 1-based row the page ends on). */
function rowBreaks(after: readonly number[], rows: number): string {
  const ids = after
    .filter((r) => r > 0 && r < rows - 1)
    .slice(0, MAX_PAGE_BREAKS)
    .map((r) => `<brk id="${r + 1}" max="16383" man="1"/>`);
  return ids.length === 0 ? '' : `<rowBreaks count="${ids.length}" manualBreakCount="${ids.length}">${ids.join('')}</rowBreaks>`;
}

// Points a line of 11-point text takes, CJK glyphs included.
const LINE_HEIGHT = 16;

/** Lines a text takes when wrapped in a column this wide (Excel's width units, wide characters counting two). */
function wrappedLines(text: string, width: number): number {
  let lines = 0;
  for (const line of text.split('\n')) lines += Math.max(1, Math.ceil(textWidth(line) / Math.max(1, width - 1)));
  return Math.min(lines, 409 / LINE_HEIGHT) | 0;
}

// Column widths (in characters) that fit an A4 page upright at a readable scale; wider prints landscape.
const PORTRAIT_WIDTH = 100;

function cellXml(ref: string, v: Exclude<Cell, '' | null | undefined>, s: number, strings: SharedStrings): string {
  const style = s === 0 ? '' : ` s="${s}"`;
  if (typeof v === 'string') return `<c r="${ref}"${style} t="s"><v>${strings.id(cellText(v))}</v></c>`;
  if (typeof v === 'boolean') return `<c r="${ref}"${style} t="b"><v>${v ? 1 : 0}</v></c>`;
  // NaN, ±Infinity and an invalid Date have no cell form: written as their text rather than corrupting the file.
  if (typeof v === 'number')
    return Number.isFinite(v) ? `<c r="${ref}"${style}><v>${v}</v></c>` : `<c r="${ref}"${style} t="s"><v>${strings.id(String(v))}</v></c>`;
  const serial = v.getTime() / 86_400_000 + 25569;
  return Number.isFinite(serial)
    ? `<c r="${ref}"${style}><v>${serial}</v></c>`
    : `<c r="${ref}"${style} t="s"><v>${strings.id(String(v))}</v></c>`;
}

function linkTarget(
  l: CellLink,
  links: LinkMode,
): { location: string; external?: undefined } | { location?: undefined; external: string } | undefined {
  const cell = `${l.target.column}${l.target.row}`;
  if (links.kind === 'internal') return { location: `${quoteSheet(l.target.sheet)}!${cell}` };
  const to = links.resolve(l.target.sheet);
  if (to === undefined) return undefined;
  return { external: `${encodeFile(to.file)}#${quoteSheet(to.sheet)}!${cell}` };
}

/** A relative file path as a URI reference: separators as `/`, and the characters a URI cannot hold raw escaped. */
function encodeFile(file: string): string {
  return file.replace(/\\/g, '/').replace(/[%# ?]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
