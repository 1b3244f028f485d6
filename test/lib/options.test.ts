import { describe, expect, it } from 'vitest';
import { OptionError, parseAsOf, resolveOptions } from '../../lib/options.ts';
import { tallyWorkbook } from '../../lib/index.ts';

describe('options', () => {
  it('resolve to the defaults: zh-Hans, +480, 5000 problems, a 20:00 cut-off, a 14-day watch', () => {
    const o = resolveOptions();
    expect(o).toMatchObject({
      locale: 'zh-Hans',
      asOf: undefined,
      year: undefined,
      tzOffsetMinutes: 480,
      maxProblems: 5000,
      cutoff: 20 * 60,
      watchDays: 14,
    });
    expect(o.exclude('汇总-住户')).toBe(true);
    expect(o.exclude('住户登记')).toBe(false);
  });

  it('read asOf once: a day is the whole day, a day and time stops at that minute', () => {
    expect(parseAsOf('2020-02-03')).toEqual({ day: '2020-02-03', dayNumber: 18295, minutes: 1440 });
    expect(parseAsOf('2020-02-01T23:00')).toEqual({ day: '2020-02-01', dayNumber: 18293, minutes: 23 * 60 });
    expect(parseAsOf('2020-02-01 9:05')).toEqual({ day: '2020-02-01', dayNumber: 18293, minutes: 9 * 60 + 5 });
    expect(resolveOptions({ asOf: '2020-02-29T07:30' })).toMatchObject({ asOf: { day: '2020-02-29', minutes: 450 }, year: 2020 });
    expect(resolveOptions({ cutoff: '18:30', watchDays: 7 })).toMatchObject({ cutoff: 18 * 60 + 30, watchDays: 7 });
  });

  it.each([
    ['asOf', { asOf: '2020-13-45' }],
    ['asOf', { asOf: '2020-02-30' }],
    ['asOf', { asOf: '2019-02-29' }],
    ['asOf', { asOf: '2020-02-01T25:00' }],
    ['asOf', { asOf: '2020-02-01T23:60' }],
    ['asOf', { asOf: '2020/02/01' }],
    ['asOf', { asOf: '' }],
    ['cutoff', { cutoff: '8pm' }],
    ['cutoff', { cutoff: '24:00' }],
    ['watchDays', { watchDays: 0 }],
    ['watchDays', { watchDays: 1.5 }],
  ] as const)('reject a wrong %s with a typed error naming the option: %j', (option, given) => {
    const thrown = (() => {
      try {
        resolveOptions(given);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(thrown).toBeInstanceOf(OptionError);
    expect(thrown).toMatchObject({ option, value: Object.values(given)[0] });
  });

  it('are checked by tallyWorkbook before any sheet is read', () => {
    expect(() => tallyWorkbook([{ name: 'x', values: [['小区', '楼号', '门牌号']] }], { asOf: '2020-02-30' })).toThrow(OptionError);
  });
});
