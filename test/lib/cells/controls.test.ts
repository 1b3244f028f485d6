// Control characters in cells: a place or a name that holds one is refused and reported, never
// counted, never stripped; whatever paicha shows of it shows the controls as visible \uXXXX escapes.
import { describe, expect, it } from 'vitest';
import { hasCellControls, showControls } from '../../../lib/cells/controls.ts';
import type { Cell } from '../../../lib/cells/result.ts';
import { tallyWorkbook } from '../../../lib/result.ts';
import { flatten } from '../../helpers/flatten.ts';

const TITLE = '\x1b]0;pwned\x07';

/** Every string anywhere in a value. */
const stringsOf = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : v !== null && typeof v === 'object' ? Object.values(v).flatMap(stringsOf) : [];
const CLEAR = '\x1b[2J';

describe('showControls', () => {
  it('escapes C0 (but tab and line feed), DEL, C1 and the bidi controls, as JSON does', () => {
    expect(showControls(`a${TITLE}b`)).toBe('a\\u001b]0;pwned\\u0007b');
    expect(showControls('x\u0085y\u202egpj.exe\u2066z\u200f')).toBe('x\\u0085y\\u202egpj.exe\\u2066z\\u200f');
    expect(showControls('第一行\n第二行\t备注')).toBe('第一行\n第二行\t备注');
    expect(showControls('\r')).toBe('\\u000d');
    // The escape is JSON's: escaped JSON text is still JSON, with the same value.
    const json = JSON.stringify({ v: 'a\u0085\u202eb' });
    expect(JSON.parse(showControls(json))).toEqual({ v: 'a\u0085\u202eb' });
  });

  it('tells a cell that holds a control (not tab, line feed or carriage return)', () => {
    expect([TITLE, CLEAR, '金都\0小区', 'a\u0085'].map(hasCellControls)).toEqual([true, true, true, true]);
    expect(['金都小区', 'a\tb', '第一行\r\n第二行', '\u202e金都'].map(hasCellControls)).toEqual([false, false, false, false]);
  });
});

describe('a cell holding control characters', () => {
  const register: Cell[][] = [
    ['小区', '楼号', '门牌号', '户主姓名', '核查状态', '备注'],
    ['金都小区', '1', '101', '王伟', '入户登记', '晚上有灯\n已核实'],
    ['金都小区', TITLE, '102', '李芳', '入户登记', ''],
    [`金都小区${CLEAR}`, '2', '201', '张三', '入户登记', ''],
    ['金都小区', '3', '301', `刘洋${TITLE}`, '入户登记', `\x9b31m红字`],
  ];

  it('is an error at its cell; a place with one is no place, and the row is not counted', () => {
    const r = tallyWorkbook([{ name: '住户', values: register }], { asOf: '2020-02-03' });
    expect(flatten(r.problems.items, ['row', 'column', 'code'])).toEqual([
      [3, 'B', 'control-character'],
      [4, 'A', 'control-character'],
      [5, 'D', 'control-character'],
      [5, 'F', 'control-character'],
    ]);
    expect(r.households.total).toBe(2);
    expect(r.households.byBuilding.map((b) => b.building)).toEqual(['1', '3']);
  });

  it('is shown escaped in the problem value and message, in every output that lists it', () => {
    const r = tallyWorkbook([{ name: '住户', values: register }], { asOf: '2020-02-03', locale: 'en' });
    const b3 = r.problems.items[0]!;
    expect(b3.value).toBe('\\u001b]0;pwned\\u0007');
    expect(b3.message).toContain('"\\u001b]0;pwned\\u0007" holds control characters');
    expect(stringsOf(r).filter((t) => showControls(t) !== t)).toEqual([]);
  });

  it('of a donor: the donor is refused, the money still counts', () => {
    const ledger: Cell[][] = [
      ['日期', '捐赠人', '金额'],
      ['2020-02-01', `东湖建材${TITLE}`, 30000],
      ['2020-02-02', '王建国', 500],
    ];
    const r = tallyWorkbook([{ name: '捐款', values: ledger }], { asOf: '2020-02-03' });
    expect(r.donations.cash).toBe(30500);
    expect(flatten(r.problems.items, ['row', 'column', 'code'])).toEqual([[2, 'B', 'control-character']]);
  });
});
