import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInteger, parsePlaceNumber } from '../../../lib/cells/integer.ts';
import { advice, outcome } from './outcome.ts';

describe('parseInteger: counts as teams type them', () => {
  it.each<[unknown, number | string]>([
    [3, 3],
    [0, 0],
    [-0, 0],
    ['3', 3],
    ['03', 3],
    ['３', 3],
    ['１２', 12],
    [' 3 ', 3],
    ['3人', 3],
    ['3 人', 3],
    ['3口人', 3],
    ['3个人', 3],
    ['3次', 3],
    ['2户', 2],
    ['三', 3],
    ['三人', 3],
    ['两人', 2],
    ['十二次', 12],
    ['100箱', 100],
    ['1,200', 1200],
    ['10,000只', 10000],
    ['3.0', 3],
    ['-0', 0],
    ['\u00a03\u200b', 3],
  ])('%j → %j', (raw, want) => {
    expect(outcome(parseInteger(raw as never))).toBe(want);
  });

  it.each<[unknown, string]>([
    [3.5, '!type'],
    [Number.NaN, '!type'],
    [Number.POSITIVE_INFINITY, '!type'],
    [-1, '!range'],
    [2 ** 53, '!range'],
    [true, '!type'],
    [new Date(2020, 1, 1), '!type'],
    ['3.5', '!format'],
    ['-1', '!range'],
    ['-1人', '!range'],
    ['abc', '!format'],
    ['3-4', '!format'],
    ['3~4人', '!format'],
    ['3或4', '!format'],
    ['约3人', '!format→3'],
    ['3人左右', '!format→3'],
    ['十多人', '!format→10'],
    ['1,20', '!format'],
    ['+3', '!format'],
    ['3人3次', '!format'],
    ['一二', '!format'],
    ['99999999999999999999', '!range'],
    ['3'.repeat(100_000), '!range'],
    ['人'.repeat(100_000), '!format'],
  ])('%j → %s', (raw, want) => {
    expect(advice(parseInteger(raw as never))).toBe(want);
  });

  it('reads every count written with digits, full-width digits or a counting word', () => {
    fc.assert(
      fc.property(fc.nat(), fc.constantFrom('', '人', ' 人', '次', '户'), fc.boolean(), (n, suffix, wide) => {
        const digits = wide ? [...String(n)].map((d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).join('') : String(n);
        return outcome(parseInteger(digits + suffix)) === n;
      }),
    );
  });
});

describe('parsePlaceNumber: buildings', () => {
  it.each<[unknown, string]>([
    [12, '12'],
    ['12', '12'],
    ['012', '12'],
    ['１２', '12'],
    ['12号楼', '12'],
    ['１２号楼', '12'],
    ['12 号楼', '12'],
    ['12号', '12'],
    ['12栋', '12'],
    ['12棟', '12'],
    ['12幢', '12'],
    ['12座', '12'],
    ['12楼', '12'],
    ['12#', '12'],
    ['12＃', '12'],
    ['#12', '12'],
    ['12#楼', '12'],
    ['十二号楼', '12'],
    ['十二', '12'],
    ['第12栋', '12'],
    ['第十二栋', '12'],
    ['12號樓', '12'],
    ['Building 12', '12'],
    ['Bldg. 12', '12'],
    ['bldg 12', '12'],
    ['Block 12', '12'],
    ['Blk12', '12'],
    ['No. 12', '12'],
    ['B12栋', 'B12'],
    ['b12', 'B12'],
    ['A座', 'A'],
    ['a座', 'A'],
    ['12A', '12A'],
    ['综合楼', '综合楼'],
    ['3号综合楼', '3号综合楼'],
    ['North Tower', 'NORTH TOWER'],
    ['12.0', '12'],
  ])('%j → %j', (raw, want) => {
    expect(outcome(parsePlaceNumber(raw as never, 'building'))).toBe(want);
  });

  it.each<[unknown, string]>([
    ['12-3', '!format'], // building 12, room 3? or buildings 12 to 3?
    ['12栋3单元', '!format'],
    ['1-3栋', '!format'],
    ['12.5', '!format'],
    ['3单元', '!format'], // a unit in the building column
    [12.5, '!type'],
    [-1, '!range'],
    [Number.NaN, '!type'],
    [true, '!type'],
  ])('%j → %s', (raw, want) => {
    expect(outcome(parsePlaceNumber(raw as never, 'building'))).toBe(want);
  });
});

describe('parsePlaceNumber: units', () => {
  it.each<[unknown, string]>([
    [3, '3'],
    ['3', '3'],
    ['03', '3'],
    ['３', '3'],
    ['3单元', '3'],
    ['３单元', '3'],
    ['三单元', '3'],
    ['第三单元', '3'],
    ['3單元', '3'],
    ['3门', '3'],
    ['3號門', '3'],
    ['3号', '3'],
    ['Unit 3', '3'],
    ['unit3', '3'],
    ['A单元', 'A'],
    ['东单元', '东单元'],
  ])('%j → %j', (raw, want) => {
    expect(outcome(parsePlaceNumber(raw as never, 'unit'))).toBe(want);
  });

  it.each<[unknown, string]>([
    ['12号楼', '!format'], // a building in the unit column
    ['3-4', '!format'],
    ['1单元2单元', '!format'],
    [3.5, '!type'],
  ])('%j → %s', (raw, want) => {
    expect(outcome(parsePlaceNumber(raw as never, 'unit'))).toBe(want);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.constantFrom('building', 'unit') as fc.Arbitrary<'building' | 'unit'>,
        (s, kind) => {
          const r = parsePlaceNumber(s, kind);
          return r.ok ? typeof r.value === 'string' : r.expected === kind;
        },
      ),
    );
  });
});
