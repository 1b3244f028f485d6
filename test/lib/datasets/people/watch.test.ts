import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayNumber } from '../../../../lib/cells/date.ts';
import { watchOf } from '../../../../lib/datasets/people/watch.ts';
import { tallyWorkbook } from '../../../../lib/index.ts';

const at = (day: string) => dayNumber(day);
const arrived = (arrival: string, more: Partial<Parameters<typeof watchOf>[0]> = {}) =>
  ({ arrival, watchStart: undefined, watchEnd: undefined, measure: undefined, ...more }) as const;

describe('the watch of one person (DESIGN.md: day 1 is the start day)', () => {
  it('watches someone who arrived on 21 Jan through 3 Feb, and releases them on 4 Feb', () => {
    expect(watchOf(arrived('2020-01-21'), at('2020-01-21'), 14)).toMatchObject({ state: 'underWatch', day: 1, end: '2020-02-03' });
    expect(watchOf(arrived('2020-01-21'), at('2020-02-03'), 14)).toMatchObject({ state: 'underWatch', day: 14 });
    expect(watchOf(arrived('2020-01-21'), at('2020-02-04'), 14)).toMatchObject({ state: 'released', day: 0 });
    expect(watchOf(arrived('2020-01-21'), at('2020-01-20'), 14)).toMatchObject({ state: 'notStarted' });
  });

  it('starts on 隔离开始 when given, and ends on an explicit end date', () => {
    expect(watchOf(arrived('2020-01-21', { watchStart: '2020-01-25' }), at('2020-02-05'), 14)).toMatchObject({
      state: 'underWatch',
      start: '2020-01-25',
      end: '2020-02-07',
      day: 12,
    });
    expect(watchOf(arrived('2020-01-21', { watchEnd: '2020-02-10' }), at('2020-02-08'), 14)).toMatchObject({
      state: 'underWatch',
      end: '2020-02-10',
    });
    expect(watchOf(arrived('2020-01-21', { watchEnd: '2020-01-28' }), at('2020-01-29'), 14)).toMatchObject({ state: 'released' });
  });

  it('ends with 已解除 whatever the dates say; 拟返回 with no date has not started', () => {
    expect(watchOf(arrived('2020-02-01', { measure: 'released' }), at('2020-02-03'), 14).state).toBe('released');
    expect(
      watchOf({ arrival: undefined, watchStart: undefined, watchEnd: undefined, measure: 'expected_return' }, at('2020-02-03'), 14).state,
    ).toBe('notStarted');
    expect(
      watchOf({ arrival: undefined, watchStart: undefined, watchEnd: undefined, measure: 'home_quarantine' }, at('2020-02-03'), 14).state,
    ).toBe('unknown');
  });
});

// Any start, any as-of day within a month either side, any watch length.
const dayArb = fc.integer({ min: 0, max: 120 }).map((n) => addDays('2020-01-01', n));

describe('watch boundaries around the as-of day (property)', () => {
  it('puts a person in exactly one state, under watch for exactly watchDays days', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 1, max: 30 }), (start, days) => {
        const states = Array.from({ length: days + 2 }, (_, i) => watchOf(arrived(start), at(start) - 1 + i, days));
        expect(states[0]!.state).toBe('notStarted');
        expect(states.slice(1, days + 1).map((w) => w.state)).toEqual(Array(days).fill('underWatch'));
        expect(states.slice(1, days + 1).map((w) => w.day)).toEqual(Array.from({ length: days }, (_, i) => i + 1));
        expect(states[days + 1]!.state).toBe('released');
      }),
    );
  });

  it('counts a register as of any day so that every person is in one bucket, and endingToday only on the last day', () => {
    fc.assert(
      fc.property(fc.array(dayArb, { minLength: 1, maxLength: 12 }), dayArb, fc.integer({ min: 1, max: 21 }), (arrivals, asOf, days) => {
        const values = [['姓名', '人员类别', '抵达日期'], ...arrivals.map((d, i) => [`人${i}`, '返乡', d])];
        const p = tallyWorkbook([{ name: '重点人员', values }], { asOf, watchDays: days }).people!;
        expect(p.underWatch + p.released + p.notStarted).toBe(arrivals.length);
        expect(p.notStarted).toBe(arrivals.filter((d) => d > asOf).length);
        expect(p.endingToday).toBe(arrivals.filter((d) => addDays(d, days - 1) === asOf).length);
        expect(p.missedToday).toBe(p.underWatch);
      }),
    );
  });
});
