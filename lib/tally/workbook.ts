import { repairMojibake, type GbkEncoder } from '../cells/mojibake.ts';
import type { Cell } from '../cells/result.ts';
import { cleanText } from '../cells/text.ts';
import type { Columns } from '../datasets/column.ts';
import { toHousehold } from '../datasets/household-rules.ts';
import { HOUSEHOLD_ROW_FIELDS, householdColumns, preferredRow } from '../datasets/households.ts';
import { Dwellings } from './dwellings.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale.ts';
import { ProblemCollector } from '../problems/collector.ts';
import { columnLetter } from '../problems/problem.ts';
import { addReadProblems, type SheetReadProblem } from '../problems/read-problems.ts';
import { HEADER_SEARCH_ROWS, locateHeader, type ColumnOverrides, type DatasetShape, type Located, type MappedColumn } from '../table/locate.ts';
import { readRows } from '../table/read-rows.ts';
import { HouseholdTallier } from './households.ts';
import { generatedSheetNames } from '../render/sheet-names.ts';
import { DONATION_FOREIGN_FIELDS, DONATION_ROW_FIELDS, donationColumns } from '../datasets/donations.ts';
import { DonationTallier } from './donations.ts';
import { DEFAULT_MAX_DONATION_YUAN } from '../datasets/donation-plausibility.ts';
import { finishDonations, readDonationSheet, type DonationBook } from './donations-sheet.ts';
import type { RowCounts, TotalRow } from '../table/read-rows.ts';

export type InputSheet = {
  readonly name: string;
  readonly values: readonly (readonly Cell[])[];
  /** What the adapter found wrong in the file itself while reading the sheet (lib/problems/read-problems.ts). */
  readonly problems?: readonly SheetReadProblem[];
};

export type TallyOptions = {
  /** Language of problem messages and generated sheets. Default zh-Hans. */
  readonly locale?: Locale;
  /** The day the tally is for (YYYY-MM-DD); dates after it are problems. Adapters pass today. */
  readonly asOf?: string;
  /** Year for dates typed without one (2月1日); defaults to asOf's year. */
  readonly year?: number;
  /** Offset of the spreadsheet's time zone, for Date cells. Default +480 (Asia/Shanghai). */
  readonly tzOffsetMinutes?: number;
  /** Header text → field key, for columns a team names its own way. */
  readonly columns?: ColumnOverrides;
  /** Most problem items kept in the list (counts are never capped). Default 5000. */
  readonly maxProblems?: number;
  /** Sheets to leave out; by default paicha's own generated sheets. */
  readonly exclude?: (name: string) => boolean;
  /**
   * Text → GBK bytes (undefined when a character has none), to find mojibake: UTF-8 text read as GBK.
   * lib/ carries no GBK table; without an encoder there is no mojibake check. See lib/cells/mojibake.ts.
   */
  readonly encodeGbk?: GbkEncoder;
  /** The most one donation may be, in yuan; a row above it is an error and waits. Default 1亿 (lib/datasets/donation-plausibility.ts). */
  readonly maxDonation?: number;
};

export type ResolvedOptions = {
  readonly locale: Locale;
  readonly asOf: string | undefined;
  readonly year: number | undefined;
  readonly tzOffsetMinutes: number;
  readonly columns: ColumnOverrides | undefined;
  readonly maxProblems: number;
  readonly exclude: (name: string) => boolean;
  readonly encodeGbk: GbkEncoder | undefined;
  readonly maxDonationCents: number;
};

export function resolveOptions(o: TallyOptions = {}): ResolvedOptions {
  const generated = new Set(generatedSheetNames());
  return {
    locale: o.locale ?? DEFAULT_LOCALE,
    asOf: o.asOf,
    year: o.year ?? (o.asOf ? Number(o.asOf.slice(0, 4)) : undefined),
    tzOffsetMinutes: o.tzOffsetMinutes ?? 480,
    columns: o.columns,
    maxProblems: o.maxProblems ?? 5000,
    exclude: o.exclude ?? ((name) => generated.has(name)),
    encodeGbk: o.encodeGbk,
    maxDonationCents: Math.round((o.maxDonation ?? DEFAULT_MAX_DONATION_YUAN) * 100),
  };
}

export const DATASETS: readonly DatasetShape[] = [
  { id: 'households', columns: householdColumns as Columns, rowFields: HOUSEHOLD_ROW_FIELDS },
  { id: 'donations', columns: donationColumns as Columns, foreignFields: DONATION_FOREIGN_FIELDS, rowFields: DONATION_ROW_FIELDS },
];

/**
 * Sheet-level facts beside the tallies, and the sheet's row accounting: every row under the header is
 * in exactly one bucket. A data row is counted, or not counted with an error problem on it (a repeated
 * dwelling or receipt, or a cell its identity needs); other rows are skipped, and said so.
 */
export type SheetReport = {
  name: string;
  dataset: string | undefined;
  headerRow: number;
  /** First row under the header (after a unit row, if any); 0 when the sheet is not a register. */
  dataRow: number;
  /** Data rows read: rows = counted + duplicates + rejected. */
  rows: number;
  counted: number;
  /** Rows repeating a dwelling or a receipt seen before: a `duplicate` error each. */
  duplicates: number;
  /** Rows whose dwelling cannot be known (a required cell blank or wrong): an error each. */
  rejected: number;
  /** Rows under the header not read as data: blank (or with nothing to count), stated totals, notes,
   * and every row of a sheet that could not be read (a required column missing: an error). */
  skipped: { blank: number; total: number; note: number; unread: number };
};

/**
 * Reads every sheet, recognizes its dataset by the header row, validates each row and tallies the
 * records. Pure: the same grids and options always give the same analysis.
 */
export function analyzeSheets(sheets: readonly InputSheet[], options: TallyOptions = {}) {
  const o = resolveOptions(options);
  const problems = new ProblemCollector(o.maxProblems);
  const households = new HouseholdTallier();
  // Each dwelling's first row (for duplicate reports) and the row that counts (see preferredRow).
  const seen = new Dwellings();
  const book: DonationBook = { tallier: new DonationTallier(), receipts: new Map() };
  const reports: SheetReport[] = [];

  for (const sheet of sheets) {
    if (o.exclude(sheet.name)) continue;
    addReadProblems(sheet, problems);
    const located = locateHeader(sheet.values, DATASETS, o.columns);
    const garbled = !located && o.encodeGbk ? garbledHeader(sheet.values, o.encodeGbk, o.columns) : undefined;
    if (garbled) {
      // A register whose header is mojibake: nothing is read (no garbled compound is counted), and
      // every garbled header and text cell is an error with its repair.
      const { located: l, cells } = garbled;
      for (const c of cells) {
        const params = c.fixed === '' ? {} : { suggestion: c.fixed };
        problems.add({ code: 'mojibake', sheet: sheet.name, row: l.headerIndex + 1, column: columnLetter(c.index), field: c.field, value: c.value, params });
      }
      checkMojibake(sheet, l, DATASETS.find((d) => d.id === l.dataset)!.columns, o.encodeGbk!, problems);
      const report = emptyReport(sheet.name, l.dataset, l.headerIndex + 1, l.dataIndex + 1);
      report.skipped.unread = Math.max(0, sheet.values.length - l.dataIndex);
      reports.push(report);
      continue;
    }
    if (!located) {
      if (sheet.values.some((r) => r.some((c) => c !== '' && c !== null && c !== undefined))) {
        problems.add({ code: 'unknown-sheet', sheet: sheet.name, row: 0, column: '', field: '', value: '' });
      }
      const report = emptyReport(sheet.name, undefined, 0, 0);
      report.skipped.unread = sheet.values.length;
      reports.push(report);
      continue;
    }
    const spec = DATASETS.find((d) => d.id === located.dataset)!;
    const at = { sheet: sheet.name, row: located.headerIndex + 1 };
    for (const u of located.unknown) {
      problems.add({ ...at, code: 'unknown-column', column: columnLetter(u.index), field: '', value: u.header });
    }
    const report = emptyReport(sheet.name, located.dataset, located.headerIndex + 1, located.dataIndex + 1);
    reports.push(report);
    if (located.missing.length > 0) {
      for (const f of located.missing) {
        const aliases = spec.columns[f]?.aliases.slice(0, 4).join(' / ') ?? '';
        problems.add({ ...at, code: 'missing-column', column: '', field: f, value: '', params: { aliases } });
      }
      report.skipped.unread = Math.max(0, sheet.values.length - located.dataIndex);
      continue;
    }
    const moji = o.encodeGbk ? checkMojibake(sheet, located, spec.columns, o.encodeGbk, problems) : undefined;
    const read = located.dataset === 'donations'
      ? readDonationSheet(sheet, located, o, problems, book, report)
      : readHouseholdSheet(sheet, located, o, problems, seen, report, moji);
    if (!read) {
      report.skipped.unread = Math.max(0, sheet.values.length - located.dataIndex);
      continue;
    }
    // A donation row is counted whatever its cells hold, unless its receipt repeats one seen before
    // (or its amount waits, rejected: see donation-plausibility.ts).
    if (located.dataset === 'donations') report.duplicates = report.rows - report.counted - report.rejected;
    report.skipped.blank = read.counts.blank;
    report.skipped.total = read.counts.total;
    report.skipped.note = read.counts.note;
    for (const t of read.totals) problems.add({ sheet: sheet.name, row: t.row, column: '', field: '', code: 'total-row', value: '' });
    if (read.counts.blank > 0) {
      problems.add({ sheet: sheet.name, row: 0, column: '', field: '', code: 'blank-row', value: '', params: { count: read.counts.blank } });
    }
  }
  seen.forEach((record, recordSheet) => households.add(record, recordSheet));
  finishDonations(book);
  return { options: o, problems, households, donations: book.tallier, sheets: reports };
}

const emptyReport = (name: string, dataset: string | undefined, headerRow: number, dataRow: number): SheetReport => ({
  name, dataset, headerRow, dataRow, rows: 0, counted: 0, duplicates: 0, rejected: 0, skipped: { blank: 0, total: 0, note: 0, unread: 0 },
});

// The cells a dwelling is known by (household-rules.ts rejects a row without any of them).
const IDENTITY: readonly string[] = ['compound', 'building', 'room'];

type Seen = Dwellings;

function readHouseholdSheet(
  sheet: InputSheet, located: Located, o: ResolvedOptions, problems: ProblemCollector, seen: Seen, report: SheetReport,
  moji: Garbled | undefined,
): { counts: RowCounts; totals: TotalRow[] } {
  const ruleCtx = { sheet: sheet.name, asOf: o.asOf, columns: located.columns, problems };
  const roomCol = located.columns.find((c) => c.field === 'room')?.letter ?? '';
  return readRows(
    sheet.values,
    { sheet: sheet.name, located, columns: householdColumns as Columns, year: o.year, tzOffsetMinutes: o.tzOffsetMinutes, problems, rowFields: HOUSEHOLD_ROW_FIELDS },
    (rec, row, failed) => {
      report.rows++;
      const h = toHousehold(rec, row, failed, ruleCtx);
      // A garbled compound or group would start one that does not exist: the mojibake error stands instead.
      if (h && moji && (moji.get('compound')?.has(h.compound) || moji.get('group')?.has(h.group))) {
        report.rejected++;
        return;
      }
      if (!h) {
        report.rejected++;
        // A cell of only invisible characters (U+00AD) is not blank to isBlank but cleans to '': without
        // this the row would be dropped with no problem on it.
        for (const c of located.columns) {
          if (IDENTITY.includes(c.field) && rec[c.field] === '' && !failed.includes(c.field)) {
            problems.add({ code: 'required', sheet: sheet.name, row, column: c.letter, field: c.field, value: '' });
          }
        }
        return;
      }
      const first = seen.get(h);
      if (first) {
        const place = [h.compound, h.building, h.unit, h.room].filter((s) => s !== '').join(' ');
        problems.add({
          sheet: sheet.name, row, column: roomCol, field: 'room', code: 'duplicate', value: place,
          params: { firstRow: first.row, firstSheet: first.sheet, what: 'dwelling' },
        });
        if (preferredRow(h, first.record) === h) seen.replace(h, sheet.name);
        report.duplicates++;
        return;
      }
      seen.add(h, sheet.name);
      report.counted++;
    },
  );
}

export type Analysis = ReturnType<typeof analyzeSheets>;

/** Garbled texts (as cleaned) by field. */
type Garbled = Map<string, Set<string>>;

// Past this many distinct texts in a column (names) a repair is not remembered: it is cheap to redo.
const REPAIR_CACHE_LIMIT = 65_536;

/**
 * Mojibake in the sheet's name (key) and text columns, name columns first: each distinct text is
 * checked once, and every cell holding a garbled one is an error with its repair as the suggestion.
 */
function checkMojibake(sheet: InputSheet, located: Located, columns: Columns, encode: GbkEncoder, problems: ProblemCollector): Garbled | undefined {
  const kind = (c: MappedColumn) => columns[c.field]?.kind;
  const checked = [...located.columns.filter((c) => kind(c) === 'key'), ...located.columns.filter((c) => kind(c) === 'text')];
  let garbled: Garbled | undefined;
  for (const col of checked) {
    const repairs = new Map<string, string | undefined>();
    for (let r = located.dataIndex; r < sheet.values.length; r++) {
      const raw = sheet.values[r]?.[col.index];
      if (typeof raw !== 'string' || raw === '') continue;
      let fixed = repairs.get(raw);
      if (fixed === undefined && !repairs.has(raw)) {
        fixed = repairMojibake(cleanText(raw), encode);
        if (repairs.size < REPAIR_CACHE_LIMIT) repairs.set(raw, fixed);
      }
      if (fixed === undefined) continue;
      const value = cleanText(raw);
      garbled ??= new Map();
      let texts = garbled.get(col.field);
      if (!texts) garbled.set(col.field, (texts = new Set()));
      texts.add(value);
      problems.add({ code: 'mojibake', sheet: sheet.name, row: r + 1, column: col.letter, field: col.field, value, params: fixed === '' ? {} : { suggestion: fixed } });
    }
  }
  return garbled;
}

/** A header found only once the first rows' mojibake is repaired, and its garbled cells. */
function garbledHeader(values: readonly (readonly Cell[])[], encode: GbkEncoder, overrides: ColumnOverrides | undefined) {
  let any = false;
  const head = values.slice(0, HEADER_SEARCH_ROWS).map((row) =>
    row.map((c) => {
      if (typeof c !== 'string') return c;
      const fixed = repairMojibake(cleanText(c), encode);
      if (fixed === undefined || fixed === '') return c;
      any = true;
      return fixed;
    }),
  );
  const located = any ? locateHeader(head, DATASETS, overrides) : undefined;
  if (!located) return undefined;
  const fields = new Map(located.columns.map((c) => [c.index, c.field]));
  const cells = (values[located.headerIndex] ?? []).flatMap((c, index) => {
    const fixed = head[located.headerIndex]?.[index];
    return typeof c === 'string' && fixed !== c ? [{ index, field: fields.get(index) ?? '', value: cleanText(c), fixed: String(fixed) }] : [];
  });
  return { located, cells };
}
