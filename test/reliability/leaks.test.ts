// No leaks: the public donation list and the daily report never hold a phone number, an ID number, or
// the name of a donor who chose anonymity — every cell and every line is scanned, on every path out.
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../lib/cells/result.ts';
import { dailyReport } from '../../lib/render/daily-report.ts';
import { reportCommand } from '../../src/commands/report.ts';
import { tallyCommand } from '../../src/commands/tally.ts';
import { MemoryWorkbook } from '../../src/memory-workbook.ts';
import { readWorkbookFile } from '../../src/node/files/read-workbook.ts';
import type { InputSheet } from '../../lib/table/sheet.ts';
import { problemsText } from '../../src/node/cli/print.ts';
import { runCli, tempDir, writeXlsx } from '../helpers/cli.ts';
import { afterArb, beforeArb, digitsOf, typedSecretArb } from '../lib/privacy/personal-numbers.ts';
import { sheetArb } from './arbitraries.ts';
import { cellsOf, LEAKED_FORMS, linesOf, MASKED_FORMS, personalLedger, scanPublic, type LedgerSecrets } from './ledgers.ts';
import { OPTIONS, run } from './project.ts';

const PUBLIC = '公示-捐赠';
const REPORT = '日报';

function scanRun(sheets: ReturnType<typeof personalLedger>['sheets'], secrets: LedgerSecrets): string[] {
  const { result, rendered } = run(sheets);
  const list = rendered.find((g) => g.name === PUBLIC);
  expect(list, 'a public list is written').toBeDefined();
  return [
    ...scanPublic(PUBLIC, cellsOf(list!.values), secrets, true),
    ...scanPublic(REPORT, linesOf(dailyReport(result, OPTIONS.asOf, 'zh-Hans')), secrets, false),
  ];
}

describe('the public list and the daily report hold no personal data', () => {
  const { sheets, secrets } = personalLedger();

  it('from the renderers', () => {
    expect(scanRun(sheets, secrets)).toEqual([]);
    // The ledger is what it claims: anonymous donors are counted and shown as 匿名, the withheld one left out.
    const { result, rendered } = run(sheets);
    expect(result.donations.anonymous).toBe(4);
    expect(result.donations.withheld).toBe(1);
    const names = rendered.find((g) => g.name === PUBLIC)!.values.map((r) => r[1]);
    expect(names.filter((n) => n === '匿名').length).toBe(4);
  });

  it('through tallyCommand and reportCommand', () => {
    const wb = new MemoryWorkbook(sheets);
    tallyCommand(wb, OPTIONS);
    const out = new Map(wb.output().map((g) => [g.name, g.values]));
    expect(scanPublic(PUBLIC, cellsOf(out.get(PUBLIC)!), secrets, true)).toEqual([]);
    expect(scanPublic(REPORT, cellsOf(out.get(REPORT)!), secrets, false)).toEqual([]);
    expect(scanPublic(REPORT, linesOf(reportCommand(new MemoryWorkbook(sheets), OPTIONS)), secrets, false)).toEqual([]);
  });

  it('through the CLI: the written .xlsx and paicha report', async () => {
    const dir = await tempDir();
    await writeXlsx(join(dir, 'ledger.xlsx'), sheets);
    await runCli(['tally', 'ledger.xlsx', '--out', 'out.xlsx', '--as-of', OPTIONS.asOf], dir);
    const written = await readWorkbookFile(join(dir, 'out.xlsx'));
    const grid = (name: string) => written.sheets.find((s) => s.name === name)!.values;
    expect(scanPublic(PUBLIC, cellsOf(grid(PUBLIC)), secrets, true)).toEqual([]);
    expect(scanPublic(REPORT, cellsOf(grid(REPORT)), secrets, false)).toEqual([]);
    const report = await runCli(['report', 'ledger.xlsx', '--as-of', OPTIONS.asOf], dir);
    expect(report.code).toBe(0);
    expect(scanPublic('paicha report', linesOf(report.stdout.split('\n')), secrets, false)).toEqual([]);
  });

  it('on random ledgers with phones and IDs planted in names, items and destinations', () => {
    const planted = sheetArb('donations', { noise: 0.1 }).chain((s) =>
      fc
        .tuple(
          fc.array(fc.tuple(fc.nat(), fc.constantFrom(...MASKED_FORMS), fc.constantFrom('donor', 'item', 'destination', 'spec')), {
            maxLength: 6,
          }),
          fc.array(fc.tuple(fc.nat(), fc.constantFrom('王芳', '陈静', '杨帆')), { maxLength: 3 }),
        )
        .map(([phones, anon]) => {
          const values = s.values.map((r) => [...r]);
          const header = values[s.headerIndex]!;
          const col = (f: string) => s.fields.indexOf(f);
          const dataRows = values.length - s.headerIndex - 1;
          const anonymous: string[] = [];
          if (dataRows > 0) {
            for (const [n, p, f] of phones) {
              const c = col(f);
              const row = values[s.headerIndex + 1 + (n % dataRows)]!;
              if (c >= 0) row[c] = `${typeof row[c] === 'string' ? row[c] : ''} 电话${p.typed}`;
            }
            // A donor who asked for anonymity: by 公示 = 匿名 when the column exists, else by a 是否匿名 column.
            for (const [n, name] of anon) {
              const row = values[s.headerIndex + 1 + (n % dataRows)]!;
              const donor = col('donor');
              if (donor < 0) continue;
              row[donor] = name;
              let flag = col('disclose');
              if (flag < 0) {
                header.push('是否匿名');
                flag = header.length - 1;
              }
              row[flag] = flag === col('disclose') ? '匿名' : '是';
              anonymous.push(name);
            }
          }
          return {
            sheet: { name: s.name, values },
            secrets: { phones: MASKED_FORMS, anonymous: [...new Set(anonymous)], withheld: [] } satisfies LedgerSecrets,
          };
        }),
    );
    fc.assert(
      fc.property(planted, ({ sheet, secrets }) => {
        const { result, rendered } = run([sheet]);
        // A name both anonymous on one row and public on another is not a secret.
        const shownElsewhere = new Set(rendered.find((g) => g.name === PUBLIC)?.values.map((r) => String(r[1])) ?? []);
        const s = { ...secrets, anonymous: secrets.anonymous.filter((n) => !shownElsewhere.has(n)) };
        const list = rendered.find((g) => g.name === PUBLIC)?.values ?? [];
        expect([
          ...scanPublic(PUBLIC, cellsOf(list), s, true),
          ...scanPublic(REPORT, linesOf(dailyReport(result, OPTIONS.asOf, 'zh-Hans')), s, false),
        ]).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  // Found by these tests: the scrubber once missed these forms (country code attached, bracketed or
  // spaced area codes, dots, spaced ID numbers) and they reached the public list.
  it.each(LEAKED_FORMS.map((f) => [f.typed, f]))('a donor named 张三 %s is masked', (_, form) => {
    const { sheets: leaky, secrets: s } = personalLedger([form]);
    expect(scanRun(leaky, s)).toEqual([]);
  });
});

describe('the scanner itself', () => {
  it('finds a planted phone, an ID and an anonymous name', () => {
    const s: LedgerSecrets = { phones: MASKED_FORMS, anonymous: ['张伟'], withheld: ['刘敏'] };
    const texts = ['捐赠人 139-0000-1201', '420106198001011237', '匿名 张伟', '刘敏'].map((text, i) => ({ at: `${i}`, text }));
    expect(scanPublic('x', texts, s, true).length).toBe(4);
    expect(scanPublic('x', [{ at: '0', text: '138****5678 420106********1237 2020-02-03 ¥1,234.00' }], s, true)).toEqual([]);
    const cells: Cell[][] = [['a', 13812345678]];
    expect(scanPublic('x', cellsOf(cells), s, true).length).toBe(1);
  });
});

describe('phones and IDs typed where no personal data belongs', () => {
  // Every public output, and the problem lists: JSON values and messages, 问题清单, `paicha check`.
  const outputs = (sheets: InputSheet[]): { at: string; text: string }[] => {
    const { result, rendered } = run(sheets);
    const sheet = (name: string) =>
      cellsOf(rendered.find((g) => g.name === name)?.values ?? []).map((c) => ({ ...c, at: `${name} ${c.at}` }));
    return [
      ...sheet(PUBLIC),
      ...sheet('汇总-捐赠'),
      ...sheet('问题清单'),
      ...linesOf(dailyReport(result, OPTIONS.asOf, 'zh-Hans')).map((l) => ({ ...l, at: `${REPORT} ${l.at}` })),
      ...result.problems.items.flatMap((p, i) => [
        { at: `item ${i} value`, text: p.value },
        { at: `item ${i} message`, text: p.message },
      ]),
      ...linesOf(problemsText(result.problems, 'zh-Hans').split('\n')).map((l) => ({ ...l, at: `check ${l.at}` })),
    ];
  };

  it('are masked in every output, in any separator form, script and surrounding text', () => {
    fc.assert(
      fc.property(
        typedSecretArb,
        beforeArb,
        afterArb,
        fc.constantFrom('status', 'visit', 'room', 'amount', 'date', 'donor', 'item'),
        (secret, before, after, where) => {
          const typed = `${before}${secret.typed}${after}`;
          const register: Cell[][] = [
            ['小区', '楼号', '门牌号', '核查状态', '最近走访'],
            [
              '金都小区',
              1,
              where === 'room' ? typed : '101',
              where === 'status' ? typed : '入户登记',
              where === 'visit' ? typed : '2020-02-01',
            ],
          ];
          const ledger: Cell[][] = [
            ['日期', '捐赠人', '类别', '金额', '物资名称', '数量', '折价'],
            [
              where === 'date' ? typed : '2020-02-01',
              where === 'donor' ? typed : '东湖建材',
              '捐款',
              where === 'amount' ? typed : 500,
              '',
              '',
              '',
            ],
            ['2020-02-02', '王建国', '捐物', '', where === 'item' ? typed : '口罩', 10, 300],
          ];
          const shown = outputs([
            { name: '住户', values: register },
            { name: '捐款', values: ledger },
          ]);
          const leaks = shown.filter((o) => digitsOf(o.text).includes(secret.digits)).map((o) => `${o.at}: ${o.text}`);
          expect(leaks, `${where}: ${typed}`).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('as the issue found them: "核查状态的值 13800138000", "日期的值 370782198001011234"', () => {
    const register: Cell[][] = [
      ['小区', '楼号', '门牌号', '核查状态', '最近走访'],
      ['金都小区', 1, '101', '13800138000', '370782198001011234'],
    ];
    const texts = outputs([{ name: '住户', values: register }])
      .map((o) => o.text)
      .join('\n');
    expect(texts).not.toContain('13800138000');
    expect(texts).not.toContain('370782198001011234');
    expect(texts).toContain('138****8000');
  });

  it('as a phone typed into 金额: an error, never 138 亿元 in a summary', () => {
    const ledger: Cell[][] = [
      ['日期', '捐赠人', '金额'],
      ['2020-02-01', '张三', 500],
      ['2020-02-01', '李四', '13800138000'],
    ];
    const texts = outputs([{ name: '捐款', values: ledger }])
      .map((o) => o.text)
      .join('\n');
    expect(digitsOf(texts)).not.toContain('13800138000');
    expect(texts).toContain('138****8000');
  });
});
