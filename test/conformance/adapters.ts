// Each adapter run the way a team runs it, and what it wrote read back into one shape (written.ts).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Cell } from '../../lib/cells/result.ts';
import { tallyCommand } from '../../src/commands/tally.ts';
import { MARKER_KEY, NUMBER_FORMATS } from '../../src/generated.ts';
import { MemoryWorkbook } from '../../src/memory-workbook.ts';
import { nodeGbkEncoder } from '../../src/node/files/gbk.ts';
import { readXlsxFast } from '../../src/node/files/xlsx/read.ts';
import { createEmulator, loadBundle, type SeedValue } from '../gas/emulator/index.ts';
import { runCli as runCliOnSheets } from '../google/helpers.ts';
import type { SheetsEmulator } from '../google/emulator/index.ts';
import { runCli, tempDir, writeXlsx } from '../helpers/cli.ts';
import type { Fixture } from './fixtures.ts';
import { a1, shown, trimGrid, type AdapterRun, type Shown, type WrittenSheet } from './written.ts';

/**
 * The moment every adapter tallies for: before the day's 20:00 cut-off, so the shop and duty lines say who
 * is still due. The add-on takes it from its clock (the emulator's, pinned to it) in the spreadsheet's zone.
 */
export const AS_OF = '2020-02-06T18:30';
const AS_OF_INSTANT = new Date(Date.UTC(2020, 1, 6, 18 - 8, 30));
const CLI_OPTIONS = ['--as-of', AS_OF, '--locale', 'zh-Hans'];

const plain = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

/** The reference: the port's in-memory implementation, as the CLI runs it on files. */
export function runMemory(f: Fixture): AdapterRun {
  const wb = new MemoryWorkbook(f.sheets.map((s) => ({ name: s.name, values: s.values })));
  const { result } = tallyCommand(wb, { asOf: AS_OF, locale: 'zh-Hans', tzOffsetMinutes: 0, encodeGbk: nodeGbkEncoder() });
  const sheets = wb.output().map((g): WrittenSheet => {
    const formats: Record<string, string> = {};
    const values = g.values.map((row, r) =>
      row.map((v, c) => {
        const s = shown(v);
        const code = NUMBER_FORMATS[g.formats[c] ?? 'text'];
        if (r > 0 && s !== '' && code !== '') formats[a1(r, c)] = code;
        return s;
      }),
    );
    const links: Record<string, string> = {};
    for (const l of g.links ?? []) links[a1(l.row, l.column)] = `${l.target.sheet}!${l.target.column}${l.target.row}`;
    return { name: g.name, frozenRows: g.frozenRows, values: trimGrid(values), formats: onlyFilled(formats, values), links };
  });
  return { result: plain(result), sheets };
}

/** `paicha tally FILE --json --out OUT.xlsx`: the .xlsx (or .csv) read, tallied and written by the CLI. */
export async function runFile(f: Fixture, kind: 'xlsx' | 'csv'): Promise<AdapterRun> {
  const dir = await tempDir();
  let input: string;
  if (kind === 'xlsx') {
    input = 'input.xlsx';
    await writeXlsx(join(dir, input), f.sheets);
  } else {
    const [sheet] = f.sheets;
    if (!sheet || f.sheets.length !== 1) throw new Error('a .csv holds one sheet');
    input = `${sheet.name}.csv`;
    await writeFile(join(dir, input), csvText(sheet.values), 'utf8');
  }
  const run = await runCli(['tally', input, '--json', '--out', 'out.xlsx', ...CLI_OPTIONS], dir);
  if (run.stderr !== '') throw new Error(`paicha tally ${input}: ${run.stderr}`);
  const sheets = await readBackXlsx(join(dir, 'out.xlsx'), input);
  return { result: JSON.parse(run.stdout), sheets };
}

/** Values through the fast reader; formats, links and frozen panes through ExcelJS. */
async function readBackXlsx(path: string, input: string): Promise<WrittenSheet[]> {
  const fast = await readXlsxFast(path);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return fast.sheets.map((s): WrittenSheet => {
    const ws = wb.getWorksheet(s.name);
    if (!ws) throw new Error(`ExcelJS does not see ${s.name}`);
    const values = trimGrid(s.values.map((row) => row.map(shown)));
    const formats: Record<string, string> = {};
    const links: Record<string, string> = {};
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const at = a1(r - 1, c - 1);
        if (cell.numFmt && cell.numFmt !== 'General') formats[at] = cell.numFmt;
        const link = cell.hyperlink;
        if (link) {
          // Into the input file: INPUT#'SHEET'!A1. Anything else is kept whole, so it shows as a difference.
          const m = /^(.*)#'((?:[^']|'')+)'!([A-Z]+\d+)$/.exec(link);
          links[at] = m && m[1] === input ? `${m[2]!.replace(/''/g, "'")}!${m[3]}` : link;
        }
      });
    });
    const view = ws.views?.[0];
    const frozenRows = view?.state === 'frozen' ? (view.ySplit ?? 0) : 0;
    return { name: s.name, frozenRows, values, formats: onlyFilled(formats, values), links };
  });
}

/** The add-on as pasted (the built dist/addon files) in the Apps Script emulator: 统计汇总. */
export function runAddon(dir: string, f: Fixture): AdapterRun {
  const emu = createEmulator({
    spreadsheet: {
      locale: 'zh_CN',
      timeZone: 'Asia/Shanghai',
      sheets: f.sheets.map((s) => ({ name: s.name, values: s.values.map((r) => r.map(typedInShanghai)) })),
    },
    userLocale: 'zh_CN',
    now: AS_OF_INSTANT,
  });
  const rt = loadBundle(dir, emu);
  rt.onOpen();
  rt.clickMenu('统计汇总');
  // The result object as another script gets it through the library, with the options 统计汇总 uses.
  const result = rt.evaluate(
    `var ss = SpreadsheetApp.getActiveSpreadsheet();
     JSON.stringify(tallyWorkbook(ss.getSheets().map(function (s) { return { name: s.getName(), values: s.getDataRange().getValues() }; }),
       { asOf: ${JSON.stringify(AS_OF)}, locale: 'zh-Hans', tzOffsetMinutes: 480 }));`,
  );
  const snap = emu.snapshot();
  const byId = new Map(snap.sheets.map((s) => [s.sheetId, s.name]));
  const sheets = snap.sheets
    .filter((s) => s.metadata.some((m) => m.key === MARKER_KEY))
    .map((s): WrittenSheet => {
      const values = trimGrid(s.values.map((row) => row.map(shown)));
      const formats: Record<string, string> = {};
      for (const [at, layers] of Object.entries(s.formats)) if (layers.numberFormat) formats[at] = layers.numberFormat;
      const links: Record<string, string> = {};
      for (const [at, formula] of Object.entries(s.formulas)) {
        const m = /^=HYPERLINK\("#gid=(\d+)&range=([A-Z]+\d+)"/.exec(formula);
        links[at] = m ? `${byId.get(Number(m[1])) ?? `gid ${m[1]}`}!${m[2]}` : formula;
      }
      return { name: s.name, frozenRows: s.frozenRows, values, formats: onlyFilled(formats, values), links };
    });
  return { result: JSON.parse(String(result)), sheets };
}

/** `paicha tally ID --write --json` against the loopback Sheets API emulator. */
export async function runSheetsApi(emu: SheetsEmulator, f: Fixture): Promise<AdapterRun> {
  const id = emu.createSpreadsheet({
    title: '排查',
    timeZone: 'Asia/Shanghai',
    locale: 'zh_CN',
    sheets: f.sheets.map((s) => ({ title: s.name, values: s.values.map((r) => r.map((c) => (c === undefined ? null : c))) })),
  });
  const run = await runCliOnSheets(emu, ['tally', id, '--write', '--json', ...CLI_OPTIONS], { cwd: await tempDir() });
  if (run.stderr !== '') throw new Error(`paicha tally --write: ${run.stderr}`);
  const ss = emu.snapshot(id);
  const byId = new Map(ss.sheets.map((s) => [s.sheetId, s.title]));
  const marked = new Set(ss.developerMetadata.filter((m) => m.metadataKey === MARKER_KEY).map((m) => m.location?.sheetId));
  const sheets = ss.sheets
    .filter((s) => marked.has(s.sheetId))
    .map((s): WrittenSheet => {
      const formats: Record<string, string> = {};
      const links: Record<string, string> = {};
      const grid: Shown[][] = [];
      s.cells.forEach((row, r) => {
        row?.forEach((cell, c) => {
          if (!cell) return;
          const at = a1(r, c);
          const v = cell.value;
          const isDate = cell.format?.type === 'DATE' && typeof v === 'number';
          (grid[r] ??= [])[c] = v === undefined ? '' : typeof v === 'object' ? v.error : isDate ? serialDay(v) : v;
          if (cell.format?.pattern) formats[at] = cell.format.pattern;
          if (cell.link) {
            const m = /^#gid=(\d+)&range=([A-Z]+\d+)$/.exec(cell.link);
            links[at] = m ? `${byId.get(Number(m[1])) ?? `gid ${m[1]}`}!${m[2]}` : cell.link;
          }
        });
      });
      const values = trimGrid(Array.from(grid, (row) => Array.from(row ?? [], (v) => v ?? '')));
      return { name: s.title, frozenRows: s.frozenRowCount, values, formats: onlyFilled(formats, values), links };
    });
  return { result: JSON.parse(run.stdout), sheets };
}

/** Formats of empty cells are invisible: adapters format whole columns or only the cells they fill. */
function onlyFilled(formats: Record<string, string>, values: readonly (readonly Shown[])[]): Record<string, string> {
  const out: Record<string, string> = {};
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      const f = formats[a1(r, c)];
      if (v !== '' && f !== undefined) out[a1(r, c)] = f;
    }),
  );
  return out;
}

const serialDay = (serial: number): string => new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000)).toISOString().slice(0, 10);

/** A date a volunteer types in a Shanghai spreadsheet is that wall-clock time there, not in UTC. */
function typedInShanghai(c: Cell): SeedValue {
  if (c instanceof Date) return new Date(c.getTime() - 480 * 60_000);
  return c === undefined ? null : c;
}

function csvText(rows: readonly (readonly Cell[])[]): string {
  const field = (c: Cell): string => {
    const s = c === null || c === undefined ? '' : String(c);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `${rows.map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}
