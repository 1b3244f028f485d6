// Amounts in yuan as teams and published ledgers write them — 20万元, 1.5萬, ￥５０００, ¥1,200.50,
// 伍拾万元整, 壹万贰仟叁佰元整 — to integer cents. Text is scaled on its digit string, never by float
// multiplication, so 1.15万 is exactly 1150000 cents.
import { numeralCode, parseChineseNumeral } from './chinese-numerals.ts';
import { fail, ok, type Cell, type Parsed } from './result.ts';
import { cleanText } from './text.ts';

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;
const GROUPED = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/;

// Checked on the upper-cased text before anything else: 港元 and 日元 also end in 元.
const FOREIGN =
  /[$€£]|USD|HKD|EUR|GBP|JPY|TWD|NTD|美元|美金|港币|港幣|港元|欧元|歐元|英镑|英鎊|日元|日圆|日圓|台币|台幣|澳元|加元|韩元|韓元/;
const CNY_PREFIXES = ['人民币', '人民幣', 'RMB', 'CNY', 'CN¥', '¥', '\uffe5'];
const CNY_SUFFIXES = ['人民币', '人民幣', 'RMB', 'CNY'];
const YUAN_MARKS = ['元', '圆', '圓', '块', '塊'];
// Multipliers after Arabic digits, longest first; the power of ten they add.
const MULTIPLIERS: readonly (readonly [string, number])[] = [
  ['百万', 6],
  ['百萬', 6],
  ['千万', 7],
  ['千萬', 7],
  ['万', 4],
  ['萬', 4],
  ['亿', 8],
  ['億', 8],
  ['千', 3],
  ['仟', 3],
  ['百', 2],
  ['佰', 2],
];
// 分 is read before 角 (伍角伍分); 毛 is the spoken 角.
const SUB_UNITS: readonly (readonly [string, number])[] = [
  ['分', 1],
  ['角', 10],
  ['毛', 10],
];
// Words that make an amount an estimate or a range: never summed, the number is offered back instead.
const HEDGES = ['大约', '大約', '约', '約', '左右', '多', '余', '餘', '以上', '以下', '不到', '近'];

type Scale = { readonly tens: number; readonly factor: number };

const FORMAT = fail('format', 'money');
const RANGE = fail('range', 'money');

/**
 * An amount in integer cents. `unitScale` is the column's unit in yuan (1 for 元, 10000 for 万元); it
 * applies to number cells and to bare numbers in text, not to text that names its own unit (元, 万, 亿).
 * Throws RangeError only when unitScale is not a positive safe integer (a programming error).
 */
export function parseMoney(raw: Cell, unitScale = 1): Parsed<number> {
  if (!Number.isSafeInteger(unitScale) || unitScale < 1) throw new RangeError(`unitScale ${unitScale}`);
  if (typeof raw === 'number') return fromNumber(raw, unitScale);
  if (typeof raw !== 'string') return fail('type', 'money');
  const s = cleanText(raw);
  if (s.length > 64) return FORMAT;
  const scale = splitScale(unitScale);
  const plain = DECIMAL.exec(s);
  if (plain) return exact(plain[1] ?? '', plain[2] ?? '', 2 + scale.tens, scale.factor);

  const upper = s.toUpperCase();
  if (FOREIGN.test(upper)) return fail('format', 'money-cny');
  const parsed = amount(upper, scale);
  if (parsed.ok || parsed.code !== 'format') return parsed;
  let hedged = upper;
  for (const h of HEDGES) if (hedged.includes(h)) hedged = hedged.split(h).join('');
  if (hedged !== upper) {
    const guess = amount(hedged.trim(), scale);
    if (guess.ok) return fail('format', 'money', String(centsToYuan(guess.value)));
  }
  return FORMAT;
}

// A number cell: sums from Excel carry float noise (3482232.1100000003). Within a millionth of a yuan
// (or 1e-13 relative, for sums above ten million) of a cent it is that cent; 12.345 is not noise.
function fromNumber(n: number, unitScale: number): Parsed<number> {
  if (!Number.isFinite(n)) return fail('type', 'money');
  if (n < 0) return RANGE;
  const yuan = n * unitScale;
  if (yuan * 100 > Number.MAX_SAFE_INTEGER) return RANGE;
  const cents = Math.round(yuan * 100);
  if (Math.abs(yuan - cents / 100) > Math.max(1e-6, yuan * 1e-13)) return FORMAT;
  return ok(cents === 0 ? 0 : cents);
}

function splitScale(unitScale: number): Scale {
  let factor = unitScale;
  let tens = 0;
  while (factor % 10 === 0) {
    factor /= 10;
    tens++;
  }
  return { tens, factor };
}

function amount(text: string, scale: Scale): Parsed<number> {
  let t = text;
  let negative = false;
  let currency = false;
  // Sign and currency in either order: -¥500, ¥-500, 人民币 500.
  for (let pass = 0; pass < 2; pass++) {
    const c = t.charAt(0);
    if (!negative && (c === '-' || c === '\u2212')) {
      negative = true;
      t = t.slice(1).trim();
    }
    for (const p of CNY_PREFIXES) {
      if (!currency && t.startsWith(p)) {
        currency = true;
        t = t.slice(p.length).trim();
        if (t.charAt(0) === ':') t = t.slice(1).trim(); // 人民币：5000元
      }
    }
  }
  for (const p of CNY_SUFFIXES) {
    if (t.endsWith(p) && t.length > p.length) {
      currency = true;
      t = t.slice(0, t.length - p.length).trim();
      break;
    }
  }

  // 整/正 close a written amount, and only after 元, 角 or 分.
  const last = t.charAt(t.length - 1);
  if (last === '整' || last === '正') {
    t = t.slice(0, -1);
    if (!/[元圆圓角分]$/.test(t)) return FORMAT;
  }
  // 角 and 分 (伍角, 5元5角, 壹佰元零伍分).
  let sub = 0;
  let hasSub = false;
  for (const [mark, weight] of SUB_UNITS) {
    if (t.endsWith(mark)) {
      const d = digitValue(t.charAt(t.length - 2));
      if (d < 0 || (weight === 10 && hasSub && sub >= 10)) return FORMAT;
      sub += d * weight;
      t = t.slice(0, -2);
      hasSub = true;
    }
  }
  if (hasSub && t.endsWith('零')) t = t.slice(0, -1);
  let yuanMark = false;
  for (const m of YUAN_MARKS) {
    if (t.endsWith(m)) {
      t = t.slice(0, -1).trim();
      yuanMark = true;
      break;
    }
  }
  if (t === '') return hasSub && !negative ? ok(sub) : hasSub ? RANGE : FORMAT;
  if (hasSub && !yuanMark) return FORMAT;

  let result: Parsed<number> | null = null;
  let exp = 0;
  let body = t;
  for (const [suffix, e] of MULTIPLIERS) {
    if (body.endsWith(suffix) && body.length > suffix.length) {
      body = body.slice(0, body.length - suffix.length).trim();
      exp = e;
      break;
    }
  }
  const own = yuanMark || hasSub || exp >= 4 || /[万萬亿億]/.test(t);
  // ¥50 in a 万元 column: the sign says yuan, the column says 万元.
  if (currency && !own && (scale.tens !== 0 || scale.factor !== 1)) return FORMAT;
  const tens = own ? 0 : scale.tens;
  const factor = own ? 1 : scale.factor;
  const m = DECIMAL.exec(body) ?? GROUPED.exec(body);
  if (m) {
    const frac = m[2] ?? '';
    if (hasSub && frac !== '') return FORMAT;
    result = exact((m[1] ?? '').split(',').join(''), frac, exp + 2 + tens, factor);
  } else {
    const n = parseChineseNumeral(t);
    if (n === null) return FORMAT;
    const cents = n * 100 * 10 ** tens * factor;
    result = Number.isSafeInteger(cents) ? ok(cents) : RANGE;
  }
  if (!result.ok) return result;
  const total = result.value + sub;
  if (!Number.isSafeInteger(total)) return RANGE;
  return negative && total > 0 ? RANGE : ok(total);
}

function digitValue(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c >= 48 && c <= 57) return c - 48;
  const code = numeralCode(ch);
  return code !== undefined && code <= 9 ? code : -1;
}

// digits × 10^(shift − frac.length) × factor as an integer, from the digit string: digits past the
// cent must be zeros.
function exact(int: string, frac: string, shift: number, factor: number): Parsed<number> {
  let digits = int + frac;
  const extra = frac.length - shift;
  if (extra > 0) {
    for (let i = digits.length - extra; i < digits.length; i++) if (digits.charCodeAt(i) !== 48) return FORMAT;
    digits = digits.slice(0, digits.length - extra);
  } else if (extra < 0) {
    digits += '0'.repeat(-extra);
  }
  let i = 0;
  while (i < digits.length - 1 && digits.charCodeAt(i) === 48) i++;
  if (digits.length - i > 16) return RANGE;
  const cents = Number(digits.slice(i)) * factor;
  return Number.isSafeInteger(cents) ? ok(cents) : RANGE;
}

/** Cents as yuan with two decimals and thousands separators: 120050 → '1,200.50'. */
export function formatYuan(cents: number): string {
  if (!Number.isFinite(cents)) return '';
  const c = Math.round(cents);
  const a = Math.abs(c);
  const yuan = String(Math.floor(a / 100));
  const fen = a % 100;
  let grouped = '';
  for (let i = 0; i < yuan.length; i++) {
    if (i > 0 && (yuan.length - i) % 3 === 0) grouped += ',';
    grouped += yuan.charAt(i);
  }
  return `${c < 0 ? '-' : ''}${grouped}.${fen < 10 ? '0' : ''}${fen}`;
}

/** Cents as a yuan number with at most two decimals (120050 → 1200.5): division is correctly rounded. */
export const centsToYuan = (cents: number): number => Math.round(cents) / 100;

/** A yuan amount of the result contract (≤ 2 decimals) as text: 1907852.28 → '1,907,852.28'. */
export const formatYuanAmount = (yuan: number): string => formatYuan(Math.round(yuan * 100));
