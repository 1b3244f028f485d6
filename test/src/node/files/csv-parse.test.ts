import { describe, expect, it } from 'vitest';
import { CsvLimitError, parseCsvText, type CsvLimitHit } from '../../../../src/node/files/csv-parse.ts';

const limits = { maxRows: 5, maxColumns: 4, maxCells: 12 };
const hitOf = (text: string): CsvLimitHit | undefined => {
  try {
    parseCsvText(text, ',', limits);
    return undefined;
  } catch (e) {
    if (e instanceof CsvLimitError) return e.hit;
    throw e;
  }
};

describe('parseCsvText: a quote never closed', () => {
  it('is reported at the row and column where it opens, and the rows after it still count', () => {
    const text = '小区,楼号,门牌号,核查状态\n金都小区,1,101,入户登记\n"金都小区,2,102,入户登记\n金都小区,3,103,入户登记\n';
    expect(parseCsvText(text, ',')).toEqual({
      rows: [
        ['小区', '楼号', '门牌号', '核查状态'],
        ['金都小区', '1', '101', '入户登记'],
        ['金都小区', '2', '102', '入户登记'],
        ['金都小区', '3', '103', '入户登记'],
      ],
      unclosed: [{ row: 3, column: 0, text: '金都小区' }],
    });
  });

  it('in a later column, and in the last row', () => {
    expect(parseCsvText('a,b\nc,"d\ne,f', ',')).toEqual({
      rows: [
        ['a', 'b'],
        ['c', 'd'],
        ['e', 'f'],
      ],
      unclosed: [{ row: 2, column: 1, text: 'd' }],
    });
    expect(parseCsvText('a,b\nc,"', ',')).toEqual({
      rows: [
        ['a', 'b'],
        ['c', ''],
      ],
      unclosed: [{ row: 2, column: 1, text: '' }],
    });
  });

  it('leaves a quoted cell that spans lines and closes alone', () => {
    expect(parseCsvText('"第一行\n第二行",x\ny', ',')).toEqual({ rows: [['第一行\n第二行', 'x'], ['y']], unclosed: [] });
  });
});

describe('parseCsvText: the limits of a sheet, checked while parsing', () => {
  it('stops at the first row wider than the columns limit, naming it and its width', () => {
    expect(hitOf('a,b\n1,2,3,4,5,6\n')).toEqual({ limit: 'columns', row: 2, found: 6 });
  });

  it('does not count trailing empty fields (a row of commas is blank)', () => {
    expect(hitOf('a,b\n1,2,,,,,,,,\n')).toBeUndefined();
    expect(parseCsvText('a,b\n1,2,,,,,,,,\n', ',', limits).rows[1]).toEqual(['1', '2', '', '']);
  });

  it('stops at the first row with a value beyond the rows limit; blank rows after the data do not count', () => {
    expect(hitOf('1\n2\n3\n4\n5\n6\n')).toEqual({ limit: 'rows', found: 6 });
    expect(hitOf('1\n2\n3\n4\n5\n\n\n\n\n\n')).toBeUndefined();
  });

  it('stops when the used range (rows × widest row) passes the cells limit', () => {
    expect(hitOf('a,b,c\n1,2,3\n4,5,6\n7,8,9\n')).toBeUndefined();
    expect(hitOf('a,b,c\n1,2,3\n4,5,6\n7,8,9,10\n')).toEqual({ limit: 'cells', row: 4, columns: 4, found: 16 });
  });

  it('refuses a row of a million fields, counting them all', () => {
    const text = `小区,楼号\n${Array.from({ length: 1_000_000 }, () => 'a').join(',')}\n`;
    expect(() => parseCsvText(text, ',', { maxRows: 1_048_576, maxColumns: 16_384, maxCells: 10_000_000 })).toThrow(
      expect.objectContaining({ hit: { limit: 'columns', row: 2, found: 1_000_000 } }),
    );
  });
});
