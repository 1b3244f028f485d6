import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idCheckChar, maskId, parseIdNumber } from '../../../lib/cells/id-number.ts';
import { outcome } from './outcome.ts';

// The example number of GB 11643-1999 and one built here with its check digit.
const SAMPLE = '11010519491231002X';
const OTHER = `42010619800229123${idCheckChar('42010619800229123')}`;

describe('parseIdNumber', () => {
  it.each<[unknown, string]>([
    [SAMPLE, SAMPLE],
    ['11010519491231002x', SAMPLE],
    ['１１０１０５１９４９１２３１００２Ｘ', SAMPLE],
    [' 11010519491231002X ', SAMPLE],
    ['110105 19491231 002X', SAMPLE],
    ['110105-19491231-002X', SAMPLE],
    ["'11010519491231002X", SAMPLE], // Excel's text marker kept by a CSV
    [OTHER, OTHER],
    ['110105491231002', '110105491231002'], // 15-digit, 1949-12-31
    [110105491231002, '110105491231002'], // 15 digits fit a number exactly
  ])('%j → %s', (raw, want) => {
    expect(outcome(parseIdNumber(raw as never))).toBe(want);
  });

  it.each<[unknown, string]>([
    [110105194912310020, '!precision-loss'], // an 18-digit ID typed into a number cell
    [1.1010519491231e17, '!precision-loss'],
    ['1.10105194912310E+17', '!precision-loss'], // as Excel shows it, kept by a CSV
    ['1.10105E+17', '!precision-loss'],
    ['110105194912310021', '!format'], // check digit wrong
    ['11010519491231002Y', '!format'],
    ['01010519491231002X', '!format'], // region cannot start with 0
    ['91010519491231002X', '!format'],
    [`11010519490230002${idCheckChar('11010519490230002')}`, '!format'], // 30 February
    [`11010518991231002${idCheckChar('11010518991231002')}`, '!format'], // born 1899
    ['110105491331002', '!format'], // month 13
    ['1101051949123100', '!format'],
    ['abc', '!format'],
    [12345, '!format'],
    [1.5, '!type'],
    [Number.NaN, '!type'],
    [true, '!type'],
    [new Date(2020, 1, 1), '!type'],
    ['1'.repeat(100_000), '!format'],
  ])('%j → %s', (raw, want) => {
    expect(outcome(parseIdNumber(raw as never))).toBe(want);
  });

  const body = fc
    .tuple(fc.integer({ min: 110000, max: 829999 }), fc.integer({ min: 0, max: 365 * 120 }), fc.integer({ min: 0, max: 999 }))
    .map(([region, day, seq]) => {
      const birth = new Date(Date.UTC(1900, 0, 1) + day * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
      return `${region}${birth}${String(seq).padStart(3, '0')}`;
    });

  it('accepts every well-formed ID and rejects any single changed character', () => {
    fc.assert(
      fc.property(body, fc.nat(17), fc.nat(9), (first17, at, digit) => {
        const id = first17 + idCheckChar(first17);
        if (outcome(parseIdNumber(id)) !== id) return false;
        const changed = id.slice(0, at) + String(digit) + id.slice(at + 1);
        return changed === id || !parseIdNumber(changed).ok;
      }),
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => typeof parseIdNumber(s).ok === 'boolean'));
  });
});

describe('maskId', () => {
  it.each([
    [SAMPLE, '110105********002X'],
    ['110105491231002', '110105*****1002'],
    ['12345', '*****'],
  ])('%s → %s', (id, want) => {
    expect(maskId(id)).toBe(want);
  });
});
