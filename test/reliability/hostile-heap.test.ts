// Issue 19's "It must show": under a 1 GB heap every hostile file is answered within 60 s, with exit
// 0, 1 or 2 and a message, never a crash. The real executable, one child process per file. (The
// 300,000-row register is measured in bench/hostile.ts: too slow for a test.)
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.ts';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { registerCsv, writeHostileFiles, type HostileCase } from '../helpers/hostile.ts';

const BIN = fileURLToPath(new URL('../../bin/paicha.js', import.meta.url));
const LIMIT_MS = 60_000;

type Answer = { code: number | null; signal: string | null; stdout: string; stderr: string; ms: number };

function runUnderHeap(args: readonly string[], cwd: string): Promise<Answer> {
  return new Promise((done) => {
    const started = Date.now();
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=1024', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: LIMIT_MS,
      killSignal: 'SIGKILL',
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('close', (code, signal) => done({ code, signal, stdout, stderr, ms: Date.now() - started }));
  });
}

// Two at a time: the machine's two cores.
async function runAll(cases: readonly HostileCase[], cwd: string): Promise<Map<string, Answer>> {
  const answers = new Map<string, Answer>();
  const queue = [...cases];
  const worker = async () => {
    for (let c = queue.shift(); c; c = queue.shift()) answers.set(c.name, await runUnderHeap(c.args, cwd));
  };
  await Promise.all([worker(), worker()]);
  return answers;
}

// What no answer may hold: a stack trace, V8's out-of-memory report, a raw control character.
const CRASH = /\n\s+at .+:\d+:\d+\)?\n|FATAL ERROR|JavaScript heap out of memory|Allocation failed/;
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('hostile files under a 1 GB heap', async () => {
  const dir = await tempDir();
  const cases = await writeHostileFiles(dir);
  const answers = runAll(cases, dir);

  it.each(cases.map((c) => [c.name, c] as const))(
    '%s',
    async (_, c) => {
      const a = (await answers).get(c.name)!;
      const said = `${a.stdout}${a.stderr}`;
      expect({ signal: a.signal, crash: CRASH.test(said) }, said.slice(0, 2000)).toEqual({ signal: null, crash: false });
      expect(a.code, said.slice(0, 2000)).toBe(c.exit);
      expect(a.ms).toBeLessThan(LIMIT_MS);
      expect(said).toContain(c.says);
      expect(said.match(RAW_CONTROL)?.[0], 'a raw control character').toBeUndefined();
    },
    5 * LIMIT_MS,
  );
});

describe('output nobody reads', () => {
  it(
    '`paicha tally big.csv --json | head -c 100`: the reader goes away, paicha ends without a stack trace',
    async () => {
      const dir = await tempDir();
      await writeFile(join(dir, 'big.csv'), registerCsv(20_000));
      const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((done) => {
        const child = spawn(process.execPath, [BIN, 'tally', 'big.csv', '--json', '--as-of', '2020-02-03'], {
          cwd: dir,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let err = '';
        child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
        // Like head: read the first chunk, then close the pipe.
        child.stdout.once('data', () => child.stdout.destroy());
        child.on('close', (c) => done({ code: c, stderr: err }));
      });
      expect(stderr).toBe('');
      expect(code).toBe(0);
    },
    LIMIT_MS,
  );
});
