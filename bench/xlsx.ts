// Section 5: the CLI on a 100,000-row .xlsx, written once by ExcelJS, against ExcelJS alone reading
// it (`new ExcelJS.Workbook().xlsx.readFile()`): `paicha tally --json` (read + tally) and `paicha tally`
// (read + tally + write the summary workbook), in-process. Then the summary writers alone (paicha's
// own against ExcelJS's streaming and document writers, on the same generated sheets), whether the
// fast reader and ExcelJS give the same tally, and peak RSS of `paicha tally` in a child process.
// Runs rotate, each after a full GC; medians are compared.
import { execFileSync } from 'node:child_process';
import { mkdtemp, open, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { tallyCommand } from '../src/commands/tally.ts';
import { MemoryWorkbook } from '../src/memory-workbook.ts';
import type { Io } from '../src/node/cli/io.ts';
import { main } from '../src/node/cli/main.ts';
import { readXlsxContents } from '../src/node/files/read-xlsx.ts';
import { NUMBER_FORMATS } from '../src/generated.ts';
import { generatedWorkbook } from '../src/node/files/write-xlsx.ts';
import { writeSummaryWorkbook } from '../src/node/files/xlsx/write/summary.ts';
import type { GeneratedSheet } from '../src/workbook.ts';
import { AS_OF, householdRegister } from './households-data.ts';
import { mb, progress, round, timeOnce, timing, type Timing } from './measure.ts';

export type XlsxResult = {
  rows: number;
  fileBytes: number;
  /** ExcelJS's document reader alone. */
  exceljs: Timing;
  /** `paicha tally FILE --json`: read + tally, nothing written. */
  json: Timing;
  /** `paicha tally FILE`: read + tally + write FILE.paicha.xlsx. */
  cli: Timing;
  /** json median / exceljs median. */
  jsonRatio: number;
  /** cli median / exceljs median. */
  ratio: number;
  /** The tally of the grids the fast reader gives equals the tally of ExcelJS's grids. */
  sameResult: boolean;
  /** The generated sheets written alone by each writer, and the rows they hold. */
  writers: { rows: number; own: Timing; exceljsStream: Timing; exceljsDocument: Timing };
  /** Peak RSS of `paicha tally FILE` in a child process, and the same under a 1 GB heap. */
  peakRssMB: { tally: number; tallyJson: number; heap1GB: number };
};

/** What a team's spreadsheet program would save: the register as typed, dates as date cells. */
export async function writeRegister(path: string, rows: number): Promise<void> {
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

async function rotate(runs: number, paths: Record<string, () => Promise<void>>): Promise<Record<string, number[]>> {
  const names = Object.keys(paths);
  const out: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (const run of Object.values(paths)) await run(); // warm-up: modules loaded, code compiled
  for (let i = 0; i < runs; i++) {
    // Rotate which goes first, so none always runs on a freshly collected heap.
    for (let k = 0; k < names.length; k++) {
      const name = names[(i + k) % names.length]!;
      const ms = await timeOnce(paths[name]!);
      out[name]!.push(ms);
      progress(`xlsx: ${name} run ${i + 1}/${runs} ${Math.round(ms)} ms`);
    }
  }
  return out;
}

function tallyOf(sheets: Awaited<ReturnType<typeof readXlsxContents>>): { json: string; sheets: GeneratedSheet[] } {
  const wb = new MemoryWorkbook(sheets.sheets, [...sheets.generatedSheets]);
  const { result } = tallyCommand(wb, { asOf: AS_OF, tzOffsetMinutes: 0 });
  return { json: JSON.stringify(result), sheets: wb.output() };
}

export async function measureXlsx(rows: number, runs: number): Promise<XlsxResult> {
  const dir = await mkdtemp(join(tmpdir(), 'paicha-bench-xlsx-'));
  try {
    const path = join(dir, 'households.xlsx');
    await writeRegister(path, rows);
    const fileBytes = (await stat(path)).size;
    progress(`xlsx: ${rows.toLocaleString('en')} rows, ${(fileBytes / 1e6).toFixed(1)} MB`);
    const out = join(dir, 'households.paicha.xlsx');
    const cliRun = (args: string[]) => async (): Promise<void> => {
      const code = await main(args, quietIo(dir));
      if (code > 1) throw new Error(`bench: paicha ${args.join(' ')} exited ${code}`);
    };
    const t = await rotate(runs, {
      exceljs: async () => void (await new ExcelJS.Workbook().xlsx.readFile(path)),
      json: cliRun(['tally', path, '--json', '--as-of', AS_OF]),
      cli: async () => {
        // Every run writes a new summary (a rerun would first check the old one is paicha's).
        await rm(out, { force: true });
        await cliRun(['tally', path, '--out', out, '--as-of', AS_OF])();
      },
    });

    const fast = tallyOf(await readXlsxContents(path));
    const oracle = tallyOf(await readXlsxContents(path, { reader: 'exceljs' }));
    const sameResult = fast.json === oracle.json;

    const sheets = fast.sheets;
    const target = join(dir, 'writer.xlsx');
    const w = await rotate(runs, {
      own: async () => {
        const file = await open(target, 'w');
        try {
          await writeSummaryWorkbook(file, sheets, { links: { kind: 'internal' } });
        } finally {
          await file.close();
        }
      },
      exceljsStream: async () => {
        const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: target, useSharedStrings: true, useStyles: true });
        // What addGeneratedSheet does, through the streaming writer's API: formats, widths, bold frozen header.
        for (const s of sheets) {
          const ws = wb.addWorksheet(s.name, { views: s.frozenRows > 0 ? [{ state: 'frozen', ySplit: s.frozenRows, xSplit: 0 }] : [] });
          s.formats.forEach((f, c) => {
            const column = ws.getColumn(c + 1);
            if (NUMBER_FORMATS[f] !== '') column.numFmt = NUMBER_FORMATS[f];
            column.width = 12;
          });
          s.values.forEach((row, r) => {
            const added = ws.addRow(row.map((c) => (c === '' ? null : c)));
            if (r === 0) added.font = { bold: true };
            added.commit();
          });
          ws.commit();
        }
        await wb.commit();
      },
      exceljsDocument: async () => void (await (await generatedWorkbook(sheets)).xlsx.writeFile(target)),
    });

    const peak = (args: string[], heap?: number): number => peakRss(args, heap);
    const peakRssMB = {
      tally: peak(['tally', path, '--out', out, '--as-of', AS_OF]),
      tallyJson: peak(['tally', path, '--json', '--as-of', AS_OF]),
      heap1GB: peak(['tally', path, '--out', out, '--as-of', AS_OF], 1024),
    };

    const e = timing(t['exceljs']!);
    const j = timing(t['json']!);
    const c = timing(t['cli']!);
    return {
      rows,
      fileBytes,
      exceljs: e,
      json: j,
      cli: c,
      jsonRatio: round(j.medianMs / e.medianMs, 2),
      ratio: round(c.medianMs / e.medianMs, 2),
      sameResult,
      writers: {
        rows: sheets.reduce((n, s) => n + s.values.length, 0),
        own: timing(w['own']!),
        exceljsStream: timing(w['exceljsStream']!),
        exceljsDocument: timing(w['exceljsDocument']!),
      },
      peakRssMB,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Peak RSS (MB) of `paicha ARGS` run from source in a child process (`/usr/bin/env time` is not assumed). */
function peakRss(args: readonly string[], heapMB?: number): number {
  // From the repository, where `--import tsx` resolves; every path in args is absolute.
  const cwd = fileURLToPath(new URL('..', import.meta.url));
  const probe = fileURLToPath(new URL('./peak-rss.ts', import.meta.url));
  const flags = [...(heapMB === undefined ? [] : [`--max-old-space-size=${heapMB}`]), '--import', 'tsx', probe, ...args];
  const text = execFileSync(process.execPath, flags, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 26 });
  const line = text.trim().split('\n').pop() ?? '';
  const kb = Number(/^maxRSS=(\d+)$/.exec(line)?.[1]);
  if (!Number.isFinite(kb)) throw new Error(`bench: no peak RSS from the child (${line.slice(0, 200)})`);
  return mb(kb * 1024);
}
