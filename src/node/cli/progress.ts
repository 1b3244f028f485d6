import { fill, type Locale } from '../../../lib/i18n/locale.ts';
import { PROGRESS_WORDS } from '../../../lib/i18n/progress.ts';

/** One line at the bottom of a terminal, redrawn in place; only ever given when stderr is a terminal. */
export type StatusLine = {
  draw(text: string): void;
  clear(): void;
};

/** A writable stream as much as a status line needs: Node's process.stderr, or a fake in tests. */
export type TtyStream = { readonly isTTY?: boolean; write(text: string): unknown };

/** The status line of a stream when it is a terminal; undefined otherwise (pipes, files, CI logs). */
export function statusLine(stream: TtyStream): StatusLine | undefined {
  if (stream.isTTY !== true) return undefined;
  let shown = false;
  return {
    // Carriage return and erase-line: the line is replaced, never scrolled.
    draw(text) {
      stream.write(`\r\x1b[2K${text}`);
      shown = true;
    },
    clear() {
      if (shown) stream.write('\r\x1b[2K');
      shown = false;
    },
  };
}

type Phase = keyof typeof PROGRESS_WORDS;

export type ProgressOptions = {
  readonly locale: Locale;
  /** Milliseconds; tests pass a fake clock. */
  readonly now?: () => number;
  /** Redraws while the event loop is free; tests pass none and redraw by hand. */
  readonly tick?: (redraw: () => void) => () => void;
};

// A run shorter than this shows nothing.
const QUIET_MS = 1000;

const everyQuarterSecond = (redraw: () => void): (() => void) => {
  const timer = setInterval(redraw, 250);
  timer.unref();
  return () => clearInterval(timer);
};

/**
 * What a long run is doing — reading, tallying, writing — on one line of stderr, only on a terminal
 * and only once the run has taken a second. A phase that will block the event loop for long (the core's
 * synchronous tally of many rows) is drawn at its start, as no timer can draw it meanwhile.
 */
export class Progress {
  private readonly start: number;
  private readonly now: () => number;
  private line = '';
  private readonly stop: () => void;

  constructor(
    private readonly status: StatusLine | undefined,
    private readonly o: ProgressOptions,
  ) {
    this.now = o.now ?? Date.now;
    this.start = this.now();
    this.stop = status ? (o.tick ?? everyQuarterSecond)(() => this.redraw(false)) : () => undefined;
  }

  /** Enters a phase; `heavy` when it will hold the event loop for long. */
  phase(phase: Phase, params: Readonly<Record<string, string | number>>, heavy = false): void {
    if (!this.status) return;
    this.line = fill(PROGRESS_WORDS[phase][this.o.locale], params);
    this.redraw(heavy);
  }

  /** Takes the line away (before the run prints its result, and at its end). */
  done(): void {
    this.stop();
    this.status?.clear();
  }

  redraw(force: boolean): void {
    if (!this.status || this.line === '') return;
    const elapsed = this.now() - this.start;
    if (elapsed < QUIET_MS && !force) return;
    this.status.draw(fill(PROGRESS_WORDS.elapsed[this.o.locale], { line: this.line, elapsed: Math.floor(elapsed / 1000) }));
  }
}
