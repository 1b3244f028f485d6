// The CLI on a Google spreadsheet, through the real googleapis client against the loopback emulator.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TallyResult } from '../../lib/result.ts';
import { readWorkbookFile } from '../../src/node/files/read-workbook.ts';
import type { SeedValue, Spreadsheet } from './emulator/index.ts';
import { runCli, writeXlsx, type XlsxCell, useSheetsEmulator } from './helpers.ts';

const day = (m: number, d: number): Date => new Date(Date.UTC(2020, m - 1, d));
const IMPORT = '=IMPORTXML("http://x","//a")';

// Both scripts, Chinese numerals, a phone typed as a number, a duplicate dwelling, a visit dated
// after the as-of day, a date typed as text, and a compound whose name looks like a formula.
const REGISTER: XlsxCell[][] = [
  ['工作组', '小区', '楼号', '单元', '门牌号', '户主姓名', '联系电话', '常住人数', '核查状态', '走访次数', '最近走访', '备注'],
  ['第一组', '金都小区', '十二号楼', 1, '301', '王伟', '138 1234 5678', 3, '入户登记', 1, day(2, 1), ''],
  ['第一组', '金都小區', '12#', '1单元', 302, '李芳', 13900001111, 2, '電話登記', 1, day(2, 2), ''],
  ['第一组', '金都小区', '12栋', '1', '303', '', '', null, '敲不开门', 2, day(2, 2), '晚上有灯'],
  ['第二组', '银杏苑', '3号楼', '', '101', '刘洋', '', 1, '不在家', 1, day(2, 9), ''],
  ['第二组', IMPORT, '1', '', '101', '', '', null, '空置', 1, '2020/2/1', ''],
  ['第二组', '金都小区', '12', '1', '301', '王伟', '13812345678', 3, '入户登记', 1, day(2, 1), ''],
];

const GENERATED = ['汇总-住户', '待跟进', '问题清单', '日报'];

describe('tally, check and report on a Google spreadsheet', () => {
  const google = useSheetsEmulator();

  const seedRegister = (extra: { title: string; values?: SeedValue[][]; developerMetadata?: { key: string }[] }[] = []): string =>
    google.emu.createSpreadsheet({
      title: '金都社区排查',
      sheets: [
        { title: '住户登记', values: REGISTER, frozenRowCount: 1 },
        {
          title: '说明',
          values: [
            ['填表说明', { formula: '=SUM(1,2)', value: 3 }],
            ['日期', day(2, 1)],
          ],
        },
        ...extra,
      ],
    });

  it('gives the same --json from the spreadsheet as from the same data in an .xlsx file', async () => {
    await writeXlsx(join(google.dir, 'register.xlsx'), [
      { name: '住户登记', values: REGISTER },
      {
        name: '说明',
        values: [
          ['填表说明', 3],
          ['日期', day(2, 1)],
        ],
      },
    ]);
    const id = seedRegister();
    const file = await runCli(google.emu, ['tally', 'register.xlsx', '--json', '--as-of', '2020-02-03', '--out', 'file.paicha.xlsx'], {
      cwd: google.dir,
    });
    const remote = await runCli(google.emu, ['tally', id, '--json', '--as-of', '2020-02-03', '--out', 'remote.paicha.xlsx'], {
      cwd: google.dir,
    });
    expect(remote.stderr).toBe('');
    expect([file.code, remote.code]).toEqual([1, 1]);
    const r = JSON.parse(remote.stdout) as TallyResult;
    expect(r).toEqual(JSON.parse(file.stdout));
    expect(r.households).toMatchObject({ total: 5, verified: 3 });
    expect(r.problems.byCode.duplicate).toBe(1);
    expect(r.problems.items.some((p) => p.row === 5 && p.column === 'K')).toBe(true); // after the as-of day
    // Without --write the spreadsheet is only read: a get and a batchGet.
    expect(google.emu.kindsFor(id)).toEqual(['get', 'values.batchGet']);
    const out = await readWorkbookFile(join(google.dir, 'remote.paicha.xlsx'));
    expect(out.sheets.map((s) => s.name)).toEqual(GENERATED);
  });

  it('merged 小区/楼号 cells: the rows under a merge are counted, as in the bound spreadsheet', async () => {
    const id = google.emu.createSpreadsheet({
      title: '合并单元格',
      sheets: [
        {
          title: '住户登记',
          values: [
            ['小区', '楼号', '门牌号', '核查状态'],
            ['金都小区', '1号楼', '101', '入户登记'],
            [null, null, '102', '敲不开门'],
            [null, '2号楼', '201', '入户登记'],
          ],
          merges: ['A2:A4', 'B2:B3'],
        },
      ],
    });
    const run = await runCli(google.emu, ['tally', id, '--json', '--as-of', '2020-02-03'], { cwd: google.dir });
    const r = JSON.parse(run.stdout) as TallyResult;
    expect(r.problems.byCode.required ?? 0).toBe(0);
    expect(r.households.byBuilding.map((b) => [b.compound, b.building, b.total])).toEqual([
      ['金都小区', '1', 2],
      ['金都小区', '2', 1],
    ]);
    // The merged areas come with the sheet list: still one get and one batchGet.
    expect(google.emu.kindsFor(id)).toEqual(['get', 'values.batchGet']);
  });

  it('writes a local <title>.paicha.xlsx by default, and accepts a URL', async () => {
    const id = seedRegister();
    const url = `https://docs.google.com/spreadsheets/d/${id}/edit?usp=sharing#gid=0`;
    const run = await runCli(google.emu, ['report', url, '--as-of', '2020-02-03'], { cwd: google.dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('60.0%');
    const tally = await runCli(google.emu, ['tally', url], { cwd: google.dir });
    expect(tally.stdout).toContain(join(google.dir, '金都社区排查.paicha.xlsx'));
    expect((await readWorkbookFile(join(google.dir, '金都社区排查.paicha.xlsx'))).sheets.map((s) => s.name)).toEqual(GENERATED);
    expect(google.emu.sheetTitles(id)).toEqual(['住户登记', '说明']);
  });

  it('--write adds marked sheets, keeps every user cell, and keeps formula-like text literal', async () => {
    const id = seedRegister();
    const before = google.emu.snapshot(id);
    google.emu.clearRequests();
    const run = await runCli(google.emu, ['tally', id, '--write', '--as-of', '2020-02-03'], { cwd: google.dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`→ 金都社区排查 (https://docs.google.com/spreadsheets/d/${id}/edit): ${GENERATED.join('、')}`);
    expect(google.emu.requests().map((q) => q.kind)).toEqual(['get', 'values.batchGet', 'batchUpdate', 'values.batchUpdate']);
    const batch = google.emu.requests()[3];
    expect(batch?.detail).toEqual(GENERATED.map((n) => `'${n}'!A1`));

    const after = google.emu.snapshot(id);
    expect(after.sheets.map((s) => s.title)).toEqual(['住户登记', '说明', ...GENERATED]);
    expect(after.sheets.slice(0, 2)).toEqual(before.sheets);
    const marked = after.developerMetadata.filter((m) => m.metadataKey === 'paicha.generated');
    expect(marked.map((m) => [after.sheets.find((s) => s.sheetId === m.location?.sheetId)?.title, m.visibility])).toEqual(
      GENERATED.map((n) => [n, 'DOCUMENT']),
    );

    // The compound named like a formula is text in the summary, and no generated cell is a formula.
    expect(google.emu.getSheetValues(id, '汇总-住户').some((r) => r.includes(IMPORT))).toBe(true);
    for (const name of GENERATED)
      expect(
        google.emu
          .getSheetFormulas(id, name)
          .flat()
          .every((f) => f === null),
      ).toBe(true);

    const summary = after.sheets.find((s) => s.title === '汇总-住户')!;
    expect(summary.frozenRowCount).toBe(1);
    expect(summary.charts.map((c) => [c.spec?.title, c.spec?.basicChart?.chartType])).toEqual([['登记率 · 小区', 'BAR']]);
    const rateColumn = google.emu.getSheetValues(id, '汇总-住户')[0]!.indexOf('登记率');
    expect(summary.cells[1]?.[rateColumn]?.format).toEqual({ type: 'PERCENT', pattern: '0.0%' });

    // 问题清单 links each problem to its cell, by the sheet's gid; the label stays literal text.
    const problems = google.emu.getSheetValues(id, '问题清单');
    const dup = problems.findIndex((r) => r.includes('duplicate'));
    expect(problems[dup]?.[3]).toBe('E7');
    expect(google.emu.getCell(id, '问题清单', `D${dup + 1}`)).toEqual({ value: 'E7', link: '#gid=0&range=E7' });
    const follow = google.emu.getSheetValues(id, '待跟进');
    expect(follow[1]?.[9]).toBe('住户登记!A4');
    expect(google.emu.getCell(id, '待跟进', 'J2')?.link).toBe('#gid=0&range=A4');
  });

  it('a second --write rewrites its own sheets identically, in the same four requests', async () => {
    const id = seedRegister();
    const args = ['tally', id, '--write', '--as-of', '2020-02-03'];
    await runCli(google.emu, args, { cwd: google.dir });
    const first = generated(google.emu.snapshot(id));
    google.emu.clearRequests();
    const again = await runCli(google.emu, args, { cwd: google.dir });
    expect(again.stderr).toBe('');
    expect(google.emu.requests().map((q) => q.kind)).toEqual(['get', 'values.batchGet', 'batchUpdate', 'values.batchUpdate']);
    // Only the input sheets are read; paicha's own sheets are known by their marker.
    expect(google.emu.requests()[1]?.detail).toEqual(["'住户登记'!A1:Z1000", "'说明'!A1:Z1000"]);
    expect(generated(google.emu.snapshot(id))).toEqual(first);
    expect(google.emu.sheetTitles(id)).toEqual(['住户登记', '说明', ...GENERATED]);
  });

  it('refuses to overwrite a user sheet named 汇总-住户 and writes the others', async () => {
    const id = seedRegister([{ title: '汇总-住户', values: [['我们自己的汇总', 42]] }]);
    const run = await runCli(google.emu, ['tally', id, '--write', '--as-of', '2020-02-03'], { cwd: google.dir });
    expect(run.stderr).toContain('你自己的表“汇总-住户”与 paicha 生成的表同名；paicha 没有动它');
    expect(google.emu.getSheetValues(id, '汇总-住户')).toEqual([['我们自己的汇总', 42]]);
    expect(google.emu.sheetTitles(id)).toEqual(['住户登记', '说明', '汇总-住户', '待跟进', '问题清单', '日报']);
    expect(google.emu.snapshot(id).developerMetadata.map((m) => m.location?.sheetId)).not.toContain(
      google.emu.snapshot(id).sheets[2]?.sheetId,
    );
  });

  it('check --write writes only 问题清单; check without it writes nothing', async () => {
    const id = seedRegister();
    const dry = await runCli(google.emu, ['check', id, '--json'], { cwd: google.dir });
    expect(dry.code).toBe(1);
    expect(google.emu.sheetTitles(id)).toEqual(['住户登记', '说明']);
    const run = await runCli(google.emu, ['check', id, '--write', '--as-of', '2020-02-03'], { cwd: google.dir });
    expect(run.code).toBe(1);
    expect(google.emu.sheetTitles(id)).toEqual(['住户登记', '说明', '问题清单']);
    const onFile = await runCli(google.emu, ['check', 'register.xlsx', '--write', '--locale', 'en'], { cwd: google.dir });
    expect([onFile.code, onFile.stderr]).toEqual([2, expect.stringContaining('--write writes 问题清单 into a Google spreadsheet')]);
  });

  it('speaks the spreadsheet’s language and names sheets as the add-on would', async () => {
    const id = google.emu.createSpreadsheet({ title: '台', locale: 'zh_TW', sheets: [{ title: '住戶', values: REGISTER }] });
    await runCli(google.emu, ['tally', id, '--write', '--as-of', '2020-02-03'], { cwd: google.dir });
    expect(google.emu.sheetTitles(id)).toEqual(['住戶', '彙總-住戶', '待跟進', '問題清單', '日報']);
  });

  it('says clearly when the spreadsheet cannot be opened: 403, 404, 401, bad id', async () => {
    const denied = seedRegister();
    google.emu.denyAccess(denied);
    const no = await runCli(google.emu, ['tally', denied, '--json', '--locale', 'en'], { cwd: google.dir });
    expect(no.code).toBe(2);
    expect(no.stderr).toBe(
      `paicha tally: no access to spreadsheet ${denied}: share the spreadsheet with the Google account whose token is in GOOGLE_OAUTH_ACCESS_TOKEN (or use an account that can open it)\n`,
    );
    const missing = '1' + 'x'.repeat(43);
    const gone = await runCli(google.emu, ['check', missing, '--locale', 'en'], { cwd: google.dir });
    expect(gone.stderr).toBe(`paicha check: no spreadsheet with id ${missing}: check the id or URL\n`);
    // Said in the language asked for, zh-Hans by default.
    expect((await runCli(google.emu, ['check', missing], { cwd: google.dir })).stderr).toBe(
      `paicha check: 没有 ID 为 ${missing} 的表格：请检查 ID 或网址\n`,
    );
    expect((await runCli(google.emu, ['check', missing, '--locale', 'zh-Hant'], { cwd: google.dir })).stderr).toBe(
      `paicha check: 沒有 ID 為 ${missing} 的試算表：請檢查 ID 或網址\n`,
    );
    const anonymous = await runCli(google.emu, ['report', missing, '--locale', 'en'], {
      cwd: google.dir,
      env: { GOOGLE_OAUTH_ACCESS_TOKEN: '', GOOGLE_APPLICATION_CREDENTIALS: join(google.dir, 'none.json') },
    });
    expect(anonymous.stderr).toContain('not signed in to Google');
    const bad = await runCli(
      google.emu,
      ['tally', 'https://docs.google.com/spreadsheets/d/e/2PACX-1vQabcdefghijklmnopqrstuvwxyz/pubhtml', '--locale', 'en'],
      { cwd: google.dir },
    );
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('"published to the web" link')]);
  });

  it('retries 429 and 5xx with backoff, and does not repeat a batchUpdate whose connection dropped', async () => {
    const id = seedRegister();
    google.emu.clearRequests();
    google.emu.inject({ spreadsheetId: id, method: 'values.batchGet', status: 429, times: 2 });
    google.emu.inject({ spreadsheetId: id, method: 'values.batchUpdate', status: 503 });
    const ok = await runCli(google.emu, ['tally', id, '--write', '--json'], { cwd: google.dir });
    expect(ok.stderr).toBe('');
    expect(google.emu.requests().map((q) => `${q.kind} ${q.status}`)).toEqual([
      'get 200',
      'values.batchGet 429',
      'values.batchGet 429',
      'values.batchGet 200',
      'batchUpdate 200',
      'values.batchUpdate 503',
      'values.batchUpdate 200',
    ]);

    const other = seedRegister();
    google.emu.clearRequests();
    google.emu.inject({ spreadsheetId: other, method: 'batchUpdate', status: 'reset' });
    const dropped = await runCli(google.emu, ['tally', other, '--write', '--locale', 'en'], { cwd: google.dir });
    expect(dropped.code).toBe(2);
    expect(dropped.stderr).toContain('could not reach the Google Sheets API');
    expect(google.emu.requests().map((q) => q.kind)).toEqual(['get', 'values.batchGet', 'batchUpdate']);

    google.emu.inject({ spreadsheetId: other, method: 'get', status: 500, times: 10 });
    const down = await runCli(google.emu, ['report', other, '--locale', 'en'], { cwd: google.dir });
    expect(down.stderr).toContain('the Sheets API failed (500 Internal error encountered.) after 6 attempts');
    google.emu.clearFaults();
  });
});

/** The generated sheets of a snapshot, chart ids left out (a rewrite draws its chart anew). */
function generated(ss: Spreadsheet) {
  return ss.sheets.filter((s) => GENERATED.includes(s.title)).map((s) => ({ ...s, charts: s.charts.map(({ chartId: _, ...c }) => c) }));
}
