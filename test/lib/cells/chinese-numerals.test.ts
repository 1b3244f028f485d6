import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChineseDigits, parseChineseNumeral } from '../../../lib/cells/chinese-numerals.ts';

describe('parseChineseNumeral', () => {
  it.each([
    ['零', 0],
    ['〇', 0],
    ['三', 3],
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十五', 25],
    ['一百', 100],
    ['一百零五', 105],
    ['一百一十', 110],
    ['一百五', 150], // spoken elision: 一百五 is 150
    ['两百', 200],
    ['两千三百', 2300],
    ['两千三', 2300],
    ['一千零五', 1005],
    ['一千零五十', 1050],
    ['一千〇五十', 1050],
    ['九千九百九十九', 9999],
    ['一万', 10000],
    ['十万', 100000],
    ['三万五千', 35000],
    ['三万五', 35000],
    ['一万零五', 10005],
    ['一万零三百', 10300],
    ['两万两千', 22000],
    ['一百万', 1000000],
    ['一千二百三十四万五千六百七十八', 12345678],
    ['一亿', 100000000],
    ['一亿五', 150000000],
    ['一亿五千万', 150000000],
    ['一亿零五万', 100050000],
    ['一万亿', 1000000000000],
    ['壹万贰仟叁佰', 12300],
    ['伍拾万', 500000],
    ['拾万', 100000],
    ['陆佰柒拾捌', 678],
    ['貳萬參仟', 23000],
    ['陸億', 600000000],
    ['兩千', 2000],
  ])('%s → %i', (s, n) => {
    expect(parseChineseNumeral(s)).toBe(n);
  });

  it.each([
    [''],
    ['一二'], // positional digits are not a numeral
    ['二〇二〇'],
    ['十两'],
    ['二十两'],
    ['两十'],
    ['三万两'],
    ['一百零五十'], // 零 where no place is skipped
    ['一万零五千'],
    ['一百零'],
    ['零五'],
    ['零零'],
    ['百'],
    ['万'],
    ['一百十'],
    ['十十'],
    ['五百千'],
    ['一万万'],
    ['亿'],
    ['三个'],
    ['12'],
    ['十二号'],
    ['一'.repeat(100)],
  ])('%s is not a numeral', (s) => {
    expect(parseChineseNumeral(s)).toBeNull();
  });
});

describe('parseChineseDigits', () => {
  it.each([
    ['二〇二〇', '2020'],
    ['一九四九', '1949'],
    ['零三', '03'],
    ['两', null],
    ['十二', null],
    ['', null],
  ])('%s → %s', (s, d) => {
    expect(parseChineseDigits(s)).toBe(d);
  });
});

// A tiny encoder written the textbook way: 零 once per gap, 一十 read as 十 only at the start.
const DIGITS = '零一二三四五六七八九';
function section(n: number): string {
  let out = '';
  let gap = false;
  for (const [unit, place] of [
    ['千', 1000],
    ['百', 100],
    ['十', 10],
    ['', 1],
  ] as const) {
    const d = Math.floor(n / place) % 10;
    if (d === 0) {
      if (out !== '') gap = true;
      continue;
    }
    if (gap) out += '零';
    gap = false;
    out += DIGITS[d] + unit;
  }
  return out;
}
function encode(n: number): string {
  if (n === 0) return '零';
  const high = Math.floor(n / 10000);
  const low = n % 10000;
  let out = high > 0 ? `${section(high)}万` : '';
  if (low > 0) out += (high > 0 && low < 1000 ? '零' : '') + section(low);
  return out.startsWith('一十') ? out.slice(1) : out;
}

describe('round trip', () => {
  it('reads back every number 0..99999 in standard and 大写 form', () => {
    const formal: Record<string, string> = {
      一: '壹',
      二: '贰',
      三: '叁',
      四: '肆',
      五: '伍',
      六: '陆',
      七: '柒',
      八: '捌',
      九: '玖',
      十: '拾',
      百: '佰',
      千: '仟',
    };
    for (let n = 0; n <= 99_999; n++) {
      const s = encode(n);
      if (parseChineseNumeral(s) !== n) expect(`${s} → ${parseChineseNumeral(s)}`).toBe(`${s} → ${n}`);
      const f = s.replace(/[一二三四五六七八九十百千]/g, (c) => formal[c] ?? c);
      if (parseChineseNumeral(f) !== n) expect(`${f} → ${parseChineseNumeral(f)}`).toBe(`${f} → ${n}`);
    }
  });

  it('never throws and returns null or a safe integer', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'零〇一二两三四五六七八九十百千万亿壹拾佰仟萬億a1 ') }), (s) => {
        const v = parseChineseNumeral(s);
        return v === null || Number.isSafeInteger(v);
      }),
    );
  });
});
