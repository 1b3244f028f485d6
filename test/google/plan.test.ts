import { describe, expect, it } from 'vitest';
import type { TallyResult } from '../../lib/result.ts';
import { dateToSerial, fromApiRows, toApi } from '../../src/google/cells.ts';
import { rollupTotals, type RollupEntry } from '../../src/google/rollup.ts';
import { todayInTimeZone } from '../../src/google/today.ts';
import { gridSize, newSheetId, planWrite, type ExistingSheet } from '../../src/google/write-plan.ts';
import type { GeneratedSheet } from '../../src/workbook.ts';

const sheet: GeneratedSheet = {
  name: '问题清单',
  values: [
    ['级别', '单元格', '说明'],
    ['错误', 'C5', '=IMPORTXML("http://x","//a")'],
    ['提示', '', 'x'],
    ['错误', 'C9', 'y'],
  ],
  formats: ['text', 'text', 'text'],
  frozenRows: 1,
  links: [
    { row: 1, column: 1, target: { sheet: '住户', row: 5, column: 'C' } },
    { row: 3, column: 1, target: { sheet: '住户', row: 9, column: 'C' } },
  ],
};
const existing = new Map<string, ExistingSheet>([['住户', { sheetId: 0, title: '住户', generated: false, chartIds: [] }]]);

describe('the write plan', () => {
  it('creates, marks and fills a new sheet; link cells are literal labels with a link format', () => {
    const plan = planWrite([sheet], existing);
    const id = newSheetId('问题清单', new Set([0]));
    expect(plan.sheetIds.get('问题清单')).toBe(id);
    expect(plan.requests.map((r) => Object.keys(r)[0])).toEqual(['addSheet', 'createDeveloperMetadata', 'repeatCell', 'updateCells']);
    expect(plan.requests[0]?.addSheet?.properties).toEqual({
      sheetId: id,
      title: '问题清单',
      gridProperties: { rowCount: 4, columnCount: 3, frozenRowCount: 1 },
    });
    expect(plan.requests[3]?.updateCells).toEqual({
      start: { sheetId: id, rowIndex: 1, columnIndex: 1 },
      fields: 'userEnteredValue,userEnteredFormat.textFormat.link',
      rows: [
        { values: [{ userEnteredValue: { stringValue: 'C5' }, userEnteredFormat: { textFormat: { link: { uri: '#gid=0&range=C5' } } } }] },
        { values: [{}] },
        { values: [{ userEnteredValue: { stringValue: 'C9' }, userEnteredFormat: { textFormat: { link: { uri: '#gid=0&range=C9' } } } }] },
      ],
    });
    expect(plan.data).toEqual([
      {
        range: "'问题清单'!A1",
        majorDimension: 'ROWS',
        values: [
          ['级别', '单元格', '说明'],
          ['错误', null, '=IMPORTXML("http://x","//a")'],
          ['提示', '', 'x'],
          ['错误', null, 'y'],
        ],
      },
    ]);
  });

  it('clears, resizes and re-charts a sheet paicha made before, keeping its id', () => {
    const charted: GeneratedSheet = {
      ...sheet,
      name: '汇总',
      links: [],
      charts: [{ kind: 'line', title: 't', labelColumn: 0, valueColumns: [2], rows: 3 }],
    };
    const mine = new Map([...existing, ['汇总', { sheetId: 77, title: '汇总', generated: true, chartIds: [5, 6] }]]);
    const plan = planWrite([charted], mine);
    expect(plan.requests.map((r) => Object.keys(r)[0])).toEqual([
      'updateCells',
      'deleteEmbeddedObject',
      'deleteEmbeddedObject',
      'updateSheetProperties',
      'repeatCell',
      'addChart',
    ]);
    expect(plan.requests[0]?.updateCells).toEqual({ range: { sheetId: 77 }, fields: 'userEnteredValue,userEnteredFormat' });
    expect(plan.requests[3]?.updateSheetProperties?.properties?.gridProperties).toEqual({ rowCount: 4, columnCount: 5, frozenRowCount: 1 });
    const basic = plan.requests[5]?.addChart?.chart?.spec?.basicChart;
    expect(basic?.chartType).toBe('LINE');
    expect(basic?.series?.[0]).toEqual({
      series: { sourceRange: { sources: [{ sheetId: 77, startRowIndex: 0, endRowIndex: 4, startColumnIndex: 2, endColumnIndex: 3 }] } },
      targetAxis: 'LEFT_AXIS',
    });
    expect(() => planWrite([{ ...sheet, name: '住户' }], existing)).toThrow("is not paicha's");
  });

  it('sizes grids to hold the cells and keep one row below the frozen ones', () => {
    expect(gridSize({ name: 'x', values: [['h']], formats: ['text'], frozenRows: 1 })).toEqual({ rowCount: 2, columnCount: 1 });
    expect(gridSize({ name: 'x', values: [], formats: [], frozenRows: 0 })).toEqual({ rowCount: 1, columnCount: 1 });
  });

  it('picks repeatable sheet ids that avoid taken ones', () => {
    const a = newSheetId('汇总-住户', new Set());
    expect(newSheetId('汇总-住户', new Set())).toBe(a);
    expect(newSheetId('汇总-住户', new Set([a]))).not.toBe(a);
    expect(a).toBeGreaterThan(0);
  });
});

describe('cells across the API', () => {
  it('keeps values, and turns dates into serial numbers', () => {
    expect(fromApiRows([['a', 1, true, 43862], [], [null as unknown as string]])).toEqual([['a', 1, true, 43862], [], [null]]);
    expect(dateToSerial(new Date(Date.UTC(2020, 1, 1)))).toBe(43862);
    expect([toApi(null), toApi(undefined), toApi(Number.NaN), toApi('=1+1'), toApi(new Date(Date.UTC(2020, 1, 1, 12)))]).toEqual([
      '',
      '',
      'NaN',
      '=1+1',
      43862.5,
    ]);
    expect((toApi('x'.repeat(60_000)) as string).length).toBe(50_000);
  });

  it('knows today in the spreadsheet’s time zone', () => {
    const late = new Date(Date.UTC(2020, 1, 1, 17, 0));
    expect(todayInTimeZone('Asia/Shanghai', late)).toBe('2020-02-02');
    expect(todayInTimeZone('America/Los_Angeles', late)).toBe('2020-02-01');
    expect(todayInTimeZone('Not/AZone', late)).toBe('2020-02-02');
  });
});

describe('rollup totals', () => {
  const result = (total: number, verified: number, donations: number, errors = 0) =>
    ({
      households: { total, verified, rate: 0 },
      donations: { total: donations },
      problems: { errors, warnings: 1 },
    }) as unknown as TallyResult;
  it('adds money in cents, so the grand total is exact', () => {
    const entries: RollupEntry[] = [
      { id: 'a', title: 'A', ok: true, result: result(3, 1, 0.1) },
      { id: 'b', title: 'B', ok: true, result: result(0, 0, 0.2, 2) },
      { id: 'd', title: '', ok: false, error: 'no spreadsheet' },
    ];
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(rollupTotals(entries)).toEqual({
      spreadsheets: 3,
      counted: 2,
      failed: 1,
      households: 3,
      verified: 1,
      unreached: 2,
      rate: 0.3333,
      donations: 0.3,
      errors: 2,
      warnings: 2,
    });
    const big = [...entries, { id: 'c', title: 'C', ok: true, result: result(719, 719, 1_899_999.07) } as const];
    expect(rollupTotals(big).donations).toBe(1_899_999.37);
  });
});
