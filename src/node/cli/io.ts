import { realpathSync } from 'node:fs';
import { dirname } from 'node:path';
import { showControls } from '../../../lib/cells/controls.ts';
import { statusLine, type StatusLine, type TtyStream } from './progress.ts';

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
  /** The progress line, present only when stderr is a terminal. */
  readonly status?: StatusLine;
};

/** Exit codes, as documented in the README. */
export const EXIT = { ok: 0, dataErrors: 1, usage: 2 } as const;

/** The process's streams, or fakes with the same shape. */
export type Streams = { readonly stdout: TtyStream; readonly stderr: TtyStream };

export function nodeIo(streams: Streams = process): Io {
  const status = statusLine(streams.stderr);
  const write =
    (stream: TtyStream) =>
    (t: string): void => {
      // The progress line goes before anything else is printed, so the two never mix.
      status?.clear();
      stream.write(t.endsWith('\n') ? t : `${t}\n`);
    };
  return {
    out: write(streams.stdout),
    err: write(streams.stderr),
    isTty: streams.stdout.isTTY === true,
    cwd: invocationDir(process.env, process.cwd()),
    env: process.env,
    today: () => todayIn(480),
    ...(status ? { status } : {}),
  };
}

/**
 * `paicha check x.csv | head`: once the reader has gone, a write fails with EPIPE, which Node raises
 * as an unhandled 'error' event (a stack trace). Output nobody reads is dropped; the run ends as it would.
 */
export function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    stream.destroy();
  });
}

/** The same Io with every control character (ESC, C1, bidi overrides…) in printed text made visible. */
export function safeIo(io: Io): Io {
  return { ...io, out: (t) => io.out(showControls(t)), err: (t) => io.err(showControls(t)) };
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
function todayIn(offsetMinutes: number, now: Date = new Date()): string {
  return new Date(now.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 10);
}
