// Body temperatures as a daily health check records them: 36.5, "36.8℃", 36,8 (a decimal comma), 36度5,
// 三十六度五. Fahrenheit (华氏, °F, or a bare 98.6) is not converted silently: it is a problem whose
// suggestion is the Celsius value. Whether a reading is plausible is a separate rule (temperatureRange).
import { parseChineseNumeral } from './chinese-numerals.ts';
import { toSimplifiedText } from './keys.ts';
import { fail, ok, type Cell, type Parsed } from './result.ts';
import { cleanText } from './text.ts';

/** Fever from 37.3 °C (the national screening threshold of the 2020 plans). */
export const FEVER_CELSIUS = 37.3;
/** Below or above these a reading is a typo or a broken thermometer, not a person's temperature. */
export const PLAUSIBLE_CELSIUS = { min: 34, max: 43 } as const;

// A suggested reading, to one decimal as thermometers show it (the epsilon keeps 36.85 at 36.9).
const tenth = (x: number): number => Math.round(x * 10 + 1e-9) / 10;

// Fahrenheit body temperatures (34–43 °C is 93.2–109.4 °F): a bare number here is °F.
const F_MIN = 90;
const F_MAX = 112;

/** A temperature in °C, as read (36.5, or 36.55 where the thermometer gave two decimals). */
export function parseTemperature(raw: Cell): Parsed<number> {
  if (typeof raw === 'number') return fromNumber(raw, false);
  if (typeof raw !== 'string') return fail('type', 'temperature');
  const s = toSimplifiedText(cleanText(raw)).toLowerCase().replace(/\s+/g, '');
  if (s === '' || s.length > 24) return fail('format', 'temperature');
  const fahrenheit = /华氏|°f|℉|f$|度f$|fahrenheit/.test(s);
  const body = s
    .replace(/^(?:体温|华氏|摄氏)/, '')
    .replace(/(?:°c|℃|摄氏度|度c|°f|℉|华氏度|fahrenheit|[°cf度])$/, '')
    .replace(/^(?:约|大约)/, '');
  const n = readNumber(body);
  if (n === null) {
    // Two readings (36.5/37.4): not a value, but the higher one is the one a check must see.
    const readings = body.split(/[/、,，~～-]/).map(readNumber);
    if (readings.length > 1 && readings.every((r) => r !== null)) {
      return fail('format', 'temperature', String(tenth(Math.max(...(readings as number[])))));
    }
    return fail('format', 'temperature');
  }
  return fromNumber(n, fahrenheit);
}

/** Whether a reading in °C is a fever. */
export const isFever = (celsius: number): boolean => celsius >= FEVER_CELSIUS;

/** A reading outside the plausible range of a living person's temperature, or undefined when within. */
export function temperatureRange(celsius: number): 'low' | 'high' | undefined {
  if (celsius < PLAUSIBLE_CELSIUS.min) return 'low';
  if (celsius > PLAUSIBLE_CELSIUS.max) return 'high';
  return undefined;
}

function fromNumber(x: number, fahrenheit: boolean): Parsed<number> {
  if (!Number.isFinite(x) || x <= 0) return fail('format', 'temperature');
  if (fahrenheit || (x >= F_MIN && x <= F_MAX)) {
    // Rejected with the Celsius value as the hint: a °F reading typed into a °C column is a wrong unit.
    return fail('format', 'temperature', String(tenth(((x - 32) * 5) / 9)));
  }
  // 365 or 3.65 for 36.5: a missing or misplaced decimal point, offered back, never applied.
  if (x >= 300 && x < 450) return fail('format', 'temperature', String(tenth(x / 10)));
  if (x >= 3 && x < 4.5) return fail('format', 'temperature', String(tenth(x * 10)));
  if (x >= 50) return fail('range', 'temperature');
  return ok(Math.round(x * 100) / 100);
}

// 36.5, 36,5 (decimal comma), 36度5 / 36度5分, 三十六度五, 36.5度.
function readNumber(s: string): number | null {
  const m = /^(\d{1,3})(?:[.,](\d{1,2})|度(\d)分?|度)?$/.exec(s);
  if (m) {
    const decimals = m[2] ?? m[3];
    return decimals === undefined ? Number(m[1]) : Number(`${m[1]}.${decimals}`);
  }
  const zh = /^([零〇一二三四五六七八九十]{1,4})(?:[度点]([零〇一二三四五六七八九]))?度?$/.exec(s);
  if (zh) {
    const whole = parseChineseNumeral(zh[1]!);
    const tenthDigit = zh[2] === undefined ? 0 : parseChineseNumeral(zh[2]);
    return whole === null || tenthDigit === null ? null : whole + tenthDigit / 10;
  }
  return null;
}
