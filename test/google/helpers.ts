// Running the CLI against the Sheets emulator: a captured Io whose env points googleapis at it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll } from 'vitest';
import type { Io } from '../../src/node/cli/io.ts';
import { main } from '../../src/node/cli/main.ts';
import { statusLine } from '../../src/node/cli/progress.ts';
import type { GoogleDeps, IoWithGoogle } from '../../src/node/cli/remote.ts';
import { startSheetsEmulator, type SheetsEmulator } from './emulator/index.ts';

export type CliRun = { code: number; stdout: string; stderr: string };

export type RunOptions = {
  readonly cwd: string;
  readonly env?: Record<string, string>;
  readonly isTty?: boolean;
  readonly google?: Partial<GoogleDeps>;
};

/** Retries without waiting, deterministic jitter. */
export const FAST: Partial<GoogleDeps> = { sleep: () => Promise.resolve(), random: () => 0.5 };

export async function runCli(emu: SheetsEmulator, argv: readonly string[], o: RunOptions): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: IoWithGoogle = {
    out: (t) => void (stdout += t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => void (stderr += t.endsWith('\n') ? t : `${t}\n`),
    isTty: o.isTty ?? false,
    cwd: o.cwd,
    env: { PAICHA_SHEETS_API_ROOT: emu.rootUrl, GOOGLE_OAUTH_ACCESS_TOKEN: 'test-token', ...o.env },
    today: () => '2020-02-03',
    google: o.google ?? FAST,
    // A terminal on stderr: the progress line is drawn there.
    ...(o.isTty ? { status: statusLine({ isTTY: true, write: (t: string) => void (stderr += t) })! } : {}),
  };
  const code = await main(argv, io satisfies Io);
  return { code, stdout, stderr };
}

export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'paicha-google-'));
  afterAll(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * One Sheets emulator and one temporary directory for a test file: started before its tests, closed
 * (and removed) after them. Read `emu` and `dir` inside tests, not while they are collected.
 */
export function useSheetsEmulator(): { readonly emu: SheetsEmulator; readonly dir: string } {
  let emu: SheetsEmulator | undefined;
  let dir: string | undefined;
  beforeAll(async () => {
    emu = await startSheetsEmulator();
    dir = await tempDir();
  });
  afterAll(() => emu?.close());
  const started = <T>(v: T | undefined): T => {
    if (v === undefined)
      throw new Error('The Sheets emulator is not running: useSheetsEmulator() must be called at the top of a test file');
    return v;
  };
  return {
    get emu() {
      return started(emu);
    },
    get dir() {
      return started(dir);
    },
  };
}

export type XlsxCell = string | number | boolean | Date | null;

/** An .xlsx written by ExcelJS, dates as real date cells. */
export async function writeXlsx(
  path: string,
  sheets: readonly { name: string; values: readonly (readonly XlsxCell[])[] }[],
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.values.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = v;
        if (v instanceof Date) cell.numFmt = 'yyyy-mm-dd';
      });
    });
  }
  await wb.xlsx.writeFile(path);
}
