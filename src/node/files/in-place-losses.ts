import { listZipEntries, readZipEntry, type ZipEntry } from './zip.ts';

// What ExcelJS 4.4.0 does not keep when it loads and rewrites an .xlsx: from its README ("Images are
// not supported in streaming mode", icon sets 3Triangles/3Stars/5Boxes unsupported) and its issue
// tracker (charts #1173/#2607, pivot tables #261/#1678, shapes #1147/#2647, data validations in
// extensions #1184/#2898, macros #172/#884), checked against its source (defined names that are not
// ranges are dropped, sheet-level names become workbook-level; no custom properties, external links
// or threaded comments). Cell values, formulas, styles, merges, plain data validations, notes and
// pictures anchored to cells are kept.
type Loss = {
  readonly what: string;
  /** True when this file holds something of the kind (by its parts, or by the text of its XML). */
  readonly present: (parts: Parts) => boolean;
};

type Parts = { readonly names: readonly string[]; readonly xml: (prefix: string) => readonly string[] };

const under = (parts: Parts, ...prefixes: string[]): boolean => parts.names.some((n) => prefixes.some((p) => n.startsWith(p)));
const inXml = (parts: Parts, prefix: string, pattern: RegExp): boolean => parts.xml(prefix).some((x) => pattern.test(x));

const LOSSES: readonly Loss[] = [
  { what: 'charts and chart sheets', present: (p) => under(p, 'xl/charts/', 'xl/chartsheets/') },
  { what: 'pivot tables and their caches', present: (p) => under(p, 'xl/pivotTables/', 'xl/pivotCache/') },
  {
    what: 'shapes, text boxes, form controls and other drawings that are not plain pictures (pictures stay, without crop, rotation or effects)',
    present: (p) => under(p, 'xl/ctrlProps/', 'xl/activeX/') || inXml(p, 'xl/drawings/drawing', /<xdr:(sp|grpSp|cxnSp)\b/),
  },
  { what: 'slicers and timelines', present: (p) => under(p, 'xl/slicers/', 'xl/slicerCaches/', 'xl/timelines/', 'xl/timelineCaches/') },
  { what: 'sparklines', present: (p) => inXml(p, 'xl/worksheets/sheet', /sparklineGroups/) },
  {
    what: 'conditional formats stored as Excel 2010 extensions (data bars with negative-value settings, some icon sets, rules that refer to other sheets)',
    present: (p) => inXml(p, 'xl/worksheets/sheet', /x14:conditionalFormattings/),
  },
  {
    what: 'data validations stored as extensions (drop-down lists whose source is on another sheet)',
    present: (p) => inXml(p, 'xl/worksheets/sheet', /x14:dataValidations/),
  },
  { what: 'macros (.xlsm) and embedded objects', present: (p) => under(p, 'xl/vbaProject.bin', 'xl/embeddings/') },
  { what: 'links to other workbooks (external references)', present: (p) => under(p, 'xl/externalLinks/') },
  { what: 'threaded comments (modern comments; classic notes are kept)', present: (p) => under(p, 'xl/threadedComments/', 'xl/persons/') },
  {
    what: 'defined names that are formulas or constants; names scoped to one sheet become workbook-wide',
    present: (p) => p.xml('xl/workbook.xml').some(hasLossyNames),
  },
  {
    what: 'custom document properties, Power Query connections and the data model',
    present: (p) => under(p, 'docProps/custom.xml', 'xl/connections.xml', 'xl/model/', 'customXml/'),
  },
  { what: 'printer settings (paper size and margins are kept)', present: (p) => under(p, 'xl/printerSettings/') },
];

const DEFINED_NAME = /<definedName\b([^>]*)>([^<]*)<\/definedName>/g;
const RANGE = /^(?:'(?:[^']|'')+'|[^'!,]+)!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?$/;

function hasLossyNames(workbookXml: string): boolean {
  for (const [, attrs = '', text = ''] of workbookXml.matchAll(DEFINED_NAME)) {
    if (/\bname="_xlnm\./.test(attrs)) continue;
    if (/\blocalSheetId=/.test(attrs)) return true;
    const ranges = text
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&')
      .split(',');
    if (!ranges.every((r) => RANGE.test(r.trim()))) return true;
  }
  return false;
}

/** What an --in-place run cannot keep in an .xlsx, one phrase each, for the CLI to print first. */
export const XLSX_IN_PLACE_LOSSES: readonly string[] = LOSSES.map((l) => l.what);

/** The entries of {@link XLSX_IN_PLACE_LOSSES} this file actually holds. */
export async function detectInPlaceLosses(path: string): Promise<string[]> {
  const entries = await listZipEntries(path);
  if (entries === undefined) return [...XLSX_IN_PLACE_LOSSES];
  const cache = new Map<string, string[]>();
  const xmlOf = (prefix: string): string[] => cache.get(prefix) ?? [];
  for (const prefix of ['xl/workbook.xml', 'xl/worksheets/sheet', 'xl/drawings/drawing']) {
    const texts: string[] = [];
    for (const e of entries.filter((x: ZipEntry) => x.name.startsWith(prefix) && x.name.endsWith('.xml'))) {
      texts.push((await readZipEntry(path, e)).toString('utf8'));
    }
    cache.set(prefix, texts);
  }
  const parts: Parts = { names: entries.map((e) => e.name.replace(/^\//, '')), xml: xmlOf };
  return LOSSES.filter((l) => l.present(parts)).map((l) => l.what);
}
