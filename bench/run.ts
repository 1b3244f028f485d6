// `npm run bench [-- --quick] [-- --check] [-- --out FILE] [-- --only xlsx]`: every measurement of issue 6 in one run
// (--only xlsx: the .xlsx section alone, into bench/results.xlsx.json).
// Prints a table, writes bench/results.json (keys in bench/README.md), and with --check exits 1 when a
// budget of DESIGN.md is missed. --quick uses small sizes, for development only: its results are not
// the budgets' and go to bench/results.local.json (ignored by git).
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measureBundle, measureTallyAll } from './apps-script.ts';
import { budgets, xlsxBudgets, type Budget } from './budgets.ts';
import { progress, round } from './measure.ts';
import { machine, type Results, type XlsxOnlyResults } from './results.ts';
import { measureSheetsApi } from './sheets-api.ts';
import { measureTally } from './tally.ts';
import { measureXlsx, type XlsxResult } from './xlsx.ts';

const SIZES = {
  full: {
    tallyRows: 1_000_000,
    tallyRuns: 5,
    warmupRows: 20_000,
    gas: [1_000, 100_000],
    xlsxRows: 100_000,
    xlsxRuns: 5,
    sheets: [1_000, 100_000],
  },
  quick: {
    tallyRows: 100_000,
    tallyRuns: 2,
    warmupRows: 10_000,
    gas: [1_000, 10_000],
    xlsxRows: 10_000,
    xlsxRuns: 3,
    sheets: [1_000, 10_000],
  },
} as const;

const { values: args } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    out: { type: 'string' },
    only: { type: 'string' },
  },
});
const mode = args.quick ? 'quick' : 'full';
const size = SIZES[mode];
const started = performance.now();

if (args.only !== undefined) {
  if (args.only !== 'xlsx') throw new Error(`bench: --only takes xlsx, not ${args.only}`);
  const xlsx = await measureXlsx(size.xlsxRows, size.xlsxRuns);
  const only: XlsxOnlyResults = {
    mode,
    date: new Date().toISOString(),
    durationSeconds: Math.round((performance.now() - started) / 1000),
    machine: machine(),
    xlsx,
  };
  only.budgets = xlsxBudgets(only);
  process.stdout.write(xlsxTable(only));
  const file = args.out ?? fileURLToPath(new URL(mode === 'full' ? './results.xlsx.json' : './results.xlsx.local.json', import.meta.url));
  await writeFile(file, `${JSON.stringify(only, null, 2)}\n`);
  process.stdout.write(`\nwrote ${file}\n`);
  if (args.check && only.budgets.some((b) => b.ok === false)) process.exitCode = 1;
  process.exit();
}

progress(`paicha bench (${mode}): validate + tally in a child process with a 2 GB heap`);
const tally = await measureTally({ rows: size.tallyRows, runs: size.tallyRuns, warmupRows: size.warmupRows });
progress('Apps Script bundle');
const bundle = await measureBundle();
const appsScript = measureTallyAll(size.gas[0], size.gas[1]);
const xlsx = await measureXlsx(size.xlsxRows, size.xlsxRuns);
const sheetsApi = await measureSheetsApi(size.sheets[0], size.sheets[1]);

const results: Results = {
  mode,
  date: new Date().toISOString(),
  durationSeconds: Math.round((performance.now() - started) / 1000),
  machine: machine(),
  tally,
  appsScript,
  bundle,
  xlsx,
  sheetsApi,
};
results.budgets = budgets(results);

process.stdout.write(table(results));
const out = args.out ?? fileURLToPath(new URL(mode === 'full' ? './results.json' : './results.local.json', import.meta.url));
await writeFile(out, `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`\nwrote ${out}\n`);
const missed = results.budgets.filter((b) => b.ok === false);
if (args.check && missed.length > 0) {
  process.stderr.write(`\nbudgets missed: ${missed.map((b) => b.id).join(', ')}\n`);
  process.exitCode = 1;
}

function table(r: Results): string {
  const n = (x: number) => x.toLocaleString('en');
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const x = (ratio: number) => `${ratio.toFixed(2)}×`;
  const rows: [string, string][] = [];
  const section = (title: string) => rows.push([`\n${title}`, '']);
  const t = r.tally;
  for (const [label, input] of [
    ['clean', t.clean],
    ['problem-heavy, 2 problems a row', t.problems],
  ] as const) {
    section(`validate + tally, ${n(t.rows)} household rows (${label})`);
    rows.push(['  core: tallyWorkbook', `${s(input.core.medianMs)}  ${n(input.core.rowsPerSecond)} rows/s`]);
    rows.push(['  hand-written loop', `${s(input.hand.medianMs)}  ${n(input.hand.rowsPerSecond)} rows/s`]);
    rows.push(['  zod safeParse per row', `${s(input.zod.medianMs)}  ${n(input.zod.rowsPerSecond)} rows/s`]);
    rows.push(['  core faster than zod', x(input.zodVsCore)]);
    rows.push(['  core slower than the hand loop', x(input.coreVsHand)]);
    if (!input.agree) rows.push(['  !! the three paths counted differently', '']);
  }
  rows.push(['  slowdown on problem-heavy input (core, hand, zod)', `${x(t.slowdown.core)}, ${x(t.slowdown.hand)}, ${x(t.slowdown.zod)}`]);
  rows.push([
    `  peak heapUsed, ${n(t.memory.heapLimitMB)} MB heap limit`,
    `${n(t.memory.peakHeapUsedMB)} MB (the grid alone ${n(t.memory.gridHeapMB)} MB)`,
  ]);
  rows.push(['  peak RSS', `${n(t.memory.peakRssMB)} MB`]);
  section('Apps Script add-on (emulator)');
  for (const run of [r.appsScript.small, r.appsScript.large]) {
    rows.push([`  tallyAll, ${n(run.rows)} rows: SpreadsheetApp calls`, `${run.spreadsheetAppCalls} (all services ${run.allCalls})`]);
    rows.push(['    virtual time (cost model), wall time', `${s(run.virtualMs)}, ${s(run.wallMs)}`]);
  }
  rows.push(['  bundle minified, gzipped', `${round(r.bundle.minifiedBytes / 1024)} KB, ${round(r.bundle.gzippedBytes / 1024)} KB`]);
  rows.push([
    '  readable files pasted and pushed',
    Object.entries(r.bundle.readableBytes ?? {})
      .map(([f, b]) => `${f} ${round(b / 1024)} KB`)
      .join(', '),
  ]);
  rows.push(...xlsxRows(r.xlsx));
  section('Sheets API (loopback emulator), paicha tally --write');
  for (const run of [r.sheetsApi.small, r.sheetsApi.large])
    rows.push([`  ${n(run.rows)} rows: requests`, `${run.requests} (${run.kinds.join(', ')})`]);
  section('budgets (DESIGN.md)');
  for (const b of r.budgets ?? []) rows.push([`  ${b.ok === null ? '–' : b.ok ? 'ok' : 'MISSED'}  ${b.id}`, `${fmt(b)}  (${b.limit})`]);
  const width = Math.max(...rows.map(([a]) => a.replace('\n', '').length)) + 2;
  const head = `paicha bench (${r.mode}) — ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGB} GB, Node ${r.machine.node}, ${r.durationSeconds} s\n`;
  return `${head}${rows.map(([a, b]) => (b === '' ? a : `${a.padEnd(width)}${b}`)).join('\n')}\n`;
}

function fmt(b: Budget): string {
  const value = typeof b.value === 'boolean' ? (b.value ? 'equal' : 'differ') : String(b.value);
  return b.ok === null ? `${value}, not judged at --quick sizes` : value;
}

function xlsxRows(x: XlsxResult): [string, string][] {
  const n = (v: number) => v.toLocaleString('en');
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  return [
    [`\nCLI on a ${n(x.rows)}-row .xlsx (${round(x.fileBytes / 1e6)} MB)`, ''],
    ['  ExcelJS alone: readFile', s(x.exceljs.medianMs)],
    ['  paicha tally --json: read + tally', `${s(x.json.medianMs)}  (${x.jsonRatio.toFixed(2)}× ExcelJS)`],
    ['  paicha tally: read + tally + write the summary', `${s(x.cli.medianMs)}  (${x.ratio.toFixed(2)}× ExcelJS)`],
    ["  same tally as from ExcelJS's grids", x.sameResult ? 'yes' : 'NO'],
    [
      `  writing the summary alone (${n(x.writers.rows)} rows): paicha, ExcelJS stream, ExcelJS document`,
      `${s(x.writers.own.medianMs)}, ${s(x.writers.exceljsStream.medianMs)}, ${s(x.writers.exceljsDocument.medianMs)}`,
    ],
    [
      '  peak RSS: tally, tally --json, tally under a 1 GB heap',
      `${n(x.peakRssMB.tally)} MB, ${n(x.peakRssMB.tallyJson)} MB, ${n(x.peakRssMB.heap1GB)} MB`,
    ],
  ];
}

function xlsxTable(r: XlsxOnlyResults): string {
  const rows = xlsxRows(r.xlsx);
  rows.push(['\nbudgets (DESIGN.md)', '']);
  for (const b of r.budgets ?? []) rows.push([`  ${b.ok === null ? '–' : b.ok ? 'ok' : 'MISSED'}  ${b.id}`, `${fmt(b)}  (${b.limit})`]);
  const width = Math.max(...rows.map(([a]) => a.replace('\n', '').length)) + 2;
  const head = `paicha bench --only xlsx (${r.mode}) — ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGB} GB, Node ${r.machine.node}, ${r.durationSeconds} s\n`;
  return `${head}${rows.map(([a, b]) => (b === '' ? a : `${a.padEnd(width)}${b}`)).join('\n')}\n`;
}
