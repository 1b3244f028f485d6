// 数量 of donated goods as teams type it: 500, '500箱', '13.5万盒', '三箱', '1,200'. The unit word, when
// typed in the cell, comes back beside the number; a quantity with two numbers (1400瓶60箱) is not one.
import { numeralCode, parseChineseNumeral } from './chinese-numerals.ts';
import { fail, ok, type Cell, type Parsed } from './result.ts';
import { cleanText } from './text.ts';

export type Quantity = { readonly quantity: number; readonly unit: string };

const NUMBER = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/;
const MULTIPLIERS: Readonly<Record<string, number>> = { 百: 100, 佰: 100, 千: 1000, 仟: 1000, 万: 10_000, 萬: 10_000, 亿: 1e8, 億: 1e8 };
const HEDGES = ['大约', '大約', '约', '約', '左右', '余', '餘', '多', '以上'];
const MAX_UNIT = 6;

// Quantities are summed in thousandths, so three decimals are kept exactly.
const round3 = (n: number): number => Math.round(n * 1000) / 1000;

/** A positive quantity and the unit typed after it ('' when none). */
export function parseQuantity(raw: Cell): Parsed<Quantity> {
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return fail('type', 'quantity');
    if (raw <= 0 || raw > 1e12) return fail('range', 'quantity');
    return ok({ quantity: round3(raw), unit: '' });
  }
  if (typeof raw !== 'string') return fail('type', 'quantity');
  const s = cleanText(raw);
  if (s.length > 40) return fail('format', 'quantity');
  const q = quantityText(s);
  if (q) return q.quantity > 0 ? ok(q) : fail('range', 'quantity');
  let hedged = s;
  for (const h of HEDGES) if (hedged.includes(h)) hedged = hedged.split(h).join('');
  const guess = hedged !== s ? quantityText(hedged.trim()) : null;
  return guess ? fail('format', 'quantity', `${guess.quantity}${guess.unit}`) : fail('format', 'quantity');
}

function quantityText(s: string): Quantity | null {
  let n: number;
  let rest: string;
  const m = NUMBER.exec(s);
  if (m) {
    n = Number(`${(m[1] ?? '').split(',').join('')}.${m[2] ?? '0'}`);
    rest = s.slice(m[0].length).trim();
    const mult = MULTIPLIERS[rest.charAt(0)];
    if (mult !== undefined) {
      n *= mult;
      rest = rest.slice(1).trim();
    }
  } else {
    let i = 0;
    while (i < s.length && numeralCode(s.charAt(i)) !== undefined) i++;
    const c = i === 0 ? null : parseChineseNumeral(s.slice(0, i));
    if (c === null) return null;
    n = c;
    rest = s.slice(i).trim();
  }
  if (!Number.isFinite(n) || n > 1e12 || rest.length > MAX_UNIT || /[\d.,]/.test(rest)) return null;
  return { quantity: round3(n), unit: rest };
}
