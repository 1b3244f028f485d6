// The visit log in every adapter: the story's log gives one result through the library on grids, the
// CLI on an .xlsx file, the CLI on a Google spreadsheet (Sheets API emulator) and Paicha.tallyWorkbook
// in Apps Script (the built bundle in its emulator).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { visitLogRows } from '../../examples/visits.ts';
import { tallyWorkbook } from '../../lib/index.ts';
import type { TallyResult } from '../../lib/result.ts';
import { runCli as runRemote, writeXlsx, type XlsxCell, useSheetsEmulator } from '../google/helpers.ts';
import { useBuiltBundle } from './bundle.ts';
import { createEmulator, loadScripts } from './emulator/index.ts';

const dir = useBuiltBundle();
const AS_OF = '2020-01-30T19:00';
// A register of three of the story's dwellings beside the log, and one the log never names.
const REGISTER: XlsxCell[][] = [
  ['小区', '楼号', '单元', '门牌号', '核查状态'],
  ['东湖新村', 1, 1, '101', ''],
  ['东湖新村', 1, 1, '102', '敲不开门'],
  ['纺织厂宿舍', 1, 1, '101', '入户登记'],
  ['纺织厂宿舍', 9, 1, '101', ''],
];
const LOG = visitLogRows() as XlsxCell[][];
const sheets = [
  { name: '住户登记', values: REGISTER },
  { name: '走访记录', values: LOG },
];

describe('one visit log, one result in every adapter', () => {
  const google = useSheetsEmulator();

  it('library, .xlsx, Google spreadsheet and Apps Script give the same visits and households', async () => {
    const lib = tallyWorkbook(sheets, { asOf: AS_OF });
    expect(lib.visits!.byDay.map((d) => d.date)).toEqual(['2020-01-29', '2020-01-30']);
    expect(lib.visits!.byDay[0]!.verified).toBe(499);
    expect(lib.households.total).toBe(4);

    await writeXlsx(join(google.dir, 'log.xlsx'), sheets);
    const file = JSON.parse(
      (await runRemote(google.emu, ['tally', 'log.xlsx', '--json', '--as-of', AS_OF, '--out', 'a.paicha.xlsx'], { cwd: google.dir }))
        .stdout,
    ) as TallyResult;
    const id = google.emu.createSpreadsheet({ title: '走访', sheets: sheets.map((s) => ({ title: s.name, values: s.values })) });
    const remote = JSON.parse(
      (await runRemote(google.emu, ['tally', id, '--json', '--as-of', AS_OF, '--out', 'b.paicha.xlsx'], { cwd: google.dir })).stdout,
    ) as TallyResult;

    const gas = createEmulator({ spreadsheet: { locale: 'zh_CN', sheets: sheets.map((s) => ({ name: s.name, values: s.values })) } });
    const caller = [
      {
        name: 'Code.js',
        code: `function run() { var sheets = SpreadsheetApp.getActiveSpreadsheet().getSheets().map(function (s) { return { name: s.getName(), values: s.getDataRange().getValues() }; }); return JSON.stringify(Paicha.tallyWorkbook(sheets, { asOf: '${AS_OF}' })); }`,
      },
    ];
    const viaLibrary = JSON.parse(loadScripts(caller, gas, { libraries: { Paicha: dir } }).call('run') as string) as TallyResult;

    const project = (r: TallyResult) => ({ visits: r.visits, households: r.households, problems: r.problems.byCode });
    const expected = JSON.parse(JSON.stringify(project(lib)));
    expect(project(file)).toEqual(expected);
    expect(project(remote)).toEqual(expected);
    expect(project(viaLibrary)).toEqual(expected);
  });
});
