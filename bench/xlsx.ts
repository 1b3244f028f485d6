// Section 5: `paicha tally FILE.xlsx` in-process — read, validate, tally and write the summary workbook
// — against ExcelJS alone reading the same file (`new ExcelJS.Workbook().xlsx.readFile()`), on a
// register written once by ExcelJS. Runs alternate, each after a full GC; medians are compared.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Io } from '../src/node/cli/io.ts';
import { main } from '../src/node/cli/main.ts';
import { AS_OF, householdRegister } from './households-data.ts';
import { progress, round, timeOnce, timing, type Timing } from './measure.ts';

export type XlsxResult = {
  rows: number;
  fileBytes: number;
  /** The whole CLI path: read + tally + write households.paicha.xlsx. */
  cli: Timing;
  /** ExcelJS's document reader alone. */
  exceljs: Timing;
  /** cli median / exceljs median. */
  ratio: number;
};

/** What a team's spreadsheet program would save: the register as typed, dates as date cells. */
async function writeRegister(path: string, rows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet('住户登记');
  for (const cells of householdRegister(rows, { utcDates: true })) {
    const row = ws.addRow(cells.map((c) => (c === '' ? null : c)));
    cells.forEach((c, i) => {
      if (c instanceof Date) row.getCell(i + 1).numFmt = 'yyyy-mm-dd';
    });
    row.commit();
  }
  ws.commit();
  await wb.commit();
}

const quietIo = (cwd: string): Io => ({ out: () => undefined, err: () => undefined, isTty: false, cwd, env: {}, today: () => AS_OF });

export async function measureXlsx(rows: number, runs: number): Promise<XlsxResult> {
  const dir = await mkdtemp(join(tmpdir(), 'paicha-bench-xlsx-'));
  try {
    const path = join(dir, 'households.xlsx');
    await writeRegister(path, rows);
    const fileBytes = (await stat(path)).size;
    progress(`xlsx: ${rows.toLocaleString('en')} rows, ${(fileBytes / 1e6).toFixed(1)} MB`);
    const out = join(dir, 'households.paicha.xlsx');
    const cli = async (): Promise<void> => {
      const code = await main(['tally', path, '--out', out, '--as-of', AS_OF], quietIo(dir));
      if (code > 1) throw new Error(`bench: paicha tally exited ${code}`);
    };
    const exceljs = async (): Promise<void> => void (await new ExcelJS.Workbook().xlsx.readFile(path));
    await cli(); // warm-up: modules loaded, code compiled
    await exceljs();
    const t: { cli: number[]; exceljs: number[] } = { cli: [], exceljs: [] };
    for (let i = 0; i < runs; i++) {
      // Alternate which goes first, so neither always runs on a freshly collected heap.
      for (const which of i % 2 === 0 ? (['cli', 'exceljs'] as const) : (['exceljs', 'cli'] as const)) {
        // Every CLI run writes a new summary (a rerun would first check the old one is paicha's).
        await rm(out, { force: true });
        const ms = await timeOnce(which === 'cli' ? cli : exceljs);
        t[which].push(ms);
        progress(`xlsx: ${which} run ${i + 1}/${runs} ${Math.round(ms)} ms`);
      }
    }
    const c = timing(t.cli);
    const e = timing(t.exceljs);
    return { rows, fileBytes, cli: c, exceljs: e, ratio: round(c.medianMs / e.medianMs, 2) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
