import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBoolean } from '../../../lib/cells/boolean.ts';
import { outcome } from './outcome.ts';

describe('parseBoolean', () => {
  it.each<[unknown, boolean]>([
    [true, true],
    [false, false],
    [1, true],
    [0, false],
    ['是', true],
    ['否', false],
    ['有', true],
    ['无', false],
    ['無', false],
    ['没有', false],
    ['对', true],
    ['錯', false],
    ['✓', true],
    ['✔', true],
    ['√', true],
    ['✗', false],
    ['×', false],
    ['Y', true],
    ['n', false],
    ['Ｙ', true],
    ['yes', true],
    ['No', false],
    ['TRUE', true],
    ['false', false],
    ['1', true],
    ['0', false],
    [' 是 ', true],
  ])('%j → %j', (raw, want) => {
    expect(outcome(parseBoolean(raw as never))).toBe(want);
  });

  it.each<[unknown, string]>([
    ['x', '!format'], // ticked, or crossed out?
    ['匿名', '!format'],
    ['是否', '!format'],
    ['maybe', '!format'],
    ['valueOf', '!format'],
    ['constructor', '!format'],
    ['__proto__', '!format'],
    [2, '!format'],
    [Number.NaN, '!format'],
    [new Date(2020, 1, 1), '!type'],
  ])('%j → %s', (raw, want) => {
    expect(outcome(parseBoolean(raw as never))).toBe(want);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => typeof parseBoolean(s).ok === 'boolean'));
  });
});
