// Reliability of the Sheets API adapter (the CLI against the loopback emulator): formula injection,
// user sheets untouched by every command, no personal data in public sheets, mojibake found.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../lib/cells/result.ts';
import type { TallyResult } from '../../lib/result.ts';
import { cellsOf, personalLedger, scanPublic } from '../reliability/ledgers.ts';
import type { SeedValue, Spreadsheet } from './emulator/index.ts';
import { runCli, useSheetsEmulator } from './helpers.ts';

const INJECTIONS = ['=IMPORTXML("http://x","//a")', '+1', '-2', '@SUM(A1)', '=1+1', '-金都', '=HYPERLINK("http://x","点我")'];
const GENERATED = ['汇总-住户', '待跟进', '汇总-捐赠', '公示-捐赠', '问题清单', '日报'];

const asSeed = (values: readonly (readonly Cell[])[]): SeedValue[][] =>
  values.map((r) => r.map((c) => (c === undefined ? null : c)) as SeedValue[]);

describe('the Sheets API adapter', () => {
  const google = useSheetsEmulator();

  const households: Cell[][] = [['工作组', '小区', '楼号', '门牌号', '户主姓名', '核查状态', '备注']];
  const donations: Cell[][] = [['日期', '捐赠人', '类别', '金额', '物资名称', '数量', '折价', '流向']];
  INJECTIONS.forEach((t, i) => {
    households.push([t, t, i + 1, `${101 + i}`, t, '敲不开门', t]);
    donations.push(['2020-02-01', t, '捐款', 100 + i, '', '', '', t]);
    donations.push(['2020-02-02', `单位${i}`, '捐物', '', t, 10, 50, t]);
  });

  const seed = (): string =>
    google.emu.createSpreadsheet({
      title: '注入',
      sheets: [
        { title: '住户', values: asSeed(households) },
        { title: '捐款', values: asSeed(donations) },
        {
          title: '说明',
          values: [
            ['合计', { formula: '=SUM(1,2)', value: 3 }, '=不是公式'],
            ['日期', new Date(Date.UTC(2020, 1, 1)), null],
          ],
        },
      ],
    });

  it('writes every generated text RAW: a donor named =IMPORTXML(…) is text in 公示-捐赠, and no generated cell is a formula', async () => {
    const id = seed();
    google.emu.clearRequests();
    const run = await runCli(google.emu, ['tally', id, '--write', '--as-of', '2020-02-03'], { cwd: google.dir });
    expect(run.stderr).toBe('');
    expect(google.emu.sheetTitles(id)).toEqual(['住户', '捐款', '说明', ...GENERATED]);
    for (const name of GENERATED)
      expect(
        google.emu
          .getSheetFormulas(id, name)
          .flat()
          .filter((f) => f !== null),
        name,
      ).toEqual([]);
    const donors = google.emu.getSheetValues(id, '公示-捐赠').map((r) => r[1]);
    expect(donors).toEqual(expect.arrayContaining(INJECTIONS));
    expect(google.emu.getSheetValues(id, '汇总-住户').map((r) => r[1])).toContain('=IMPORTXML("http://x","//a")');
    expect(google.emu.requests().map((q) => q.kind)).toEqual(['get', 'values.batchGet', 'batchUpdate', 'values.batchUpdate']);
  });

  it('leaves user sheets as they were through every command, run twice', async () => {
    const id = seed();
    const users = (ss: Spreadsheet) => ss.sheets.filter((s) => !GENERATED.includes(s.title));
    const before = users(google.emu.snapshot(id));
    for (const args of [
      ['tally', id, '--write'],
      ['check', id, '--write'],
      ['report', id],
      ['tally', id, '--json'],
      ['check', id],
    ]) {
      for (let i = 0; i < 2; i++) {
        const run = await runCli(google.emu, [...args, '--as-of', '2020-02-03'], { cwd: google.dir });
        expect(run.stderr, args.join(' ')).toBe('');
        expect(users(google.emu.snapshot(id)), args.join(' ')).toEqual(before);
      }
    }
    expect(google.emu.getSheetFormulas(id, '说明')[0]).toEqual([null, '=SUM(1,2)', null]);
  });

  it('publishes no phone, ID or anonymous donor’s name', async () => {
    const { sheets, secrets } = personalLedger();
    const id = google.emu.createSpreadsheet({ title: '捐赠', sheets: sheets.map((s) => ({ title: s.name, values: asSeed(s.values) })) });
    await runCli(google.emu, ['tally', id, '--write', '--as-of', '2020-02-03'], { cwd: google.dir });
    expect(scanPublic('公示-捐赠', cellsOf(google.emu.getSheetValues(id, '公示-捐赠')), secrets, true)).toEqual([]);
    expect(scanPublic('日报', cellsOf(google.emu.getSheetValues(id, '日报')), secrets, false)).toEqual([]);
    const report = await runCli(google.emu, ['report', id, '--as-of', '2020-02-03'], { cwd: google.dir });
    expect(scanPublic('report', cellsOf(report.stdout.split('\n').map((l) => [l])), secrets, false)).toEqual([]);
  });

  it('finds mojibake in a spreadsheet someone filled from a mis-read CSV', async () => {
    const garble = (s: string) => iconv.decode(Buffer.from(s, 'utf8'), 'gbk');
    const values = households.slice(0, 1).concat([
      ['第一组', '金都小区', 1, '101', '王伟', '入户登记', ''],
      ['第一组', '银杏苑', 2, '201', '李芳', '入户登记', ''],
    ]);
    const id = google.emu.createSpreadsheet({
      title: '乱码',
      sheets: [{ title: '住户', values: asSeed(values.map((r) => r.map((c) => (typeof c === 'string' ? garble(c) : c)))) }],
    });
    const run = await runCli(google.emu, ['tally', id, '--json'], { cwd: google.dir });
    const r = JSON.parse(run.stdout) as TallyResult;
    expect(r.households.total).toBe(0);
    expect(
      r.problems.items
        .filter((p) => p.code === 'mojibake')
        .map((p) => p.message)
        .join('\n'),
    ).toContain('是否应为“小区”');
  });
});
