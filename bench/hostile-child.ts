// One measurement of bench/hostile.ts, in a child process under a 1 GB heap
// (node --max-old-space-size=1024 --expose-gc --import tsx bench/hostile-child.ts MODE ARGS...):
//   run ARGS...   `paicha ARGS...` as the CLI runs it (output captured), then its exit code, time, peak RSS
//   phases FILE   read, tally and write FILE one phase at a time, with the memory after each
// Prints JSON lines on stdout: the result last (in phases mode, one line per phase as it ends before it).
import v8 from 'node:v8';
import { tallyCommand } from '../src/commands/tally.ts';
import { MemoryWorkbook } from '../src/memory-workbook.ts';
import { main } from '../src/node/cli/main.ts';
import { nodeIo } from '../src/node/cli/io.ts';
import { nodeGbkEncoder } from '../src/node/files/gbk.ts';
import { readWorkbookFile } from '../src/node/files/read-workbook.ts';
import { writeGeneratedXlsx } from '../src/node/files/write-xlsx.ts';
import { gc, mb, round } from './measure.ts';

const [mode, ...args] = process.argv.slice(2);
const rssMB = () => round(process.resourceUsage().maxRSS / 1024);

if (mode === 'run') {
  let said = '';
  const sink = { isTTY: false, write: (t: string) => void (said.length < 4000 && (said += t)) };
  const started = performance.now();
  const code = await main(args, nodeIo({ stdout: sink, stderr: sink }));
  process.stdout.write(
    `${JSON.stringify({ code, seconds: round((performance.now() - started) / 1000, 2), peakRssMB: rssMB(), said: said.slice(0, 300) })}\n`,
  );
} else if (mode === 'phases') {
  const phases: { phase: string; seconds: number; heapAfterGcMB: number; peakHeapMB: number; peakRssMB: number }[] = [];
  // The most the heap held between collections during a phase: V8's statistics before every GC.
  const measure = async <T>(phase: string, work: () => T | Promise<T>): Promise<T> => {
    gc();
    const profiler = new v8.GCProfiler();
    profiler.start();
    const started = performance.now();
    const out = await work();
    const seconds = round((performance.now() - started) / 1000, 2);
    const stats = profiler.stop();
    const before = stats.statistics.map((s) => s.beforeGC.heapStatistics.usedHeapSize);
    const peakHeap = Math.max(process.memoryUsage().heapUsed, ...before);
    gc();
    const done = { phase, seconds, heapAfterGcMB: mb(process.memoryUsage().heapUsed), peakHeapMB: mb(peakHeap), peakRssMB: rssMB() };
    phases.push(done);
    // Each phase on its own line as it ends: a phase that runs out of heap still leaves the ones before.
    process.stdout.write(`${JSON.stringify({ phase: done })}\n`);
    return out;
  };
  const file = await measure('read', () => readWorkbookFile(args[0]!));
  const wb = new MemoryWorkbook(file.sheets, []);
  const rows = file.sheets.reduce((n, s) => n + s.values.length, 0);
  const { result } = await measure('tally and render', () =>
    tallyCommand(wb, { asOf: '2020-02-03', tzOffsetMinutes: 0, encodeGbk: nodeGbkEncoder() }),
  );
  const output = wb.output();
  await measure('write', () => writeGeneratedXlsx(args[1]!, output));
  const outputRows = Object.fromEntries(output.map((s) => [s.name, s.values.length]));
  process.stdout.write(`${JSON.stringify({ rows, households: result.households.total, outputRows, phases })}\n`);
} else {
  process.stderr.write('usage: hostile-child.ts run ARGS... | phases FILE OUT\n');
  process.exitCode = 2;
}
