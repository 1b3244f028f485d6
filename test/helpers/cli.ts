import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Cell } from '../../lib/cells/result.ts';
import { main } from '../../src/node/cli/main.ts';
import type { Io } from '../../src/node/cli/io.ts';

/** Runs the CLI in-process with captured output, as a user would run `paicha ARGS` in `cwd`. */
export async function runCli(args: readonly string[], cwd: string, env: Record<string, string | undefined> = {}) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    out: (t) => void (stdout += t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => void (stderr += t.endsWith('\n') ? t : `${t}\n`),
    isTty: false,
    cwd,
    env,
    today: () => '2020-02-03',
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

export const tempDir = (): Promise<string> => mkdtemp(join(tmpdir(), 'paicha-test-'));

/** Writes a plain user workbook, as a team's spreadsheet program would. */
export async function writeXlsx(path: string, sheets: readonly { name: string; values: readonly (readonly Cell[])[] }[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const row of s.values) ws.addRow(row.map((c) => (c === '' || c === undefined ? null : c)));
  }
  await wb.xlsx.writeFile(path);
}
