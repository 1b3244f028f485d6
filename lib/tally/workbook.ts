import type { Cell } from '../cells/result.ts';
import type { Columns } from '../datasets/column.ts';
import { toHousehold } from '../datasets/household-rules.ts';
import { dwellingKey, householdColumns, preferredRow, type HouseholdRecord } from '../datasets/households.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale.ts';
import { ProblemCollector } from '../problems/collector.ts';
import { columnLetter } from '../problems/problem.ts';
import { locateHeader, type ColumnOverrides, type DatasetShape, type Located } from '../table/locate.ts';
import { readRows } from '../table/read-rows.ts';
import { HouseholdTallier } from './households.ts';
import { generatedSheetNames } from '../render/sheet-names.ts';
import { DONATION_FOREIGN_FIELDS, DONATION_ROW_FIELDS, donationColumns } from '../datasets/donations.ts';
import { DonationTallier } from './donations.ts';
import { readDonationSheet, type DonationBook } from './donations-sheet.ts';
import type { RowCounts, TotalRow } from '../table/read-rows.ts';

export type InputSheet = { readonly name: string; readonly values: readonly (readonly Cell[])[] };

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
};

export type ResolvedOptions = {
  readonly locale: Locale;
  readonly asOf: string | undefined;
  readonly year: number | undefined;
  readonly tzOffsetMinutes: number;
  readonly columns: ColumnOverrides | undefined;
  readonly maxProblems: number;
  readonly exclude: (name: string) => boolean;
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
  };
}

export const DATASETS: readonly DatasetShape[] = [
  { id: 'households', columns: householdColumns as Columns },
  { id: 'donations', columns: donationColumns as Columns, foreignFields: DONATION_FOREIGN_FIELDS, rowFields: DONATION_ROW_FIELDS },
];

/** Sheet-level facts the renderers and commands use beside the tallies. */
export type SheetReport = { name: string; dataset: string | undefined; headerRow: number; rows: number; counted: number };

/**
 * Reads every sheet, recognizes its dataset by the header row, validates each row and tallies the
 * records. Pure: the same grids and options always give the same analysis.
 */
export function analyzeSheets(sheets: readonly InputSheet[], options: TallyOptions = {}) {
  const o = resolveOptions(options);
  const problems = new ProblemCollector(o.maxProblems);
  const households = new HouseholdTallier();
  // Each dwelling's first row (for duplicate reports) and the row that counts (see preferredRow).
  const seen = new Map<string, { sheet: string; row: number; record: HouseholdRecord; recordSheet: string }>();
  const book: DonationBook = { tallier: new DonationTallier(), receipts: new Map() };
  const reports: SheetReport[] = [];

  for (const sheet of sheets) {
    if (o.exclude(sheet.name)) continue;
    const located = locateHeader(sheet.values, DATASETS, o.columns);
    if (!located) {
      if (sheet.values.some((r) => r.some((c) => c !== '' && c !== null && c !== undefined))) {
        problems.add({ code: 'unknown-sheet', sheet: sheet.name, row: 0, column: '', field: '', value: '' });
      }
      reports.push({ name: sheet.name, dataset: undefined, headerRow: 0, rows: 0, counted: 0 });
      continue;
    }
    const spec = DATASETS.find((d) => d.id === located.dataset)!;
    const at = { sheet: sheet.name, row: located.headerIndex + 1 };
    for (const u of located.unknown) {
      problems.add({ ...at, code: 'unknown-column', column: columnLetter(u.index), field: '', value: u.header });
    }
    const report: SheetReport = { name: sheet.name, dataset: located.dataset, headerRow: located.headerIndex + 1, rows: 0, counted: 0 };
    reports.push(report);
    if (located.missing.length > 0) {
      for (const f of located.missing) {
        const aliases = spec.columns[f]?.aliases.slice(0, 4).join(' / ') ?? '';
        problems.add({ ...at, code: 'missing-column', column: '', field: f, value: '', params: { aliases } });
      }
      continue;
    }
    const read = located.dataset === 'donations'
      ? readDonationSheet(sheet, located, o, problems, book, report)
      : readHouseholdSheet(sheet, located, o, problems, seen, report);
    if (!read) continue;
    for (const t of read.totals) problems.add({ sheet: sheet.name, row: t.row, column: '', field: '', code: 'total-row', value: '' });
    if (read.counts.blank > 0) {
      problems.add({ sheet: sheet.name, row: 0, column: '', field: '', code: 'blank-row', value: '', params: { count: read.counts.blank } });
    }
  }
  for (const { recordSheet, record } of seen.values()) households.add(record, recordSheet);
  return { options: o, problems, households, donations: book.tallier, sheets: reports };
}

type Seen = Map<string, { sheet: string; row: number; record: HouseholdRecord; recordSheet: string }>;

function readHouseholdSheet(
  sheet: InputSheet, located: Located, o: ResolvedOptions, problems: ProblemCollector, seen: Seen, report: SheetReport,
): { counts: RowCounts; totals: TotalRow[] } {
  const ruleCtx = { sheet: sheet.name, asOf: o.asOf, columns: located.columns, problems };
  const roomCol = located.columns.find((c) => c.field === 'room')?.letter ?? '';
  return readRows(
    sheet.values,
    { sheet: sheet.name, located, columns: householdColumns as Columns, year: o.year, tzOffsetMinutes: o.tzOffsetMinutes, problems },
    (rec, row, failed) => {
      report.rows++;
      const h = toHousehold(rec, row, failed, ruleCtx);
      if (!h) return;
      const key = dwellingKey(h);
      const first = seen.get(key);
      if (first) {
        const place = [h.compound, h.building, h.unit, h.room].filter((s) => s !== '').join(' ');
        problems.add({
          sheet: sheet.name, row, column: roomCol, field: 'room', code: 'duplicate', value: place,
          params: { firstRow: first.row, firstSheet: first.sheet, what: 'dwelling' },
        });
        if (preferredRow(h, first.record) === h) seen.set(key, { ...first, record: h, recordSheet: sheet.name });
        return;
      }
      seen.set(key, { sheet: sheet.name, row, record: h, recordSheet: sheet.name });
      report.counted++;
    },
  );
}

export type Analysis = ReturnType<typeof analyzeSheets>;
