import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDisclose, parseDonationKind } from '../../../lib/cells/donation-kind.ts';
import { parseForeignMoney } from '../../../lib/cells/foreign-money.ts';
import { parseQuantity } from '../../../lib/cells/quantity.ts';
import type { Cell } from '../../../lib/cells/result.ts';
import { advice, outcome } from './outcome.ts';

describe('parseDonationKind', () => {
  it.each<[Cell, string]>([
    ['捐款', 'cash'],
    ['现金', 'cash'],
    ['善款', 'cash'],
    ['Cash', 'cash'],
    ['捐款（转账）', 'cash'],
    [' 捐款 ', 'cash'],
    ['捐物', 'goods'],
    ['物資', 'goods'],
    ['实物', 'goods'],
    ['In-kind', 'goods'],
    ['捐赠物资', 'goods'],
    ['goods', 'goods'],
    ['款物', '!format'],
    ['其他', '!format'],
    [1, '!type'],
    ['', '!format'],
  ])('%o → %s', (raw, want) => expect(outcome(parseDonationKind(raw))).toBe(want));
});

describe('parseDisclose', () => {
  it.each<[Cell, string]>([
    ['是', 'yes'],
    ['公示', 'yes'],
    ['Y', 'yes'],
    [true, 'yes'],
    ['✓', 'yes'],
    ['否', 'no'],
    ['不公示', 'no'],
    ['不公開', 'no'],
    [false, 'no'],
    ['N', 'no'],
    ['匿名', 'anonymous'],
    ['匿名公示', 'anonymous'],
    ['Anonymous', 'anonymous'],
    ['也许', '!format'],
  ])('%o → %s', (raw, want) => expect(outcome(parseDisclose(raw))).toBe(want));
});

describe('parseQuantity', () => {
  it.each<[Cell, unknown]>([
    [500, { quantity: 500, unit: '' }],
    [0.1, { quantity: 0.1, unit: '' }],
    ['500', { quantity: 500, unit: '' }],
    ['500箱', { quantity: 500, unit: '箱' }],
    ['１,２００ 只', { quantity: 1200, unit: '只' }],
    ['13.5万盒', { quantity: 135000, unit: '盒' }],
    ['三箱', { quantity: 3, unit: '箱' }],
    ['两千只', { quantity: 2000, unit: '只' }],
    ['1.5吨', { quantity: 1.5, unit: '吨' }],
    ['20 kg', { quantity: 20, unit: 'kg' }],
    ['1400瓶60箱', '!format'],
    ['约500箱', '!format→500箱'],
    ['N95', '!format'],
    [0, '!range'],
    [-3, '!range'],
    ['0箱', '!range'],
    [new Date(0), '!type'],
  ])('%o → %o', (raw, want) => expect(advice(parseQuantity(raw))).toEqual(want));
});

describe('parseForeignMoney', () => {
  it.each<[Cell, number | string]>([
    [500, 50000],
    [1200.5, 120050],
    ['$1,200.50', 120050],
    ['USD 500', 50000],
    ['500美元', 50000],
    ['1.5万美元', 1500000],
    ['HK$100', 10000],
    ['€20', 2000],
    ['100元', '!format'],
    ['¥100', '!format'],
    ['RMB 5', '!format'],
    ['about 5', '!format'],
  ])('%o → %s', (raw, want) => expect(outcome(parseForeignMoney(raw))).toBe(want));
});

describe('donation cell parsers answer every cell and never throw', () => {
  const cell: fc.Arbitrary<Cell> = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.date({ noInvalidDate: false }),
    fc.constantFrom<Cell>(null, undefined, 'x'.repeat(100_000), '9'.repeat(100_000), '一'.repeat(100_000)),
  );
  it.each([
    ['kind', parseDonationKind],
    ['disclose', parseDisclose],
    ['quantity', parseQuantity],
    ['foreign money', parseForeignMoney],
  ] as const)('%s', (_, parse) => {
    fc.assert(
      fc.property(cell, (c) => {
        const r = parse(c);
        return typeof r.ok === 'boolean' && (r.ok || r.expected.length > 0);
      }),
      { numRuns: 300 },
    );
  });
});
