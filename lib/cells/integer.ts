// Counts (常住人数, 走访次数, 数量) and building/unit numbers as teams type them: 3, '３', '3人', '三',
// 12号楼, 十二号楼, 12#, 3单元, Building 12.
import { parseChineseNumeral } from './chinese-numerals.ts';
import { fail, ok, type Cell, type Parsed } from './result.ts';
import { cleanText } from './text.ts';

const DIGITS = /^\d+$/;
const GROUPED = /^\d{1,3}(?:,\d{3})+$/;
const WHOLE_DECIMAL = /^(\d+)\.0+$/; // '3.0' from a CSV export is still 3
const DIGIT_RUN = /\d+/g;

// Counting words that may follow a count; longest first so 口人 wins over 人.
const COUNT_SUFFIXES = [
  '口人',
  '个人',
  '個人',
  '人次',
  '人',
  '口',
  '次',
  '个',
  '個',
  '户',
  '戶',
  '名',
  '位',
  '回',
  '趟',
  '遍',
  '件',
  '箱',
  '份',
  '包',
  '台',
  '套',
  '瓶',
  '袋',
  '盒',
  '只',
  '支',
  '副',
  '双',
  '雙',
  '顶',
  '頂',
  '桶',
  '罐',
  '张',
  '張',
  '条',
  '條',
  '辆',
  '輛',
  '批',
  '本',
  '把',
  '卷',
  '捆',
];

// Hedges make a count an estimate; the volunteer gets the number back as a suggestion, not a value.
const HEDGES = ['大约', '大約', '约', '約', '左右', '多', '余', '餘', '以上', '不到'];

/** A count: a whole number ≥ 0 as typed in a cell ('3', '３', '3人', '三人', '1,200'). */
export function parseInteger(raw: Cell): Parsed<number> {
  if (typeof raw === 'number') return wholeNumber(raw, 'integer');
  if (typeof raw !== 'string') return fail('type', 'integer');
  const s = cleanText(raw);
  if (DIGITS.test(s)) return digitsToCount(s);
  if (s.length > 64) return fail('format', 'integer');
  let body = s;
  let negative = false;
  const first = body.charAt(0);
  if (first === '-' || first === '\u2212') {
    negative = true;
    body = body.slice(1).trim();
  }
  const n = countBody(body);
  if (n !== null) return negative && n !== 0 ? fail('range', 'integer') : ok(n);
  const hedged = stripHedges(body);
  if (hedged !== body) {
    const h = countBody(hedged);
    if (h !== null && !negative) return fail('format', 'integer', String(h));
  }
  return fail('format', 'integer');
}

function countBody(body: string): number | null {
  let core = body;
  for (const suffix of COUNT_SUFFIXES) {
    if (core.endsWith(suffix)) {
      core = core.slice(0, core.length - suffix.length).trim();
      break;
    }
  }
  if (core === '') return null;
  return plainNumber(core) ?? parseChineseNumeral(core);
}

function stripHedges(s: string): string {
  let out = s;
  for (const h of HEDGES) if (out.includes(h)) out = out.split(h).join('');
  return out.trim();
}

// '12', '012', '1,200', '12.0' → integer; anything else null.
function plainNumber(s: string): number | null {
  if (DIGITS.test(s)) return safeDigits(s);
  if (GROUPED.test(s)) return safeDigits(s.split(',').join(''));
  const m = WHOLE_DECIMAL.exec(s);
  return m ? safeDigits(m[1] ?? '') : null;
}

function safeDigits(s: string): number | null {
  let i = 0;
  while (i < s.length - 1 && s.charCodeAt(i) === 48) i++;
  if (s.length - i > 16) return null;
  const n = Number(s.slice(i));
  return Number.isSafeInteger(n) ? n : null;
}

function digitsToCount(s: string): Parsed<number> {
  const n = safeDigits(s);
  return n === null ? fail('range', 'integer') : ok(n);
}

// A number cell: whole, finite, ≥ 0 and exactly representable.
function wholeNumber(n: number, expected: string): Parsed<number> {
  if (!Number.isFinite(n) || !Number.isInteger(n)) return fail('type', expected);
  if (n < 0 || n > Number.MAX_SAFE_INTEGER) return fail('range', expected);
  return ok(n === 0 ? 0 : n);
}

export type PlaceKind = 'building' | 'unit';

// Prefixes and suffixes that mark a building or a unit number. English prefixes are matched on the
// upper-cased text; longest first within each list.
const PLACE_PREFIXES: Record<PlaceKind, readonly string[]> = {
  building: ['BUILDING', 'BLDG.', 'BLDG', 'BLOCK', 'BLK.', 'BLK', 'TOWER', 'NO.', 'NO', '第', '#'],
  unit: ['ENTRANCE', 'UNIT', 'NO.', 'NO', '第', '#'],
};
const PLACE_SUFFIXES: Record<PlaceKind, readonly string[]> = {
  building: ['号楼', '號樓', '号栋', '號棟', '#楼', '#樓', '栋', '棟', '幢', '座', '楼', '樓', '号', '號', '#'],
  unit: ['单元', '單元', '号门', '號門', '门', '門', '号', '號', '#'],
};
const OTHER: Record<PlaceKind, PlaceKind> = { building: 'unit', unit: 'building' };
const LABEL = /^(?:[A-Z]{1,2}\d{0,5}|\d{1,5}[A-Z])$/;

/**
 * The canonical key of a building or unit number: '12' for 12 / '１２' / '12号楼' / '十二号楼' / '12#' /
 * 'Building 12', '3' for '3单元' / '三单元'; labels such as 'B12' or 'A座' upper-cased ('B12', 'A');
 * other names (综合楼) kept as cleaned, upper-cased text. Text with two numbers ('12-3') is ambiguous.
 */
export function parsePlaceNumber(raw: Cell, kind: PlaceKind): Parsed<string> {
  if (typeof raw === 'number') {
    const n = wholeNumber(raw, kind);
    return n.ok ? ok(String(n.value)) : n;
  }
  if (typeof raw !== 'string') return fail('type', kind);
  const s = cleanText(raw).toUpperCase();
  if (DIGITS.test(s)) {
    const n = safeDigits(s);
    return n === null ? ok(s) : ok(String(n));
  }
  if (s === '') return fail('format', kind);
  const own = placeCore(s, kind);
  if (own !== null) return ok(own);
  // 3单元 in the building column, 12号楼 in the unit column: the value belongs elsewhere.
  if (placeCore(s, OTHER[kind]) !== null) return fail('format', kind);
  if (countDigitRuns(s) > 1) return fail('format', kind);
  return ok(s);
}

function placeCore(s: string, kind: PlaceKind): string | null {
  if (s.length > 40) return null;
  let core = s;
  for (const p of PLACE_PREFIXES[kind]) {
    // An English word must end there: NO 12 and NO.12, but not NORTH.
    if (core.startsWith(p) && !(isLetter(p, p.length - 1) && isLetter(core, p.length))) {
      core = core.slice(p.length).trim();
      break;
    }
  }
  for (const suffix of PLACE_SUFFIXES[kind]) {
    if (core.endsWith(suffix) && core.length > suffix.length) {
      core = core.slice(0, core.length - suffix.length).trim();
      break;
    }
  }
  if (core === '') return null;
  const n = plainNumber(core);
  if (n !== null) return String(n);
  const c = parseChineseNumeral(core);
  if (c !== null) return String(c);
  return LABEL.test(core) ? core : null;
}

function isLetter(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 65 && c <= 90;
}

function countDigitRuns(s: string): number {
  DIGIT_RUN.lastIndex = 0;
  let count = 0;
  while (DIGIT_RUN.exec(s) !== null) {
    count++;
    if (count > 1) break;
  }
  DIGIT_RUN.lastIndex = 0;
  return count;
}
