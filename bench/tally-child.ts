// Sections 1 and 2, run by tally.ts in a child process with a 2 GB heap
// (node --max-old-space-size=2048 --expose-gc --import tsx bench/tally-child.ts '{"rows":…}'):
// validate + tally of a generated register by the core, a hand-written loop and zod, on clean and
// on problem-heavy input. Prints one JSON line (TallyChildResult) on stdout.
//
// Plain performance.now() runs, not tinybench: each run is one multi-second pass over a fixed
// million-row grid, and tinybench's model (many short iterations in a time budget, warm-up by
// repeating the task) would either take one sample or repeat minutes of work. Instead every path
// is warmed up on a small slice of the grid, then timed a few times, interleaved, after a full GC.
import v8 from 'node:v8';
import type { Cell } from '../lib/cells/result.ts';
import { tallyWorkbook } from '../lib/result.ts';
import { handTally } from './baselines/hand.ts';
import { summaryOf, type Summary } from './baselines/summary.ts';
import { zodTally } from './baselines/zod.ts';
import { AS_OF, householdRegister } from './households-data.ts';
import { gc, mb, progress, round, timeOnce, timing, type Timing } from './measure.ts';

export type TallyChildOptions = { rows: number; runs: number; warmupRows: number; heapLimitMB: number };

export type PathResult = Timing & { rowsPerSecond: number };
export type InputResult = {
  core: PathResult;
  hand: PathResult;
  zod: PathResult;
  /** zod median / core median: how many times faster the core is. */
  zodVsCore: number;
  /** core median / hand median: how many times slower the core is than the hand-written loop. */
  coreVsHand: number;
  /** All three paths counted the same households, statuses, places and problems. */
  agree: boolean;
  summary: Summary;
};
export type TallyChildResult = {
  rows: number;
  clean: InputResult;
  problems: InputResult & { problemsPerRow: number };
  /** core time on problem-heavy input / on clean input, per path. */
  slowdown: { core: number; hand: number; zod: number };
  memory: {
    /** The old-space limit the child ran with (--max-old-space-size). */
    heapLimitMB: number;
    /** Heap used by the clean grid alone (after a full GC), before the core runs. */
    gridHeapMB: number;
    /** Most heap in use during one core run on the clean grid: the largest heapUsed before any GC. */
    peakHeapUsedMB: number;
    /** Peak resident set of this process, grid generation included. */
    peakRssMB: number;
  };
};

const OPTIONS = { asOf: AS_OF, year: Number(AS_OF.slice(0, 4)) };
type Path = 'core' | 'hand' | 'zod';
const PATHS: readonly Path[] = ['core', 'hand', 'zod'];

function runPath(path: Path, values: readonly (readonly Cell[])[]): Summary {
  switch (path) {
    case 'core':
      return summaryOf(tallyWorkbook([{ name: '住户登记', values }], { asOf: AS_OF }));
    case 'hand':
      return handTally(values, OPTIONS);
    case 'zod':
      return zodTally(values, OPTIONS);
  }
}

/** Peak heapUsed of one run: V8's heap statistics just before each GC in it, and at its end. */
function peakHeapOf(run: () => void): number {
  const profiler = new v8.GCProfiler();
  profiler.start();
  run();
  const stats = profiler.stop().statistics as { beforeGC: { heapStatistics: { usedHeapSize: number } } }[];
  return Math.max(process.memoryUsage().heapUsed, ...stats.map((s) => s.beforeGC.heapStatistics.usedHeapSize));
}

async function measureInput(values: Cell[][], o: TallyChildOptions, label: string): Promise<InputResult> {
  const warm = values.slice(0, o.warmupRows + 1);
  for (const path of PATHS) runPath(path, warm);
  const runs: Record<Path, number[]> = { core: [], hand: [], zod: [] };
  const summaries = {} as Record<Path, Summary>;
  for (let i = 0; i < o.runs; i++) {
    for (const path of PATHS) {
      const ms = await timeOnce(() => (summaries[path] = runPath(path, values)));
      runs[path].push(ms);
      progress(`${label}: ${path} run ${i + 1}/${o.runs} ${Math.round(ms)} ms`);
    }
  }
  const result = (path: Path): PathResult => {
    const t = timing(runs[path]);
    return { ...t, rowsPerSecond: Math.round((o.rows / t.medianMs) * 1000) };
  };
  const core = result('core');
  const hand = result('hand');
  const zod = result('zod');
  const same = (a: Summary, b: Summary) => JSON.stringify(a) === JSON.stringify(b);
  const agree = same(summaries.core, summaries.hand) && same(summaries.core, summaries.zod);
  if (!agree) progress(`${label}: the paths disagree: ${JSON.stringify(summaries)}`);
  return {
    core,
    hand,
    zod,
    zodVsCore: round(zod.medianMs / core.medianMs, 2),
    coreVsHand: round(core.medianMs / hand.medianMs, 2),
    agree,
    summary: summaries.core,
  };
}

async function main(o: TallyChildOptions): Promise<TallyChildResult> {
  progress(`generating ${o.rows.toLocaleString('en')} clean rows`);
  let values: Cell[][] | undefined = householdRegister(o.rows);
  gc();
  const gridHeap = process.memoryUsage().heapUsed;
  const grid = values;
  const peakHeap = peakHeapOf(() => void tallyWorkbook([{ name: '住户登记', values: grid }], { asOf: AS_OF }));
  const peakRss = process.resourceUsage().maxRSS * 1024;
  progress(`peak heap ${mb(peakHeap)} MB (grid ${mb(gridHeap)} MB)`);
  const clean = await measureInput(values, o, 'clean');
  values = undefined;
  gc();
  progress(`generating ${o.rows.toLocaleString('en')} rows with two problems each`);
  const bad = householdRegister(o.rows, { problems: true });
  const problems = await measureInput(bad, o, 'problems');
  return {
    rows: o.rows,
    clean,
    problems: { ...problems, problemsPerRow: round(problems.summary.problems / o.rows, 2) },
    slowdown: {
      core: round(problems.core.medianMs / clean.core.medianMs, 2),
      hand: round(problems.hand.medianMs / clean.hand.medianMs, 2),
      zod: round(problems.zod.medianMs / clean.zod.medianMs, 2),
    },
    memory: {
      heapLimitMB: o.heapLimitMB,
      gridHeapMB: mb(gridHeap),
      peakHeapUsedMB: mb(peakHeap),
      peakRssMB: mb(peakRss),
    },
  };
}

const options = JSON.parse(process.argv[2] ?? '{}') as TallyChildOptions;
process.stdout.write(`${JSON.stringify(await main(options))}\n`);
