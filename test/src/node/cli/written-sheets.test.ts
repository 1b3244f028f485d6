import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkbookFile } from '../../../../src/node/files/read-workbook.ts';
import { runCli, tempDir, writeXlsx } from '../../../helpers/cli.ts';

const ledger = [
  ['日期', '捐赠人', '类别', '金额'],
  ['2020-02-01', '甲公司', '捐款', 1000],
  ['2020-02-03', '', '捐款', 500], // a donor missing: an error, so there is a problem to mention
];

describe('a donation ledger alone', () => {
  it('got an empty 汇总-住户 and 待跟进: now only the donation sheets, 问题清单 and 日报 are written', async () => {
    const dir = await tempDir();
    await writeXlsx(join(dir, 'ledger.xlsx'), [{ name: '捐款', values: ledger }]);
    const run = await runCli(['tally', 'ledger.xlsx', '--as-of', '2020-02-03'], dir);
    expect(run.code).toBe(1);
    const out = await readWorkbookFile(join(dir, 'ledger.paicha.xlsx'));
    expect(out.sheets.map((s) => s.name)).toEqual(['汇总-捐赠', '公示-捐赠', '问题清单', '日报']);
    expect(run.stdout).toContain('汇总-捐赠、公示-捐赠、问题清单、日报');
  });

  it('`report` was headed as a household report and pointed to 问题清单, which it never writes', async () => {
    const dir = await tempDir();
    await writeXlsx(join(dir, 'ledger.xlsx'), [{ name: '捐款', values: ledger }]);
    const run = await runCli(['report', 'ledger.xlsx', '--as-of', '2020-02-03'], dir);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe('【捐赠日报】2020-02-03');
    expect(run.stdout).not.toContain('排查');
    expect(run.stdout).not.toContain('问题清单');
    expect(run.stdout).toContain('数据问题：错误 1 个，警告 0 个。');
  });

  it('a household register still gets its report heading, and tally’s 日报 sheet points at the 问题清单 beside it', async () => {
    const dir = await tempDir();
    await writeXlsx(join(dir, 'reg.xlsx'), [
      {
        name: '住户',
        values: [
          ['小区', '楼号', '门牌号', '核查状态'],
          ['金都', '1', '101', '入户登记'],
          ['金都', '1', '', '入户登记'],
        ],
      },
    ]);
    const report = await runCli(['report', 'reg.xlsx', '--as-of', '2020-02-03'], dir);
    expect(report.stdout.split('\n')[0]).toBe('【排查日报】2020-02-03');
    await runCli(['tally', 'reg.xlsx', '--as-of', '2020-02-03'], dir);
    const out = await readWorkbookFile(join(dir, 'reg.paicha.xlsx'));
    expect(out.sheets.map((s) => s.name)).toEqual(['汇总-住户', '待跟进', '问题清单', '日报']);
    expect(
      out.sheets
        .find((s) => s.name === '日报')!
        .values.flat()
        .join('\n'),
    ).toContain('详见“问题清单”');
  });
});
