// Reliability of the add-on, run as Apps Script runs it (the built bundle in the emulator): formula
// injection, user cells never changed, no personal data in public sheets, cell-size and sheet-size
// limits, two runs at once, mojibake.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { exampleSheets } from '../../examples/workbook.ts';
import type { Cell } from '../../lib/cells/result.ts';
import { cellsOf, linesOf, personalLedger, scanPublic } from '../reliability/ledgers.ts';
import { openWithAddon, useBuiltBundle } from './bundle.ts';
import { EXECUTION_LIMIT_MS, Emulator, type SheetSeed, type SheetSnapshot, type SpreadsheetSeed } from './emulator/index.ts';

const dir = useBuiltBundle();
const GENERATED = ['汇总-住户', '待跟进', '汇总-捐赠', '公示-捐赠', '问题清单', '日报'];
// paicha's only formulas: a link to a cell of this spreadsheet, its label a quoted string.
const OWN_LINK = /^=HYPERLINK\("#gid=\d+&range=[A-Z]+\d+","(?:[^"]|"")*"\)$/;
const MAX_CELLS_PER_RUN = 4_000_000; // src/gas/spreadsheet-workbook.ts

const open = (seed: SpreadsheetSeed) => openWithAddon(dir, seed);

const seedOf = (sheets: readonly { name: string; values: readonly (readonly Cell[])[] }[], extra: SheetSeed[] = []): SpreadsheetSeed => ({
  locale: 'zh_CN',
  sheets: [...sheets.map((s) => ({ name: s.name, values: s.values })), ...extra],
});

const generatedIn = (emu: Emulator) => emu.snapshot().sheets.filter((s) => GENERATED.includes(s.name));

// Texts a spreadsheet would run as a formula (OWASP "CSV injection"), in every column that is shown.
const INJECTIONS = ['=IMPORTXML("http://x","//a")', '+1', '-2', '@SUM(A1)', '=1+1', '-金都', '+86 138', '=HYPERLINK("http://x","点我")'];

function injectedLedger(): Cell[][][] {
  const households: Cell[][] = [['工作组', '小区', '楼号', '单元', '门牌号', '户主姓名', '核查状态', '备注']];
  INJECTIONS.forEach((t, i) => households.push([t, t, i + 1, 1, `${101 + i}`, t, '敲不开门', t]));
  const donations: Cell[][] = [['日期', '捐赠人', '类别', '金额', '物资名称', '数量', '单位', '折价', '流向', '捐赠人类型', '界别']];
  INJECTIONS.forEach((t, i) => {
    donations.push(['2020-02-01', t, '捐款', 100 + i, '', '', '', '', t, t, t]);
    donations.push(['2020-02-02', `单位${i}`, '捐物', '', t, 10, t, 50, t, '', '']);
  });
  return [households, donations];
}

describe('the add-on never writes a formula a user typed', () => {
  it('every generated cell is a literal value; the only formulas are paicha’s own links', () => {
    const [households, donations] = injectedLedger();
    // A sheet whose name tries to close the link's label and open a formula of its own.
    const sneaky = '住户"),IMPORTXML("http://x';
    const { emu, rt } = open(
      seedOf([
        { name: sneaky, values: households! },
        { name: '捐款', values: donations! },
      ]),
    );
    rt.clickMenu('统计汇总');
    rt.clickMenu('检查数据');
    rt.clickMenu('日报');
    const sheets = generatedIn(emu);
    expect(sheets.map((s) => s.name).sort()).toEqual([...GENERATED].sort());
    const links = sheets.flatMap((s) => Object.values(s.formulas));
    expect(links.length).toBeGreaterThan(0);
    for (const f of links) expect(f).toMatch(OWN_LINK);
    for (const s of sheets) {
      for (const [r, row] of s.values.entries()) {
        row.forEach((v, c) => {
          if (typeof v === 'string' && /^[=+\-@\t\r]/.test(v))
            expect(s.formulas[`${String.fromCharCode(65 + c)}${r + 1}`], `${s.name} ${v}`).toBeUndefined();
        });
      }
    }
    const donors = emu.values('公示-捐赠').map((r) => r[1]);
    expect(donors).toEqual(expect.arrayContaining(INJECTIONS));
    expect(emu.values('汇总-住户').map((r) => r[1])).toContain('=IMPORTXML("http://x","//a")');
    expect(emu.values('待跟进').flat()).toEqual(expect.arrayContaining(['@SUM(A1)', '-金都', `${sneaky}!A2`]));
  });
});

/** A user sheet as the commands must leave it: values, formulas, notes, formats, size, frozen rows. */
const kept = ({ name, values, formulas, notes, formats, maxRows, maxColumns, frozenRows, hidden }: SheetSnapshot) => ({
  name,
  values,
  formulas,
  notes,
  formats,
  maxRows,
  maxColumns,
  frozenRows,
  hidden,
});

describe('the add-on never changes a user’s cell', () => {
  const formulaSheet: SheetSeed = {
    name: '计算',
    values: [
      ['项目', '数量', '备注'],
      [
        { value: '合计', note: '老王填的' },
        { formula: '=SUM(B3:B4)', value: 3 },
        { value: '=不是公式', numberFormat: '@' },
      ],
      ['a', 1, { value: new Date(Date.UTC(2020, 1, 1)), numberFormat: 'yyyy-mm-dd' }],
      ['b', { value: 2, background: '#ff0000', fontWeight: 'bold' }, { formula: '=HYPERLINK("http://example.org","地图")' }],
    ],
    frozenRows: 1,
  };
  const hidden: SheetSeed = { name: '设置', values: [['状态列表'], ['入户登记'], ['敲不开门']], hidden: true };

  it.each([['统计汇总'], ['检查数据'], ['日报'], ['创建模板表']])('%s, run twice', (menu) => {
    const { emu, rt } = open(seedOf(exampleSheets(), [formulaSheet, hidden]));
    const users = emu.snapshot().sheets.map((s) => s.name);
    const before = emu.snapshot().sheets.map(kept);
    rt.clickMenu(menu);
    rt.clickMenu(menu);
    const after = emu
      .snapshot()
      .sheets.filter((s) => users.includes(s.name))
      .map(kept);
    expect(after).toEqual(before);
    // 检查数据 adds its own highlight rule to a user sheet, and only that one.
    for (const s of emu.snapshot().sheets.filter((x) => users.includes(x.name))) expect(s.conditionalRules.length).toBeLessThanOrEqual(1);
  });

  it('a user sheet named like a generated one is left whole, by every command', () => {
    const own: SheetSeed = { name: '日报', values: [['我们自己的日报'], [{ formula: '=TODAY()', value: 43862 }]] };
    const { emu, rt } = open(seedOf(exampleSheets(), [own]));
    const before = kept(emu.sheet('日报'));
    for (const menu of ['统计汇总', '检查数据', '日报']) rt.clickMenu(menu);
    expect(kept(emu.sheet('日报'))).toEqual(before);
    expect(emu.ui.alerts.length).toBeGreaterThanOrEqual(2);
  });
});

describe('the add-on publishes no personal data', () => {
  it('公示-捐赠, 日报 and the report dialog hold no phone, ID or anonymous donor’s name', () => {
    const { sheets, secrets } = personalLedger();
    const { emu, rt } = open(seedOf(sheets));
    rt.clickMenu('统计汇总');
    rt.clickMenu('日报');
    expect(scanPublic('公示-捐赠', cellsOf(emu.values('公示-捐赠')), secrets, true)).toEqual([]);
    expect(scanPublic('日报', cellsOf(emu.values('日报')), secrets, false)).toEqual([]);
    const dialog = emu.ui.dialogs.at(-1)!;
    expect(dialog.content).toContain('排查日报');
    expect(scanPublic('dialog', linesOf(dialog.content.split('\n')), secrets, false)).toEqual([]);
  });
});

describe('the add-on within Sheets’ limits', () => {
  it('writes a text longer than a cell holds cut short, instead of failing the run', () => {
    const essay = '长'.repeat(50_000);
    const values: Cell[][] = [
      ['小区', '楼号', '门牌号', '户主姓名'],
      ['金都小区', essay, '101', essay],
      ['金都小区', 1, essay, '王伟'],
    ];
    const donations: Cell[][] = [
      ['捐赠人', '金额', '流向'],
      [essay, 100, essay],
    ];
    const { emu, rt } = open(
      seedOf([
        { name: '住户', values },
        { name: '捐款', values: donations },
      ]),
    );
    rt.clickMenu('统计汇总');
    rt.clickMenu('检查数据');
    expect(emu.ui.toasts.map((t) => t.message).join()).toContain('已更新');
    for (const s of generatedIn(emu))
      for (const row of s.values) for (const v of row) if (typeof v === 'string') expect(v.length).toBeLessThanOrEqual(50_000);
    expect(String(emu.values('公示-捐赠')[1]![1]).endsWith('…')).toBe(true);
  });

  it('sizes each generated sheet to its grid: a long list does not carry 26 columns towards the 10-million-cell limit', () => {
    const { emu, rt } = open(seedOf(exampleSheets()));
    rt.clickMenu('统计汇总');
    for (const s of generatedIn(emu)) {
      const width = Math.max(...s.values.map((r) => r.length));
      expect(s.maxColumns, s.name).toBe(width + (s.charts.length > 0 ? 2 : 0));
      expect(s.maxRows, s.name).toBe(Math.max(s.values.length, s.frozenRows + 1));
    }
  });

  it('refuses a sheet at the 10-million-cell limit before reading it, and says why', () => {
    // 1,000,000 rows × 10 columns, as getLastRow() × getLastColumn() see it: a header and one far cell.
    const values: Cell[][] = [['小区', '楼号', '门牌号', '核查状态', 'E', 'F', 'G', 'H', 'I', 'J']];
    values[999_999] = ['', '', '', '', '', '', '', '', '', '最后一格'];
    const { emu, rt } = open({ locale: 'zh_CN', sheets: [{ name: '全区住户', values, maxColumns: 10 }] });
    for (const menu of ['统计汇总', '检查数据', '日报']) {
      emu.resetCalls();
      rt.clickMenu(menu);
      expect(emu.calls()['Range.getValues'] ?? 0).toBe(0);
      expect(emu.elapsedMs()).toBeLessThan(2_000);
    }
    expect(emu.snapshot().sheets.map((s) => s.name)).toEqual(['全区住户']);
    expect(emu.ui.alerts.map((a) => a.prompt ?? a.title)).toEqual(
      Array(3).fill('表“全区住户”有 10,000,000 个单元格，超过一次能处理的 4,000,000 个。请用命令行工具统计，或把表拆开。'),
    );
  });

  it('tallies the largest register it accepts well within the 6-minute limit (measured, then scaled)', () => {
    // The costliest shape per cell: 12 columns, no household verified yet, so every row is written
    // back to 待跟进. Virtual time is linear in cells (reads and writes are per cell; calls per sheet).
    const time = (rows: number) => {
      const values: Cell[][] = [
        ['工作组', '小区', '楼号', '单元', '门牌号', '户主姓名', '联系电话', '常住人数', '核查状态', '走访次数', '最近走访', '备注'],
      ];
      for (let i = 0; i < rows; i++)
        values.push([
          `第${(i % 4) + 1}组`,
          `小区${i % 7}`,
          1 + (i % 30),
          1 + (i % 3),
          `${100 + (i % 997)}-${Math.floor(i / 997)}`,
          `住户${i}`,
          '',
          2,
          '敲不开门',
          1,
          '',
          '',
        ]);
      const { emu, rt } = open({ locale: 'zh_CN', sheets: [{ name: '住户', values, maxColumns: 12 }] });
      const t = performance.now();
      rt.clickMenu('统计汇总');
      return { cells: values.length * 12, virtualMs: emu.elapsedMs(), wallMs: performance.now() - t, alerts: emu.ui.alerts.length };
    };
    const small = time(5_000);
    const large = time(20_000);
    expect([small.alerts, large.alerts]).toEqual([0, 0]);
    const perCell = (large.virtualMs - small.virtualMs) / (large.cells - small.cells);
    const fixed = large.virtualMs - perCell * large.cells;
    const atLimit = fixed + perCell * MAX_CELLS_PER_RUN;
    // Service time by the cost model, plus the script's own work: this machine's wall time per cell
    // (the emulator's included) times 3 for Apps Script's slower V8.
    const compute = (large.wallMs / large.cells) * MAX_CELLS_PER_RUN * 3;
    expect(perCell).toBeGreaterThan(0.02);
    expect(atLimit).toBeLessThan(EXECUTION_LIMIT_MS / 3);
    // Wall time on a shared test machine varies: the whole estimate is held to the limit itself.
    expect(atLimit + compute).toBeLessThan(EXECUTION_LIMIT_MS);
  });
});

describe('two runs at once', () => {
  /**
   * Runs `second` inside the running execution when it makes its first write: a second click while
   * the first holds the lock. Returns the service calls the second one made.
   */
  function atFirstWrite(emu: Emulator, second: () => void): { calls: Record<string, number> } {
    // The emulator's shared state: every service call goes through env.enter (emulator/env.ts).
    const env = (
      Emulator as unknown as { env(e: Emulator): { enter(kind: string, method: string): void; meter: { calls(): Record<string, number> } } }
    ).env(emu);
    const enter = env.enter.bind(env);
    const probe = { calls: {} as Record<string, number> };
    let fired = false;
    env.enter = (kind, method) => {
      if (!fired && kind === 'Range' && method === 'setValues') {
        fired = true;
        const before = env.meter.calls();
        second();
        for (const [k, v] of Object.entries(env.meter.calls())) if (v > (before[k] ?? 0)) probe.calls[k] = v - (before[k] ?? 0);
      }
      enter(kind, method);
    };
    return probe;
  }

  it.each([['统计汇总'], ['检查数据'], ['创建模板表'], ['日报']])(
    'a %s clicked while 统计汇总 writes waits its turn and writes nothing',
    (menu) => {
      const alone = open(seedOf(exampleSheets()));
      alone.rt.clickMenu('统计汇总');
      const expected = alone.emu.snapshot();

      const { emu, rt } = open(seedOf(exampleSheets()));
      const probe = atFirstWrite(emu, () => rt.clickMenu(menu));
      rt.clickMenu('统计汇总');
      expect(Object.keys(probe.calls)).toContain('Lock.tryLock');
      expect(Object.keys(probe.calls).filter((k) => /\.(set|insert|delete|clear|add|remove)/.test(k))).toEqual([]);
      expect(emu.ui.toasts.map((t) => t.message)).toContain('paicha 正在运行，请等这一次完成后再点。');
      expect(emu.snapshot()).toEqual(expected);
      // The lock went with the first run: the next click runs.
      rt.clickMenu(menu);
      expect(emu.locks.holder()).toBeUndefined();
    },
  );

  it('a run that finds the lock held by another execution writes nothing', () => {
    const { emu, rt } = open(seedOf(exampleSheets()));
    const release = emu.locks.hold('document');
    for (const menu of ['统计汇总', '检查数据', '创建模板表', '日报']) rt.clickMenu(menu);
    release();
    expect(emu.snapshot().sheets.map((s) => s.name)).toEqual(exampleSheets().map((s) => s.name));
    expect(emu.ui.toasts.filter((t) => t.message.includes('正在运行')).length).toBe(4);
  });
});

describe('mojibake in the add-on', () => {
  it('a register read with the wrong encoding is reported with its repair, and nothing is counted', () => {
    const garble = (s: string) => iconv.decode(Buffer.from(s, 'utf8'), 'gbk');
    const register = exampleSheets()[0]!
      .values.slice(0, 40)
      .map((r) => r.map((c) => (typeof c === 'string' ? garble(c) : c)));
    const { emu, rt } = open(seedOf([{ name: '住户登记', values: register }]));
    rt.clickMenu('统计汇总');
    const problems = emu.values('问题清单');
    const moji = problems.filter((r) => r[7] === 'mojibake');
    expect(moji.length).toBeGreaterThan(5);
    expect(moji.map((r) => r[6]).join('\n')).toContain('是否应为“小区”');
    expect(emu.values('汇总-住户').at(-1)!.slice(0, 3)).toEqual(['合计', '', 0]);
    // At most MAX_GBK_CHECKS blob round trips a run.
    expect(emu.calls()['Utilities.newBlob'] ?? 0).toBeLessThanOrEqual(500);
  });

  it('the example register, read right, raises no mojibake', () => {
    const { emu, rt } = open(seedOf(exampleSheets()));
    rt.clickMenu('统计汇总');
    expect(emu.values('问题清单').filter((r) => r[6] === 'mojibake')).toEqual([]);
  });
});
