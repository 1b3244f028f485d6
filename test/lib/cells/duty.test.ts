import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseClosedManagement, parseDoneCount, parseEntryCount } from '../../../lib/cells/duty.ts';
import type { Cell } from '../../../lib/cells/result.ts';
import { advice } from './outcome.ts';

const done = (raw: Cell) => {
  const r = parseDoneCount(raw);
  return r.ok ? `${r.value.done ? 'done' : 'not done'} ${r.value.count}` : `!${r.code}`;
};

describe('parseDoneCount (消杀, 垃圾清运)', () => {
  it.each<[Cell, string]>([
    ['是', 'done 1'],
    ['已消杀', 'done 1'],
    ['已清运', 'done 1'],
    ['垃圾已清运', 'done 1'],
    ['√', 'done 1'],
    ['完成', 'done 1'],
    [true, 'done 1'],
    ['否', 'not done 0'],
    ['无', 'not done 0'],
    ['未消杀', 'not done 0'],
    ['没消毒', 'not done 0'],
    ['×', 'not done 0'],
    [false, 'not done 0'],
    ['2次', 'done 2'],
    ['两次', 'done 2'],
    ['消杀2次', 'done 2'],
    ['已消杀3遍', 'done 3'],
    ['上午1次下午1次', 'done 2'],
    ['早晚各一次', 'done 2'],
    ['楼道消杀2次，电梯消杀3次', 'done 5'],
    ['0次', 'not done 0'],
    [2, 'done 2'],
    [0, 'not done 0'],
    ['２次', 'done 2'],
    ['看情况', '!format'],
    ['未消杀1次', '!format'],
    [2.5, '!format'],
    [new Date(0), '!type'],
  ])('%s → %s', (raw, want) => {
    expect(done(raw)).toBe(want);
  });

  it('reads N次 and N遍 for any count', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.constantFrom('次', '遍', '回'),
        (n, unit) => done(`${n}${unit}`) === `${n > 0 ? 'done' : 'not done'} ${n}`,
      ),
    );
  });
});

describe('parseEntryCount (出入登记, 人次)', () => {
  it.each<[Cell, number | string]>([
    ['120', 120],
    ['120人次', 120],
    ['１２０', 120],
    ['一百二十', 120],
    [35, 35],
    ['1,200', 1200],
    ['无', 0],
    ['-', 0],
    ['约120', '!format→120'],
    ['abc', '!format'],
    [-3, '!range'],
  ])('%s → %s', (raw, want) => {
    expect(advice(parseEntryCount(raw))).toBe(want);
  });

  it('names what the cell should hold', () => {
    expect(parseEntryCount('abc')).toMatchObject({ expected: 'entry-count' });
  });
});

describe('parseClosedManagement (封闭管理)', () => {
  it.each<[Cell, string]>([
    ['正常', 'normal'],
    ['良好', 'normal'],
    ['无异常', 'normal'],
    ['基本正常', 'normal'],
    ['到位', 'normal'],
    ['正常，无问题', 'normal'],
    ['√', 'normal'],
    [true, 'normal'],
    ['東門無人值守', 'issue: 東門無人值守'],
    ['否', 'issue: 否'],
    ['不到位', 'issue: 不到位'],
    ['不正常', 'issue: 不正常'],
    ['正常，东门无人值守', 'issue: 正常，东门无人值守'],
    [false, 'issue: 否'],
  ])('%s → %s', (raw, want) => {
    const r = parseClosedManagement(raw);
    expect(r.ok ? (r.value.normal ? 'normal' : `issue: ${r.value.issue}`) : `!${r.code}`).toBe(want);
  });

  it('is not a value when blank or not text', () => {
    expect(parseClosedManagement(' ')).toMatchObject({ ok: false, code: 'format' });
    expect(parseClosedManagement(3)).toMatchObject({ ok: false, code: 'type' });
  });
});
