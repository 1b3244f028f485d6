import { describe, expect, it } from 'vitest';
import { parseFeverCount, parseHeadcount } from '../../../lib/cells/headcount.ts';

describe('head counts of a shop check', () => {
  it.each([
    [3, 3],
    ['3', 3],
    ['3人', 3],
    ['三人', 3],
    ['１２', 12],
    ['无', 0],
    ['没有', 0],
    ['-', 0],
    ['—', 0],
    ['否', 0],
    [0, 0],
  ] as const)('%j is %d', (raw, n) => expect(parseHeadcount(raw)).toEqual({ ok: true, value: n }));

  it('refuses what is not a count', () => {
    expect(parseHeadcount('很多')).toMatchObject({ ok: false, expected: 'headcount' });
    expect(parseHeadcount(-2)).toMatchObject({ ok: false });
    expect(parseHeadcount(50_000)).toMatchObject({ ok: false, code: 'range' });
  });
});

describe('体温异常: a count, a reading or a yes/no', () => {
  it.each([
    [0, 0],
    [1, 1],
    ['2人', 2],
    ['无', 0],
    ['正常', 0],
    ['有', 1],
    [37.5, 1],
    ['37.8℃', 1],
    ['36.5', 0],
    [36.5, 0],
    ['37.3度', 1],
    [38, 1],
    [37, 0],
  ] as const)('%j is %d with a fever', (raw, n) => expect(parseFeverCount(raw)).toEqual({ ok: true, value: n }));

  it('offers the Celsius value for a Fahrenheit reading, and refuses words it does not know', () => {
    expect(parseFeverCount('99.5°F')).toEqual({ ok: false, code: 'format', expected: 'fever-count', suggestion: '37.5' });
    expect(parseFeverCount('看情况')).toMatchObject({ ok: false, expected: 'fever-count' });
  });
});
