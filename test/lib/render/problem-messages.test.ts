import { describe, expect, it } from 'vitest';
import { renderProblems, tallyWorkbook, type InputSheet } from '../../../lib/index.ts';
import { nodeGbkEncoder } from '../../../src/node/index.ts';
import { problemsSheet } from '../../../lib/render/problems-sheet.ts';
import { flatten } from '../../helpers/flatten.ts';

// Two files tallied together: their sheets are named "FILE › SHEET", as the CLI names them.
const sheet = (file: string): InputSheet => ({
  name: `${file} › 住户登记`,
  values: [
    ['序号', '小区', '楼号', '门牌号', '核查状态', '最近走访', 'address'],
    [1, '金都', '1', '101', '入户登记', '2020-02-31', 'x'],
  ],
});
const r = tallyWorkbook([sheet('seed.xlsx'), sheet('more.xlsx')], { asOf: '2020-02-03' });
const item = (code: string, s = 'seed.xlsx › 住户登记') => r.problems.items.find((p) => p.code === code && p.sheet === s)!;

describe('problem messages', () => {
  it('the place was said twice (住户登记!H48 “seed.xlsx › 住户登记”H48：…): no message says the place, shown beside it', () => {
    expect(r.problems.items.map((p) => p.code)).toEqual(expect.arrayContaining(['unknown-column', 'type']));
    for (const p of r.problems.items) {
      expect(p.message).not.toContain(p.sheet);
      expect(p.message).not.toMatch(/[A-Z]+\d+[:：]/);
    }
  });

  it('a stray fragment (列“序号”（“address”A1：）): the unknown-column message reads whole', () => {
    expect(item('unknown-column').message).toBe('列“address”不是 paicha 认识的列，统计时不使用。如果它就是某个标准列，请改成标准列名。');
  });

  it('序号 was warned as an unknown column: every register has one, it is recognized', () => {
    expect(
      flatten(
        r.problems.items.filter((p) => p.code === 'unknown-column'),
        ['sheet', 'column'],
      ),
    ).toEqual([
      ['seed.xlsx › 住户登记', 'G'],
      ['more.xlsx › 住户登记', 'G'],
    ]);
  });

  it.each([
    [
      '走访记录',
      ['序号', '日期', '时间', '小区', '楼号', '门牌号', '走访结果'],
      [1, '2020-02-01', '19:35', '金都', '1', '101', '入户登记'],
    ],
    ['门店排查', ['序号', '日期', '门店名称', '所属小区', '营业状态', '上报时间'], [1, '2020-02-03', '金都超市', '金都', '营业', '19:00']],
    ['工作台账', ['序号', '日期', '小区', '消杀', '上报时间'], [1, '2020-02-03', '金都', '是', '19:00']],
    ['重点人员', ['序号', '姓名', '人员类别', '抵达日期'], [1, '王伟', '返乡', '2020-01-28']],
    ['健康监测', ['序号', '日期', '姓名', '体温'], [1, '2020-02-03', '王伟', 36.5]],
  ])('序号 is recognized in %s too, not warned', (name, header, row) => {
    const got = tallyWorkbook([{ name, values: [header, row] }], { asOf: '2020-02-03' });
    expect(got.problems.items.filter((p) => p.code === 'unknown-column')).toEqual([]);
  });

  it('2020-02-31 was "out of range": it is an invalid date', () => {
    const p = item('type');
    expect([p.column, p.value, p.message]).toEqual([
      'F',
      '2020-02-31',
      '“最近走访”的值“2020-02-31”不是日历上有的日期（月份 1–12，日期不超过该月天数）。请改成日历上有的日期（月份 1–12，日期不超过该月天数）。',
    ]);
    expect(r.problems.byCode.range).toBeUndefined();
  });

  it('a duplicate in another file names that file’s sheet, not "row 2 and row 2"', () => {
    expect(item('duplicate', 'more.xlsx › 住户登记').message).toContain('第2行与表“seed.xlsx › 住户登记”第2行是同一住户');
  });

  it('问题清单 showed English codes in a Chinese sheet: the problem’s title in its language, the code in its own last column', () => {
    const s = problemsSheet(r.problems, 'zh-Hans');
    expect(s.values[0]).toEqual(['级别', '问题', '表', '单元格', '列', '填写的值', '说明与处理办法', '问题代码']);
    const row = s.values.find((v) => v[7] === 'type')!;
    expect([row[0], row[1], row[3]]).toEqual(['警告', '类型不对', 'F2']);
    expect(s.links?.[0]?.column).toBe(3); // the link sits on the cell reference
  });

  it('a 小区 header pasted in the wrong encoding beside good ones (only 列不认识 and 缺少小区 were said): each garbled header is mojibake with its repair, one no column answers to named by its letter', () => {
    const garbled = tallyWorkbook(
      [
        {
          name: '住户登记',
          values: [
            ['宸ヤ綔缁�', '灏忓尯', '楼号', '门牌号'],
            ['一组', '金都', '1', '101'],
          ],
        },
      ],
      { encodeGbk: nodeGbkEncoder() },
    );
    const messages = garbled.problems.items.filter((p) => p.code === 'mojibake').map((p) => [p.column, p.message]);
    expect(messages).toContainEqual(['A', '“A列”的“宸ヤ綔缁�”像是编码错误造成的乱码。是否应为“工作?”？请用正确的编码重新导入。']);
    expect(messages).toContainEqual(['B', '“小区”的“灏忓尯”像是编码错误造成的乱码。是否应为“小区”？请用正确的编码重新导入。']);
    const en = renderProblems(garbled.problems.items, 'en').find((p) => p.column === 'A')!;
    expect(en.message).toContain('in "column A"');
  });
});
