// Section 6: `paicha tally SPREADSHEET --write` against the Sheets v4 loopback emulator — the requests
// per spreadsheet must not grow with its rows (one read and one write request a direction).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Io } from '../src/node/cli/io.ts';
import { main } from '../src/node/cli/main.ts';
import type { IoWithGoogle } from '../src/node/cli/remote.ts';
import { startSheetsEmulator, type SheetsEmulator } from '../test/google/emulator/index.ts';
import { AS_OF, householdRegister } from './households-data.ts';
import { progress, round } from './measure.ts';

export type SheetsRun = { rows: number; requests: number; kinds: string[]; wallMs: number };
export type SheetsApiResult = { small: SheetsRun; large: SheetsRun; sameRequests: boolean };

async function tallyRemote(emu: SheetsEmulator, rows: number, cwd: string): Promise<SheetsRun> {
  const id = emu.createSpreadsheet({
    title: `households ${rows}`,
    sheets: [{ title: '住户登记', values: householdRegister(rows, { utcDates: true }).map((r) => r.map((c) => c ?? null)) }],
  });
  let stderr = '';
  const io: IoWithGoogle = {
    out: () => undefined,
    err: (t) => void (stderr += t),
    isTty: false,
    cwd,
    env: { PAICHA_SHEETS_API_ROOT: emu.rootUrl, GOOGLE_OAUTH_ACCESS_TOKEN: 'bench-token' },
    today: () => AS_OF,
    // Retries without waiting: the emulator injects no faults here, but a retry must not sleep the bench.
    google: { sleep: () => Promise.resolve(), random: () => 0.5 },
  };
  const start = performance.now();
  const code = await main(['tally', id, '--write', '--json', '--as-of', AS_OF, '--max-problems', '100'], io satisfies Io);
  const wallMs = round(performance.now() - start);
  if (code > 1 || stderr !== '') throw new Error(`bench: paicha tally --write failed (exit ${code}): ${stderr}`);
  const kinds = emu
    .requests()
    .filter((r) => r.spreadsheetId === id)
    .map((r) => r.kind);
  progress(`Sheets API: ${rows.toLocaleString('en')} rows, ${kinds.length} requests (${kinds.join(', ')}), ${Math.round(wallMs)} ms`);
  return { rows, requests: emu.countFor(id), kinds, wallMs };
}

export async function measureSheetsApi(small: number, large: number): Promise<SheetsApiResult> {
  const emu = await startSheetsEmulator();
  const cwd = await mkdtemp(join(tmpdir(), 'paicha-bench-sheets-'));
  try {
    const s = await tallyRemote(emu, small, cwd);
    const l = await tallyRemote(emu, large, cwd);
    return { small: s, large: l, sameRequests: s.requests === l.requests && s.kinds.join() === l.kinds.join() };
  } finally {
    await emu.close();
    await rm(cwd, { recursive: true, force: true });
  }
}
