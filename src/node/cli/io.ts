import { realpathSync } from 'node:fs';
import { dirname } from 'node:path';

/** Where the CLI writes: injected so tests read the output and nothing prints to the test runner. */
export type Io = {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** True when stdout is a terminal (progress bars, colours); false in pipes. */
  readonly isTty: boolean;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Today in the spreadsheet's time zone (Asia/Shanghai by default), YYYY-MM-DD. */
  readonly today: () => string;
};

/** Exit codes, as documented in the README. */
export const EXIT = { ok: 0, dataErrors: 1, usage: 2 } as const;

export function nodeIo(): Io {
  return {
    out: (t) => void process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => void process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
    isTty: process.stdout.isTTY === true,
    cwd: invocationDir(process.env, process.cwd()),
    env: process.env,
    today: () => todayIn(480),
  };
}

/**
 * The folder the user typed the command in, against which relative paths are resolved. npm runs
 * paicha's own scripts (`npm run paicha -- …`, also as `npm --prefix CLONE run …`) in paicha's folder
 * and leaves the user's in INIT_CWD. Other packages' scripts keep npm's rule: their paths are relative
 * to their own package.
 */
export function invocationDir(env: Io['env'], cwd: string): string {
  const init = env['INIT_CWD'];
  const pkg = env['npm_package_json'];
  if (!init || !pkg || env['npm_package_name'] !== 'paicha') return cwd;
  return samePath(dirname(pkg), cwd) ? init : cwd;
}

function samePath(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/** The calendar day at an offset from UTC, by arithmetic (no Intl time-zone data needed). */
export function todayIn(offsetMinutes: number, now: Date = new Date()): string {
  return new Date(now.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 10);
}
