import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FEVER_CELSIUS, isFever, parseTemperature, temperatureRange } from '../../../lib/cells/temperature.ts';
import { advice } from './outcome.ts';

describe('parseTemperature', () => {
  it.each<[string | number, number | string]>([
    [36.5, 36.5],
    ['36.5', 36.5],
    ['36.8℃', 36.8],
    ['36.8°C', 36.8],
    ['36.8 °c', 36.8],
    ['36,8', 36.8],
    ['36度5', 36.5],
    ['36度5分', 36.5],
    ['36.5度', 36.5],
    ['37度', 37],
    ['三十六度五', 36.5],
    ['三十七度', 37],
    ['体温36.6', 36.6],
    [' 36.5 ', 36.5],
    ['３６．５', 36.5],
    ['36.85', 36.85],
    ['37', 37],
    [38, 38],
    // Not read, with the value to check: Fahrenheit, a missing or moved decimal point, two readings.
    ['华氏98.6', '!format→37'],
    ['98.6°F', '!format→37'],
    ['98.6℉', '!format→37'],
    ['100.4F', '!format→38'],
    [98.6, '!format→37'],
    ['365', '!format→36.5'],
    [3.65, '!format→36.5'],
    ['36.5/37.4', '!format→37.4'],
    ['正常', '!format'],
    ['abc', '!format'],
    ['', '!format'],
    [60, '!range'],
    [-1, '!format'],
  ])('%s → %s', (raw, want) => {
    expect(advice(parseTemperature(raw))).toBe(want);
  });

  it('reads every one-decimal body temperature in each form it is typed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 340, max: 430 }), (tenths) => {
        const c = tenths / 10;
        const text = c.toFixed(1);
        return [c, text, `${text}℃`, text.replace('.', ','), `${Math.floor(c)}度${tenths % 10}`].every(
          (f) => advice(parseTemperature(f)) === c,
        );
      }),
    );
  });

  it('never takes a Fahrenheit reading as Celsius, and hints the Celsius value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 340, max: 430 }), (tenths) => {
        const f = Math.round((((tenths / 10) * 9) / 5) * 10 + 320) / 10;
        const r = parseTemperature(`${f}°F`);
        return !r.ok && Math.abs(Number(r.suggestion) - tenths / 10) <= 0.1;
      }),
    );
  });
});

describe('temperature rules', () => {
  it('calls 37.3 °C and above a fever', () => {
    expect(FEVER_CELSIUS).toBe(37.3);
    expect([36.9, 37.2, 37.3, 38.5].map(isFever)).toEqual([false, false, true, true]);
  });

  it('flags readings outside 34–43 °C as a separate rule', () => {
    expect([25, 33.9, 34, 36.5, 43, 43.1].map(temperatureRange)).toEqual(['low', 'low', undefined, undefined, undefined, 'high']);
  });
});
