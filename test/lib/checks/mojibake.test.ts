import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../lib/cells/result.ts';
import { analyzeSheets } from '../../../lib/index.ts';
import { toResult } from '../../../lib/result.ts';
import { nodeGbkEncoder } from '../../../src/node/files/gbk.ts';
import { flatten } from '../../helpers/flatten.ts';

/** What Excel on Chinese Windows shows for UTF-8 it opens as GBK. */
const garble = (s: string): string => iconv.decode(Buffer.from(s, 'utf8'), 'gbk');
const options = { asOf: '2020-02-03', encodeGbk: nodeGbkEncoder() };

// Four real compounds; some rows were pasted from a copy of the register read in the wrong encoding.
const header = ['工作组', '小区', '门牌号', '楼号', '核查状态'];
const rows: Cell[][] = [
  header,
  ['第一组', '金都小区', '101', '1', '入户登记'],
  ['第一组', '华侨新村', '101', '1', '入户登记'],
  ['第二组', '银杏苑', '101', '1', '入户登记'],
  ['第二组', '东湖花园', '101', '1', '入户登记'],
  ['第一组', garble('金都小区'), '102', '1', '入户登记'], // repairs exactly onto a compound of the sheet
  ['第一组', garble('华侨新村'), '102', '1', '敲不开门'],
  ['第二组', garble('银杏苑'), '102', '1', '入户登记'], // a byte lost: 银杏? is no compound
  ['第二组', garble('光明小区'), '101', '1', '入户登记'], // exact, but no row says 光明小区
];

describe('mojibake rows', () => {
  const analysis = analyzeSheets([{ name: '住户登记', values: rows }], options);
  const r = toResult(analysis);

  it('a garbled copy listed garbled compounds (绮…) beside the real ones: the compounds list is the real one', () => {
    expect(r.households.byCompound.map((c) => [c.compound, c.total])).toEqual([
      ['东湖花园', 1],
      ['华侨新村', 2],
      ['金都小区', 2],
      ['银杏苑', 1],
    ]);
    expect(r.households.byGroup.map((g) => [g.group, g.total])).toEqual([
      ['第一组', 4],
      ['第二组', 2],
    ]);
  });

  it('an exact repair onto a known place is counted there, with a warning naming the repair', () => {
    expect(
      flatten(
        r.problems.items.filter((p) => p.code === 'mojibake-repaired'),
        ['row', 'column', 'severity'],
      ),
    ).toEqual([
      [6, 'B', 'warning'],
      [7, 'B', 'warning'],
    ]);
    expect(r.problems.items.find((p) => p.code === 'mojibake-repaired' && p.row === 6)!.message).toContain('已按“金都小区”统计');
  });

  it('any other garbled place keeps its row out of the place tallies, counted apart as an error', () => {
    expect(
      flatten(
        r.problems.items.filter((p) => p.code === 'mojibake'),
        ['row', 'column', 'severity'],
      ),
    ).toEqual([
      [8, 'B', 'error'],
      [9, 'B', 'error'],
    ]);
    expect(analysis.sheets[0]).toMatchObject({ rows: 8, counted: 6, rejected: 2 });
    expect(r.households.total).toBe(6);
  });
});
