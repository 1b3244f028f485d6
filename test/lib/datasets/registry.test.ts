import { describe, expect, it } from 'vitest';
import {
  column,
  DATASETS,
  defineDataset,
  defineRegistry,
  households,
  placeColumns,
  readRecords,
  tallyWorkbook,
  type AnyDataset,
  type FinishContext,
  type Tally,
} from '../../../lib/index.ts';

// A register paicha does not have, added the way docs/datasets.md says, from outside lib/: a mask
// hand-out log (口罩发放). It reads the household register's result when it finishes.

type Handout = { row: number; date: string; compound: string; masks: number };
type Masks = { handouts: number; masks: number; byCompound: { compound: string; masks: number }[]; outsideRegister: string[] };

class MaskTally implements Tally<Handout, Masks> {
  private readonly handouts: Handout[] = [];

  add(h: Handout): void {
    this.handouts.push(h);
  }

  finish(ctx: FinishContext<typeof households>): Masks {
    // Compounds the household register does not know (shown as the register spells them).
    const known = new Set(ctx.result(households).byCompound.map((c) => c.compound));
    const byCompound = new Map<string, number>();
    for (const h of this.handouts) byCompound.set(h.compound, (byCompound.get(h.compound) ?? 0) + h.masks);
    return {
      handouts: this.handouts.length,
      masks: this.handouts.reduce((s, h) => s + h.masks, 0),
      byCompound: [...byCompound].map(([compound, masks]) => ({ compound, masks })),
      outsideRegister: [...byCompound.keys()].filter((c) => !known.has(c)),
    };
  }
}

const maskColumns = {
  date: column({
    kind: 'date',
    required: true,
    label: { 'zh-Hans': '日期', 'zh-Hant': '日期', en: 'Date' },
    aliases: ['日期', '发放日期', 'date'],
  }),
  compound: placeColumns.compound,
  masks: column({
    kind: 'integer',
    required: true,
    label: { 'zh-Hans': '口罩数', 'zh-Hant': '口罩數', en: 'Masks' },
    aliases: ['口罩数', '口罩', '发放口罩', 'masks'],
  }),
};

const masks = defineDataset({
  id: 'masks',
  columns: maskColumns,
  codes: [],
  uses: [households],
  tally: () => new MaskTally(),
  read: (sheet, tally) =>
    readRecords(sheet, tally, {
      toRecord: (rec, row) =>
        rec.date === undefined || rec.compound === undefined || rec.masks === undefined
          ? undefined
          : { row, date: rec.date, compound: rec.compound, masks: rec.masks },
    }),
});

const REGISTER = [
  ['小区', '楼号', '门牌号', '核查状态'],
  ['金都小区', 1, '101', '入户登记'],
  ['金都小区', 1, '102', '敲不开门'],
];
const LOG = [
  ['发放日期', '小区', '口罩'],
  ['2020-02-01', '金都小区', 20],
  ['2020-02-02', '金都小区', 10],
  ['2020-02-02', '银杏苑', 5],
  ['2020-02-02', '银杏苑', 'x'],
];

describe('a dataset added through the registry', () => {
  const registry = defineRegistry([...DATASETS.datasets, masks]);

  it('gets its key in the result, with the datasets it uses finished first', () => {
    const r = tallyWorkbook(
      [
        { name: '住户', values: REGISTER },
        { name: '口罩', values: LOG },
      ],
      { asOf: '2020-02-03' },
      registry,
    );
    expect(r.masks).toEqual({
      handouts: 3,
      masks: 35,
      byCompound: [
        { compound: '金都小区', masks: 30 },
        { compound: '银杏苑', masks: 5 },
      ],
      outsideRegister: ['银杏苑'],
    });
    expect(r.households.total).toBe(2);
    // Its bad cell is read by the same row reader as every register's: a problem naming the cell.
    expect(r.problems.items.map((p) => [p.sheet, p.row, p.column, p.field, p.code])).toEqual([['口罩', 5, 'C', 'masks', 'format']]);
    expect(r.problems.items[0]!.message).toContain('口罩数');
  });

  it('is in the result only when the workbook holds it; the first round’s two always are', () => {
    const r = tallyWorkbook([{ name: '住户', values: REGISTER }], { asOf: '2020-02-03' }, registry);
    expect(Object.keys(r)).toEqual(['households', 'donations', 'problems']);
    expect(Object.keys(tallyWorkbook([{ name: '口罩', values: LOG }], {}, registry))).toEqual([
      'households',
      'donations',
      'masks',
      'problems',
    ]);
  });

  it('leaves the default registry and its result as they were', () => {
    const sheets = [
      { name: '住户', values: REGISTER },
      { name: '口罩', values: LOG },
    ];
    const plain = tallyWorkbook(sheets, { asOf: '2020-02-03' });
    expect(Object.keys(plain)).toEqual(['households', 'donations', 'problems']);
    // Without the dataset the log looks most like a household register, without a building or a room.
    expect(plain.problems.items.filter((p) => p.sheet === '口罩').map((p) => [p.code, p.field, p.column])).toEqual([
      ['unknown-column', '', 'C'],
      ['missing-column', 'building', ''],
      ['missing-column', 'room', ''],
    ]);
    expect(tallyWorkbook(sheets, { asOf: '2020-02-03' }, registry).households).toEqual(plain.households);
  });

  it('finishes after the datasets it uses, wherever it is listed', () => {
    const first = defineRegistry([masks, ...DATASETS.datasets]);
    const order = first.finishing().map((d) => d.id);
    expect(order.slice(0, 3)).toEqual(['visits', 'households', 'masks']);
    expect([...order].sort()).toEqual(['masks', ...DATASETS.datasets.map((d) => d.id)].sort());
    const r = tallyWorkbook(
      [
        { name: '住户', values: REGISTER },
        { name: '口罩', values: LOG },
      ],
      {},
      first,
    );
    expect(r.masks?.outsideRegister).toEqual(['银杏苑']);
  });
});

describe('a registry refuses, before any sheet is read', () => {
  const none = { codes: [], tally: () => new MaskTally(), read: () => undefined };
  const analyse = (list: Parameters<typeof defineRegistry>[0]) => () => tallyWorkbook([], {}, defineRegistry(list));

  it('two datasets with one id, or the id of another key of the result', () => {
    expect(analyse([...DATASETS.datasets, defineDataset({ ...none, id: 'households', columns: maskColumns })])).toThrow(
      'dataset id "households" is taken',
    );
    expect(analyse([defineDataset({ ...none, id: 'problems', columns: maskColumns })])).toThrow('dataset id "problems" is taken');
  });

  it('a field key labelled two ways', () => {
    const other = {
      ...maskColumns,
      compound: column({ ...placeColumns.compound, label: { 'zh-Hans': '社区', 'zh-Hant': '社區', en: 'Community' } }),
    };
    expect(analyse([...DATASETS.datasets, defineDataset({ ...none, id: 'other', columns: other })])).toThrow(
      'field "compound" of other is labelled 社区, elsewhere 小区',
    );
  });

  it('a dataset using one that is not in the registry, or datasets using each other', () => {
    expect(analyse([masks])).toThrow('masks uses households, which is not in the registry');
    const aUses: AnyDataset[] = [];
    const a = defineDataset({ ...none, id: 'a', columns: maskColumns, uses: aUses });
    const b = defineDataset({ ...none, id: 'b', columns: maskColumns, uses: [a] });
    aUses.push(b);
    expect(analyse([a, b])).toThrow('datasets use each other in a cycle: a → b → a');
  });

  it('a tally reading a dataset it did not declare in `uses`', () => {
    const undeclared = defineDataset({ ...masks, id: 'undeclared', uses: [] });
    expect(() => tallyWorkbook([], {}, defineRegistry([...DATASETS.datasets, undeclared]))).toThrow(
      'dataset undeclared reads households without declaring it in `uses`',
    );
  });
});
