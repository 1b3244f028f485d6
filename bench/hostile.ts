// `npm run bench:hostile`: issue 19's "It must show", measured. Every hostile file of
// test/helpers/hostile.ts and a 300,000-row register, each answered by `paicha` in a child process
// under a 1 GB heap (NODE_OPTIONS=--max-old-space-size=1024): exit code, seconds, peak RSS. Then the
// register read, tallied and written one phase at a time, to see where its memory goes. Writes
// bench/hostile-results.json.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { registerCsv, writeHostileFiles } from '../test/helpers/hostile.ts';
import { progress } from './measure.ts';
import { machine } from './results.ts';

const CHILD = fileURLToPath(new URL('./hostile-child.ts', import.meta.url));
// The children run in the files' folder: tsx is named by its resolved place, not looked up from there.
const TSX = import.meta.resolve('tsx');
const HEAP_MB = 1024;
const ROWS = 300_000;

function child(args: readonly string[], cwd: string): Promise<Record<string, unknown>> {
  return new Promise((done) => {
    const p = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '--expose-gc', '--import', TSX, CHILD, ...args], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 120_000,
    });
    let out = '';
    let err = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    p.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
    p.on('close', (code, signal) => {
      const lines = out
        .trim()
        .split('\n')
        .flatMap((l) => {
          try {
            return [JSON.parse(l) as Record<string, unknown>];
          } catch {
            return [];
          }
        });
      const last = lines.at(-1);
      if (code === 0 && last !== undefined && !('phase' in last)) done(last);
      // A crash: what it said last, and the phases that ended before it.
      else done({ crashed: true, code, signal, phases: lines.map((l) => l['phase']).filter(Boolean), stderr: err.slice(0, 300) });
    });
  });
}

const dir = await mkdtemp(join(tmpdir(), 'paicha-hostile-'));
try {
  const cases = await writeHostileFiles(dir);
  await writeFile(join(dir, 'register-300k.csv'), registerCsv(ROWS));
  const files: Record<string, unknown>[] = [];
  for (const c of cases) {
    progress(c.name);
    files.push({ name: c.name, args: c.args.join(' '), expectedExit: c.exit, ...(await child(['run', ...c.args], dir)) });
  }
  progress(`${ROWS.toLocaleString('en')}-row register: paicha tally`);
  const tally = await child(['run', 'tally', 'register-300k.csv', '--as-of', '2020-02-03'], dir);
  progress(`${ROWS.toLocaleString('en')}-row register: paicha tally --json (no workbook written)`);
  const tallyJson = await child(['run', 'tally', 'register-300k.csv', '--json', '--as-of', '2020-02-03'], dir);
  progress(`${ROWS.toLocaleString('en')}-row register: read, tally, write one at a time`);
  const phases = await child(['phases', 'register-300k.csv', join(dir, 'phases.paicha.xlsx')], dir);
  const results = {
    date: new Date().toISOString(),
    machine: machine(),
    heapLimitMB: HEAP_MB,
    files,
    register: { rows: ROWS, tally, tallyJson, phases },
  };
  await writeFile(fileURLToPath(new URL('./hostile-results.json', import.meta.url)), `${JSON.stringify(results, null, 2)}\n`);
  for (const f of files)
    process.stdout.write(
      `exit ${String(f['code'])} (want ${String(f['expectedExit'])}) ${String(f['seconds']).padStart(6)} s ${String(f['peakRssMB']).padStart(7)} MB  ${String(f['name'])}\n`,
    );
  process.stdout.write(
    `${ROWS} rows: tally ${JSON.stringify(tally)}\ntally --json ${JSON.stringify(tallyJson)}\n${JSON.stringify(phases, null, 1)}\n`,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
