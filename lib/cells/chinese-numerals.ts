// Chinese numerals → integers: 十二号楼, 三单元, 两千三百, 伍拾万元整. Simplified, Traditional and the
// 大写 financial forms share one table. Anything that is not a well-formed numeral is null, never a guess.

const LIANG = 10; // 两/兩: 2, but only before 百/千/万/亿 or standing alone (两十, 二十两 are not numerals)
const TEN = 21; // unit codes are 20 + power of ten
const WAN = 24;
const YI = 28;
const ZERO = 0;

const CODES: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  壹: 1,
  弌: 1,
  二: 2,
  贰: 2,
  貳: 2,
  弍: 2,
  两: LIANG,
  兩: LIANG,
  三: 3,
  叁: 3,
  參: 3,
  叄: 3,
  参: 3,
  弎: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
  十: TEN,
  拾: TEN,
  百: 22,
  佰: 22,
  千: 23,
  仟: 23,
  万: WAN,
  萬: WAN,
  亿: YI,
  億: YI,
};

// Longer strings are not numbers anyone types; the bound also keeps the work per cell constant.
const MAX_LENGTH = 32;

/** The code of one character: 0–9 digits, 10 for 两, 21–28 for 十…亿; undefined when not a numeral. */
export const numeralCode = (ch: string): number | undefined => CODES[ch];

/**
 * A numeral such as 十二, 一百零五, 两千三百, 三万五千, 壹万贰仟叁佰 as an integer, or null when the
 * text is not a well-formed numeral. The colloquial elision 一百五 (150), 三万五 (35000) is read the
 * way every speaker reads it; digit strings without units (一二, 二〇二〇) are not numerals here — see
 * `parseChineseDigits`.
 */
export function parseChineseNumeral(s: string): number | null {
  const n = s.length;
  if (n === 0 || n > MAX_LENGTH) return null;
  const t: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = CODES[s.charAt(i)];
    if (c === undefined) return null;
    t.push(c);
  }
  if (n === 1 && t[0] === ZERO) return 0;
  const v = withYi(t, 0, n);
  return v !== null && Number.isSafeInteger(v) ? v : null;
}

/** Positional digits such as 二〇二〇 or 一二 as an ASCII digit string, or null. */
export function parseChineseDigits(s: string): string | null {
  if (s.length === 0 || s.length > MAX_LENGTH) return null;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = CODES[s.charAt(i)];
    if (c === undefined || c > 9) return null;
    out += String(c);
  }
  return out;
}

const at = (t: readonly number[], i: number): number => t[i] ?? -1;

function indexOfCode(t: readonly number[], code: number, from: number, to: number, last: boolean): number {
  if (last) {
    for (let i = to - 1; i >= from; i--) if (t[i] === code) return i;
  } else {
    for (let i = from; i < to; i++) if (t[i] === code) return i;
  }
  return -1;
}

// 亿 splits at its last occurrence so that 一万亿 is (一万) × 亿.
function withYi(t: readonly number[], from: number, to: number): number | null {
  const p = indexOfCode(t, YI, from, to, true);
  if (p < 0) return withWan(t, from, to);
  const high = withWan(t, from, p);
  if (high === null || high === 0) return null;
  const low = tail(t, p + 1, to, 8);
  return low === null ? null : high * 1e8 + low;
}

function withWan(t: readonly number[], from: number, to: number): number | null {
  const p = indexOfCode(t, WAN, from, to, false);
  if (p < 0) return section(t, from, to);
  const high = section(t, from, p);
  if (high === null || high === 0) return null;
  const low = tail(t, p + 1, to, 4);
  return low === null ? null : high * 1e4 + low;
}

// What follows 万 or 亿: empty, an elided single digit (三万五), or a smaller number, led by 零 exactly
// when it skips a place (一万零五 but not 一万零五千).
function tail(t: readonly number[], from: number, to: number, exp: number): number | null {
  if (from === to) return 0;
  let zero = false;
  if (t[from] === ZERO) {
    zero = true;
    from++;
    if (from === to) return null;
  }
  if (!zero && to - from === 1) {
    const d = at(t, from);
    return d >= 1 && d <= 9 ? d * 10 ** (exp - 1) : null;
  }
  const v = exp === 8 ? withWan(t, from, to) : section(t, from, to);
  if (v === null || v === 0) return null;
  if (zero && v >= 10 ** (exp - 1)) return null;
  return v;
}

// Below 10000: digit–unit pairs in falling order, 零 only over a gap, an optional last digit.
function section(t: readonly number[], from: number, to: number): number | null {
  if (from === to) return null;
  let value = 0;
  let last = 4; // power of the last unit seen; 4 = none yet
  let digit = -1;
  let zero = false;
  for (let i = from; i < to; i++) {
    const c = at(t, i);
    if (c === ZERO) {
      if (digit >= 0 || zero || last === 4) return null;
      zero = true;
    } else if (c <= LIANG) {
      if (digit >= 0) return null;
      digit = c;
    } else if (c > TEN - 1 && c < WAN) {
      const e = c - 20;
      let d = digit;
      if (d < 0) {
        if (e !== 1 || i !== 0) return null; // 十二: implicit 一 only at the very start
        d = 1;
      }
      if (d === LIANG) {
        if (e === 1) return null;
        d = 2;
      }
      if (e >= last || (zero && last - e < 2)) return null;
      value += d * 10 ** e;
      last = e;
      digit = -1;
      zero = false;
    } else {
      return null;
    }
  }
  if (digit >= 0) {
    if (last === 4) return digit === LIANG ? 2 : digit;
    if (digit === LIANG) return null;
    if (zero) return last >= 2 ? value + digit : null;
    return value + digit * 10 ** (last - 1);
  }
  return zero ? null : value;
}
