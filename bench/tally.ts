// Sections 1 and 2: validate + tally, measured in a child process with a 2 GB heap (DESIGN.md: a
// million rows must not run out of it). See tally-child.ts for what is measured and how.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TallyChildOptions, TallyChildResult } from './tally-child.ts';

export const HEAP_LIMIT_MB = 2048;

const CHILD = fileURLToPath(new URL('./tally-child.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));

export function measureTally(o: Omit<TallyChildOptions, 'heapLimitMB'>): Promise<TallyChildResult> {
  const args = [
    `--max-old-space-size=${HEAP_LIMIT_MB}`,
    '--expose-gc',
    '--import',
    'tsx',
    CHILD,
    JSON.stringify({ ...o, heapLimitMB: HEAP_LIMIT_MB }),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code !== 0)
        return reject(
          new Error(
            `bench: the tally child failed (${signal ?? `exit ${code}`}); a crash here may be the ${HEAP_LIMIT_MB} MB heap running out`,
          ),
        );
      resolve(JSON.parse(out.trim().split('\n').at(-1)!) as TallyChildResult);
    });
  });
}
