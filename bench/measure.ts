// Timing helpers for one-shot runs: each run starts after a full GC (node --expose-gc), and a
// measurement is the median of a few runs.

const gcFn = (globalThis as { gc?: () => void }).gc;

/** A full collection, so no run pays for the garbage of the one before. Needs node --expose-gc. */
export function gc(): void {
  if (!gcFn) throw new Error('bench: run node with --expose-gc (npm run bench does)');
  gcFn();
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

export async function timeOnce(run: () => unknown): Promise<number> {
  gc();
  const start = performance.now();
  await run();
  return performance.now() - start;
}

export type Timing = { medianMs: number; runsMs: number[] };

export const timing = (runsMs: number[]): Timing => ({ medianMs: round(median(runsMs)), runsMs: runsMs.map(round) });

export const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;

export const mb = (bytes: number): number => round(bytes / 1024 / 1024);

/** Progress on stderr, so stdout stays the table (and a child's stdout its JSON). */
export const progress = (line: string): void => void process.stderr.write(`  … ${line}\n`);
