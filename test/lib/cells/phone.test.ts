import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskPhone, parsePhone } from '../../../lib/cells/phone.ts';
import { advice } from './outcome.ts';

describe('parsePhone: mobiles', () => {
  it.each<[unknown, string]>([
    ['13812345678', '13812345678'],
    ['138 1234 5678', '13812345678'],
    ['138-1234-5678', '13812345678'],
    ['138.1234.5678', '13812345678'],
    ['１３８１２３４５６７８', '13812345678'],
    ['１３８　１２３４　５６７８', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['+8613812345678', '13812345678'],
    ['+86-13812345678', '13812345678'],
    ['(+86)13812345678', '13812345678'],
    ['0086 13812345678', '13812345678'],
    ['86 13812345678', '13812345678'],
    ['8613812345678', '13812345678'],
    ['013812345678', '13812345678'], // the long-distance 0 before a mobile
    ['\u200b13812345678\u00a0', '13812345678'],
    ['19912345678', '19912345678'],
    [13812345678, '13812345678'], // a number cell holds 11 digits exactly
    [8613812345678, '13812345678'],
  ])('%j → %s', (raw, want) => {
    expect(advice(parsePhone(raw as never))).toBe(want);
  });
});

describe('parsePhone: landlines', () => {
  it.each<[unknown, string]>([
    ['027-8765 4321', '027-87654321'],
    ['027-87654321', '027-87654321'],
    ['(027)87654321', '027-87654321'],
    ['（027）87654321', '027-87654321'],
    ['02787654321', '027-87654321'],
    ['010-62345678', '010-62345678'],
    ['0755-2345678', '0755-2345678'],
    ['0755 2345 6789', '0755-23456789'],
    ['+86 27 8765 4321', '027-87654321'],
    ['+86 10 8765 4321', '010-87654321'],
    ['027-87654321转123', '027-87654321-123'],
    ['027-87654321 转 123', '027-87654321-123'],
    ['027-87654321 ext. 123', '027-87654321-123'],
    ['027-87654321x8', '027-87654321-8'],
  ])('%j → %s', (raw, want) => {
    expect(advice(parsePhone(raw as never))).toBe(want);
  });
});

describe('parsePhone: rejected', () => {
  it.each<[unknown, string]>([
    ['12345678901', '!format'], // 12x is not a mobile prefix
    ['1381234567', '!format'], // a digit short
    ['138123456789', '!format'],
    ['87654321', '!format'], // no area code
    ['010-1234567', '!format'], // local number starting with 1
    ['0123-4567890', '!format'], // no 01xx area codes besides 010
    ['+852 2345 6789', '!format'],
    ['13812345678转123', '!format→13812345678'],
    ['13812345678, 13987654321', '!format→13812345678'], // two phones: offer the first, never pick
    ['13812345678/13987654321', '!format→13812345678'],
    ['13812345678 13987654321', '!format→13812345678'],
    ['138 1234 5678、139 8765 4321', '!format→13812345678'],
    ['张三 13812345678', '!format→13812345678'],
    ['手机：138-1234-5678', '!format→13812345678'],
    ['无', '!format'],
    ['abc', '!format'],
    [2787654321, '!precision-loss→027-87654321'], // the 0 of 027 is gone
    [75523456789, '!precision-loss→0755-23456789'],
    [1012345678, '!precision-loss'],
    [123456789, '!precision-loss'],
    [87654321, '!format'],
    [138.12345678, '!type'],
    [-13812345678, '!type'],
    [Number.NaN, '!type'],
    [true, '!type'],
    [new Date(2020, 1, 1), '!type'],
    ['1'.repeat(100_000), '!format'],
  ])('%j → %s', (raw, want) => {
    expect(advice(parsePhone(raw as never))).toBe(want);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => typeof parsePhone(s).ok === 'boolean'));
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789 -+()转,'), maxLength: 40 }), (s) => {
        const r = parsePhone(s);
        return !r.ok || /^(?:1[3-9]\d{9}|0\d{2,3}-[2-9]\d{6,7}(?:-\d{1,6})?)$/.test(r.value);
      }),
    );
  });
});

describe('maskPhone', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['027-87654321', '027-****4321'],
    ['0755-2345678', '0755-***5678'],
    ['027-87654321-123', '027-****4321'],
    ['123', '****'],
  ])('%s → %s', (p, want) => {
    expect(maskPhone(p)).toBe(want);
  });
});
