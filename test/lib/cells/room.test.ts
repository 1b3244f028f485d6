import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRoom } from '../../../lib/cells/room.ts';
import { outcome } from './outcome.ts';

describe('parseRoom', () => {
  it.each<[unknown, string]>([
    [301, '301'],
    ['301', '301'],
    ['0301', '0301'], // kept as typed: 0301 and 301 may be different doors
    ['０３０１', '0301'],
    [' 301 ', '301'],
    ['301室', '301'],
    ['301 室', '301'],
    ['301号', '301'],
    ['301號', '301'],
    ['301房', '301'],
    ['Room 301', '301'],
    ['Rm.301', '301'],
    ['301a', '301A'],
    ['甲301', '甲301'],
    ['3-301', '3-301'],
    ['地下室', '地下室'],
    ['B1室', 'B1'],
    ['室', '室'],
    [0, '0'],
  ])('%j → %j', (raw, want) => {
    expect(outcome(parseRoom(raw as never))).toBe(want);
  });

  it.each<[unknown, string]>([
    [301.5, '!type'],
    [-301, '!type'],
    [Number.NaN, '!type'],
    [1e21, '!type'],
    [true, '!type'],
    [new Date(2020, 1, 1), '!type'],
  ])('%j → %s', (raw, want) => {
    expect(outcome(parseRoom(raw as never))).toBe(want);
  });

  it('a number cell and the same digits typed as text are one room', () => {
    fc.assert(fc.property(fc.nat(), (n) => outcome(parseRoom(n)) === outcome(parseRoom(String(n)))));
  });
});
