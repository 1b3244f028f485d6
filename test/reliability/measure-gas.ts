// Measures the add-on's 统计汇总 on one household register in the Apps Script emulator: virtual time by
// the emulator's cost model (service calls, cells read and written), this machine's wall time, and the
// core alone. The numbers behind MAX_CELLS_PER_RUN (README, "Reliability"):
//   node --max-old-space-size=7000 --import tsx test/reliability/measure-gas.ts 333332 [--worst]
// --worst: no household verified yet, so every row is written back to 待跟进 (the most a run writes).
import { ADDON_DIR, buildAddon } from '../../src/build/addon.ts';
import { createEmulator, loadBundle } from '../gas/emulator/index.ts';
import { tallyWorkbook } from '../../lib/result.ts';
import type { Cell } from '../../lib/cells/result.ts';

const worst = process.argv.includes('--worst');

function register(n: number): Cell[][] {
  const rows: Cell[][] = [
    ['工作组', '小区', '楼号', '单元', '门牌号', '户主姓名', '联系电话', '常住人数', '核查状态', '走访次数', '最近走访', '备注'],
  ];
  for (let i = 0; i < n; i++) {
    rows.push([
      `第${(i % 4) + 1}组`,
      `小区${i % 7}`,
      1 + (i % 30),
      1 + (i % 3),
      `${100 + (i % 997)}-${Math.floor(i / 997)}`,
      `住户${i % 5000}`,
      `138${String(10000000 + i).slice(-8)}`,
      1 + (i % 5),
      worst || i % 5 === 0 ? '敲不开门' : '入户登记',
      1 + (i % 3),
      new Date(Date.UTC(2020, 1, 1 + (i % 3))),
      i % 11 === 0 ? '晚上有灯' : '',
    ]);
  }
  return rows;
}

await buildAddon();
for (const n of (process.argv[2] ?? '100000').split(',').map(Number)) {
  const values = register(n);
  let t = performance.now();
  tallyWorkbook([{ name: '住户登记', values }], { asOf: '2020-02-03' });
  const coreMs = performance.now() - t;
  const emu = createEmulator({ spreadsheet: { locale: 'zh_CN', sheets: [{ name: '住户登记', values, maxColumns: 12 }] } });
  const rt = loadBundle(ADDON_DIR, emu);
  rt.onOpen({ authMode: 'LIMITED' });
  emu.resetCalls();
  t = performance.now();
  rt.clickMenu('统计汇总');
  const wallMs = performance.now() - t;
  process.stdout.write(
    `${JSON.stringify({
      rows: n,
      cells: values.length * 12,
      worst,
      virtualMs: Math.round(emu.elapsedMs()),
      wallMs: Math.round(wallMs),
      coreMs: Math.round(coreMs),
      alerts: emu.ui.alerts.length,
      cellsInSpreadsheet: emu.snapshot().sheets.reduce((s, x) => s + x.maxRows * x.maxColumns, 0),
    })}\n`,
  );
}
