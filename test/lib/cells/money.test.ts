import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centsToYuan, formatYuan, parseMoney } from '../../../lib/cells/money.ts';
import { advice, outcome } from './outcome.ts';

describe('parseMoney: amounts as ledgers write them, in cents', () => {
  it.each<[unknown, number]>([
    [5000, 500000],
    [0.1, 10],
    [1200.5, 120050],
    [3482232.1100000003, 348223211], // a published 合计: Excel's SUM with float noise
    [9360600.01999999, 936060002],
    [61609585.05, 6160958505],
    [0.1 + 0.2, 30],
    [0, 0],
    ['5000', 500000],
    ['5000.00', 500000],
    ['0.01', 1],
    ['226,000', 22600000],
    ['1,200.50', 120050],
    ['¥1,200.50', 120050],
    ['￥５０００', 500000],
    ['¥ 5000', 500000],
    ['5000元', 500000],
    ['5000 元', 500000],
    ['5000元整', 500000],
    ['1,200.5元', 120050],
    ['RMB 500', 50000],
    ['rmb500', 50000],
    ['CNY 500', 50000],
    ['500 RMB', 50000],
    ['人民币500元', 50000],
    ['人民币：5000元', 500000],
    ['１，２００元', 120000],
    ['5000块', 500000],
    ['20万元', 20000000],
    ['30万', 30000000],
    ['1.5萬', 1500000],
    ['1.15万', 1150000], // exactly: never 1.15 × 10000 in floats,
    ['0.001万', 1000],
    ['2千', 200000],
    ['1.2亿', 12000000000],
    ['3百万', 300000000],
    ['伍拾万元整', 50000000],
    ['壹万贰仟叁佰元整', 1230000],
    ['人民币伍佰元', 50000],
    ['人民幣伍佰圓整', 50000],
    ['拾万元', 10000000],
    ['壹佰元伍角', 10050],
    ['壹佰元零伍分', 10005],
    ['壹佰元伍角陆分', 10056],
    ['伍角', 50],
    ['5元5角', 550],
    ['两千元', 200000],
    ['三万五千元', 3500000],
    ['貳萬參仟元', 2300000],
    ['0', 0],
  ])('%j → %i cents', (raw, cents) => {
    expect(outcome(parseMoney(raw as never))).toBe(cents);
  });

  it.each<[unknown, string]>([
    ['', '!format'],
    ['abc', '!format'],
    ['1,20,0', '!format'], // misplaced separators
    ['1,2345', '!format'],
    [',100', '!format'],
    ['1.2.3', '!format'],
    ['1 200', '!format'],
    ['1200,50', '!format'],
    ['.5', '!format'],
    ['5.', '!format'],
    ['12.345', '!format'], // a fraction of a cent is typed, not noise
    ['12.345元', '!format'],
    [12.345, '!format'],
    [1.005, '!format'],
    [0.125, '!format'],
    ['-500', '!range'],
    ['-¥500', '!range'],
    ['¥-500', '!range'],
    ['-伍佰元', '!range'],
    [-500, '!range'],
    [1e300, '!range'],
    ['99999999999999999999', '!range'],
    ['约5000', '!format→5000'],
    ['大约5000元', '!format→5000'],
    ['5000左右', '!format→5000'],
    ['5000多元', '!format→5000'],
    ['1万余元', '!format→10000'],
    ['5000-6000', '!format'],
    ['5000~6000', '!format'],
    ['捐款5000元', '!format'],
    ['5000元（现金）', '!format'],
    ['5000至6000元', '!format'],
    ['$500', '!format'],
    ['US$500', '!format'],
    ['USD 500', '!format'],
    ['500美元', '!format'],
    ['500港元', '!format'],
    ['HK$500', '!format'],
    ['€500', '!format'],
    ['500元整5', '!format'],
    ['500整', '!format'],
    ['3万5千', '!format'], // mixed Arabic and Chinese units: not read
    ['5w', '!format'],
    ['元', '!format'],
    ['伍角伍角', '!format'],
    ['5.5元5角', '!format'],
    [Number.NaN, '!type'],
    [Number.POSITIVE_INFINITY, '!type'],
    [true, '!type'],
    [new Date(2020, 1, 1), '!type'],
    ['5'.repeat(100_000), '!format'],
  ])('%j → %s', (raw, want) => {
    expect(advice(parseMoney(raw as never))).toBe(want);
  });

  it('names the other currency', () => {
    expect(parseMoney('USD 500')).toEqual({ ok: false, code: 'format', expected: 'money-cny' });
    expect(parseMoney('500美元')).toEqual({ ok: false, code: 'format', expected: 'money-cny' });
  });
});

describe('parseMoney: the column unit (万元) applies to bare numbers only', () => {
  it.each<[unknown, number | string]>([
    [862.457, 862457000], // 862.457 万元 in a published goods ledger
    [12.345, 12345000],
    [0.1 + 0.2, 300000],
    [1.23456789, '!format'], // 12345.6789 yuan: below a cent
    ['862.457', 862457000],
    ['1,000', 1000000000],
    ['三千', 3000000000],
    ['30万', 30000000], // names its own unit
    ['30万元', 30000000],
    ['5000元', 500000],
    ['伍拾万元整', 50000000],
    ['¥50', '!format'], // the sign says yuan, the column says 万元
    ['¥50万', 50000000],
  ])('%j in 万元 → %j', (raw, want) => {
    expect(outcome(parseMoney(raw as never, 10_000))).toBe(want);
  });

  it('reads any positive integer unit, and refuses a unit that is not one', () => {
    expect(outcome(parseMoney('1.5', 1000))).toBe(150000);
    expect(outcome(parseMoney('1.5', 3))).toBe(450);
    expect(outcome(parseMoney(1.5, 3))).toBe(450);
    expect(() => parseMoney('1', 0)).toThrow(RangeError);
    expect(() => parseMoney('1', 0.5)).toThrow(RangeError);
  });
});

describe('formatYuan and centsToYuan', () => {
  it.each<[number, string, number]>([
    [120050, '1,200.50', 1200.5],
    [0, '0.00', 0],
    [1, '0.01', 0.01],
    [100, '1.00', 1],
    [348223211, '3,482,232.11', 3482232.11],
    [6160958505, '61,609,585.05', 61609585.05],
    [-120050, '-1,200.50', -1200.5],
  ])('%i → %s / %d', (cents, text, yuan) => {
    expect(formatYuan(cents)).toBe(text);
    expect(centsToYuan(cents)).toBe(yuan);
  });
});

// Amounts rendered by a reference that never touches floats.
const decimal = (cents: number): string => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
const FORMS: readonly ((c: number) => string)[] = [
  decimal,
  (c) => `${decimal(c)}元`,
  (c) => `¥${formatYuan(c)}`,
  (c) => `￥${decimal(c)}`,
  (c) => `${formatYuan(c)}元`,
  (c) => (c % 1_000_000 === 0 ? `${c / 1_000_000}万元` : decimal(c)),
];

describe('exact sums', () => {
  it('the sum in cents of typed amounts is the exact decimal sum', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 10_000_000_000 }), fc.nat(FORMS.length - 1)), { maxLength: 200 }), (rows) => {
        let sum = 0;
        let exact = 0n;
        for (const [cents, form] of rows) {
          const r = parseMoney(FORMS[form]!(cents));
          if (!r.ok) return false;
          sum += r.value;
          exact += BigInt(cents);
        }
        return BigInt(sum) === exact;
      }),
    );
  });

  it('many 0.10 and 0.20 amounts add up to the cent, where floats drift', () => {
    const cells = Array.from({ length: 1000 }, (_, i) => (i % 2 === 0 ? '0.10' : 0.2));
    let cents = 0;
    let float = 0;
    for (const c of cells) {
      const r = parseMoney(c);
      if (r.ok) cents += r.value;
      float += Number(c);
    }
    expect(cents).toBe(15000);
    expect(float).not.toBe(150);
  });

  it('a float sum of cent amounts (what a SUM cell holds) reads back as the exact sum', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000 }), { maxLength: 50 }), (cents) => {
        const floatSum = cents.reduce((a, c) => a + c / 100, 0);
        return outcome(parseMoney(floatSum)) === cents.reduce((a, c) => a + c, 0);
      }),
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789.,¥￥元万萬亿千百整角分零壹贰叁伍拾佰仟-约 $'), maxLength: 20 }), (s) => {
        const r = parseMoney(s);
        return r.ok ? Number.isSafeInteger(r.value) && r.value >= 0 : r.expected.startsWith('money');
      }),
    );
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => typeof parseMoney(s).ok === 'boolean'));
  });
});
