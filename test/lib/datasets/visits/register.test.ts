import { describe, expect, it } from 'vitest';
import { visitLogRows } from '../../../../examples/visits.ts';
import { analyzeSheets, tallyWorkbook } from '../../../../lib/index.ts';
import type { Cell } from '../../../../lib/cells/result.ts';
import { flatten } from '../../../helpers/flatten.ts';

const REGISTER = ['小区', '楼号', '门牌号', '户主姓名', '联系电话', '核查状态', '走访次数', '最近走访'];
const LOG = ['日期', '时间', '小区', '楼号', '门牌号', '走访结果'];
const register = (...rows: Cell[][]) => ({ name: '住户登记', values: [REGISTER, ...rows] });
const log = (...rows: Cell[][]) => ({ name: '走访记录', values: [LOG, ...rows] });

describe('a register and a log together', () => {
  it('the log brings status, attempts and last visit to the register’s dwellings', () => {
    const r = tallyWorkbook([
      register(['金都小区', 12, '301', '王伟', '', '待核查', 0, ''], ['金都小区', 12, '302', '李芳', '', '', '', '']),
      log(['2020-01-29', '10:00', '金都小區', '十二号楼', '301', '敲不开门'], ['2020-01-30', '19:30', '金都小区', '12', '301', '入户登记']),
    ]);
    expect(r.households).toMatchObject({ total: 2, verified: 1, byStatus: { visited: 1, pending: 1 } });
    const a = analyzeSheets([
      register(['金都小区', 12, '301', '王伟', '', '敲不开门', 1, '2020-01-29']),
      log(['2020-01-30', '12:00', '金都小区', 12, '301', '不在家']),
    ]);
    expect(a.tallies.households.sortedFollowUps().map((f) => [f.room, f.status, f.attempts, f.lastVisit])).toEqual([
      ['301', 'not_home', 1, '2020-01-30'],
    ]);
  });

  it('where they disagree, a warning on the register’s status cell names the log’s cell', () => {
    const r = tallyWorkbook([
      register(['金都小区', 12, '301', '', '', '入户登记', 1, ''], ['金都小区', 12, '302', '', '', '敲不开门', 1, '']),
      log(['2020-01-29', '10:00', '金都小区', 12, '301', '敲不开门'], ['2020-01-30', '10:00', '金都小区', 12, '302', '电话登记']),
    ]);
    expect(flatten(r.problems.items, ['sheet', 'row', 'column', 'code', 'severity'])).toEqual([
      ['住户登记', 2, 'F', 'rule', 'warning'],
      ['住户登记', 3, 'F', 'rule', 'warning'],
    ]);
    expect(r.problems.items[0]!.message).toContain('走访记录!F2');
    expect(r.problems.items[0]!.message).toContain('从未核实');
    expect(r.problems.items[1]!.message).toContain('走访记录!F3');
    // Verified on either side counts: the register's word for 301, the log's for 302.
    expect(r.households).toMatchObject({ verified: 2, byStatus: { visited: 1, phoned: 1 } });
  });

  it('a log dwelling missing from the register is a warning on the log, and not counted', () => {
    const r = tallyWorkbook([
      register(['金都小区', 12, '301', '', '', '入户登记', 1, '']),
      log(['2020-01-29', '10:00', '金都小区', 12, '309', '入户登记']),
    ]);
    expect(r.households.total).toBe(1);
    expect(flatten(r.problems.items, ['sheet', 'row', 'column', 'code'])).toEqual([['走访记录', 2, 'E', 'rule']]);
    expect(r.problems.items[0]!.message).toContain('不在住户登记表“住户登记”中');
  });

  it('register + log and log alone give the same counts where the register says no more than the log', () => {
    const values = visitLogRows();
    // A register of the story's dwellings with nothing filled in beyond the place.
    const a = analyzeSheets([{ name: '走访记录', values }], { asOf: '2020-01-30' });
    const places = [...a.tallies.visits.histories().values()].map((h) => [
      h.place.compound,
      h.place.building,
      h.place.unit,
      h.place.room,
      '',
      '',
      '',
      '',
    ]);
    const blank = {
      name: '住户登记',
      values: [['小区', '楼号', '单元', '门牌号', '户主姓名', '核查状态', '走访次数', '最近走访'], ...places],
    };
    const both = tallyWorkbook([blank, { name: '走访记录', values }], { asOf: '2020-01-30' });
    const alone = tallyWorkbook([{ name: '走访记录', values }], { asOf: '2020-01-30' });
    const counts = (h: typeof alone.households) => ({
      total: h.total,
      verified: h.verified,
      byStatus: h.byStatus,
      byCompound: h.byCompound.map((c) => [c.compound, c.total, c.verified]),
    });
    expect(counts(both.households)).toEqual(counts(alone.households));
    expect(both.visits).toEqual(alone.visits);
    // A blank status in the register is one not filled in yet: the log fills it without a word.
    expect(both.problems.byCode).toEqual(alone.problems.byCode);
  });
});
