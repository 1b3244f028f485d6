// Read time of a 100,000-row × 12-column .xlsx: ExcelJS alone against readXlsx, on both paths.
// Run: node --expose-gc --import tsx test/src/node/files/bench-read.ts [rows]   (not in `npm test`: it takes minutes)
// Each run starts after a full GC (when exposed) and the order rotates, so no run pays for another's garbage.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readXlsx } from '../../../../src/node/files/read-xlsx.ts';

const ROWS = Number(process.argv[2] ?? 100_000);
const RUNS = 5;
const STATUSES = ['入户登记', '电话登记', '敲不开门', '不在家', '无人居住', '空置'];

async function writeFixture(path: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet('住户登记');
  ws.addRow(['工作组', '小区', '楼号', '单元', '门牌号', '户主姓名', '联系电话', '常住人数', '核查状态', '走访次数', '最近走访', '备注']).commit();
  for (let i = 0; i < ROWS; i++) {
    const row = ws.addRow([
      `第${(i % 4) + 1}组`,
      `金都小区${i % 4}`,
      (i % 12) + 1,
      `${(i % 3) + 1}单元`,
      String(101 + (i % 600)).padStart(4, '0'),
      `住户${i}`,
      `138${String(i).padStart(8, '0')}`,
      (i % 5) + 1,
      STATUSES[i % STATUSES.length],
      i % 4,
      new Date(Date.UTC(2020, 1, 1 + (i % 28))),
      i % 10 === 0 ? '晚上看灯光' : '',
    ]);
    row.getCell(11).numFmt = 'yyyy-mm-dd';
    row.commit();
  }
  ws.commit();
  await wb.commit();
}

const exceljsDocument = async (path: string): Promise<void> => {
  await new ExcelJS.Workbook().xlsx.readFile(path);
};
const exceljsStream = async (path: string): Promise<void> => {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit' });
  for await (const sheet of reader) for await (const row of sheet) void row;
};
const paichaDocument = async (path: string): Promise<void> => void (await readXlsx(path, { stream: false }));
const paichaStream = async (path: string): Promise<void> => void (await readXlsx(path, { stream: true }));

const gc = (globalThis as { gc?: () => void }).gc;

async function time(run: (path: string) => Promise<void>, path: string): Promise<number> {
  gc?.();
  const start = performance.now();
  await run(path);
  return performance.now() - start;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const dir = await mkdtemp(join(tmpdir(), 'paicha-bench-'));
try {
  const path = join(dir, 'households.xlsx');
  await writeFixture(path);
  console.log(`${ROWS} rows × 12 columns, ${((await stat(path)).size / 1e6).toFixed(1)} MB`);
  const readers: [string, (path: string) => Promise<void>][] = [
    ['ExcelJS document', exceljsDocument],
    ['readXlsx document', paichaDocument],
    ['ExcelJS stream', exceljsStream],
    ['readXlsx stream', paichaStream],
  ];
  const runs: Record<string, number[]> = Object.fromEntries(readers.map(([name]) => [name, []]));
  for (let i = 0; i < RUNS * readers.length; i++) {
    const [name, run] = readers[(i + Math.floor(i / readers.length)) % readers.length]!;
    runs[name]!.push(await time(run, path));
  }
  if (gc === undefined) console.log('(run with node --expose-gc for fairer numbers)');
  for (const [name, ms] of Object.entries(runs)) console.log(`${name.padEnd(18)} median ${median(ms).toFixed(0)} ms  (${ms.map((m) => m.toFixed(0)).join(', ')})`);
  const base = median(runs['ExcelJS document']!);
  console.log(`readXlsx document / ExcelJS document = ${(median(runs['readXlsx document']!) / base).toFixed(2)}`);
  console.log(`readXlsx stream   / ExcelJS document = ${(median(runs['readXlsx stream']!) / base).toFixed(2)}`);
  console.log(`readXlsx stream   / ExcelJS stream   = ${(median(runs['readXlsx stream']!) / median(runs['ExcelJS stream']!)).toFixed(2)}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
