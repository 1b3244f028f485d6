import { describe, expect, it } from 'vitest';
import { readHeader, unitOf, unitOnly, unitRowUnit } from '../../../lib/table/header-text.ts';
import { locateHeader } from '../../../lib/table/locate.ts';
import { DATASETS } from '../../../lib/datasets/registry.ts';

describe('units in headers and unit rows', () => {
  it.each([
    ['捐赠金额（元）', '捐赠金额', '元'],
    ['折算金额（万元）', '折算金额', '万元'],
    ['金额(单位:万元)', '金额', '万元'],
    ['金额/万元', '金额', '万元'],
    ['金额（美元）', '金额', '美元'],
    ['美元金额', '金额', '美元'],
    ['Amount (USD)', 'amount', 'usd'],
    ['捐赠(单位/姓名）', '捐赠', undefined],
    ['金额', '金额', undefined],
  ])('%s → %s + %s', (raw, name, unit) => expect(readHeader(raw)).toEqual({ name, unit }));

  it('names the currency and the scale of a unit word', () => {
    expect(unitOf('万元')).toEqual({ currency: 'CNY', scale: 10000, code: 'CNY' });
    expect(unitOf('美元')).toEqual({ currency: 'foreign', scale: 1, code: 'USD' });
    expect(unitOf('港币')?.code).toBe('HKD');
    expect(unitOf(undefined)).toBeUndefined();
  });

  it('tells a cell holding only a unit from other cells', () => {
    expect(['（万元）', '元', '人民币', '美元', 'USD', '单位：元', '张三', '金额', 100].map(unitOnly)).toEqual([
      '万元',
      '元',
      '人民币',
      '美元',
      'usd',
      '元',
      undefined,
      undefined,
      undefined,
    ]);
    expect(unitRowUnit(['', '', '', '', '单位：元'])).toBe('元');
    expect(unitRowUnit(['金额单位：万元'])).toBe('万元');
  });
});

describe('locating a donation header', () => {
  it('maps a published header, its units and the row data starts on', () => {
    const l = locateHeader(
      [
        ['2020年新型肺炎捐款信息'],
        ['', '', '', '', '单位：元'],
        ['序号', '捐赠日期', '捐赠(单位/姓名）', '捐赠金额（元）', '备注'],
        [1, '2020.01.22', '王宽', 100, ''],
      ],
      DATASETS.datasets,
    )!;
    expect(l).toMatchObject({ dataset: 'donations', headerIndex: 2, dataIndex: 3, unknown: [], missing: [] });
    expect(l.columns.map((c) => [c.letter, c.field, c.unit?.scale])).toEqual([
      ['A', 'seq', 1],
      ['B', 'date', 1],
      ['C', 'donor', 1],
      ['D', 'amount', 1],
      ['E', 'notes', 1],
    ]);
  });

  it('reads sub-headers under a merged 金额 cell as their own currencies', () => {
    const l = locateHeader(
      [
        ['捐赠人', '金额', ''],
        ['', '人民币', '美元'],
        ['甲', 1, 2],
      ],
      DATASETS.datasets,
    )!;
    expect(l.dataIndex).toBe(2);
    expect(l.columns.map((c) => [c.letter, c.field, c.unit?.code])).toEqual([
      ['A', 'donor', undefined],
      ['B', 'amount', 'CNY'],
      ['C', 'foreignAmount', 'USD'],
    ]);
  });

  it('keeps a household register a household register', () => {
    const l = locateHeader(
      [['工作组', '小区', '楼号', '单元', '门牌号', '户主姓名', '联系电话', '核查状态', '最近走访']],
      DATASETS.datasets,
    )!;
    expect(l.dataset).toBe('households');
  });
});
