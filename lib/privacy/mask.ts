import { maskId } from '../cells/id-number.ts';
import { maskPhone } from '../cells/phone.ts';
import { showControls } from '../cells/controls.ts';
import { findPersonalNumbers, type PersonalNumber } from './personal-numbers.ts';

/** A personal name shown as its first character and stars: 张三丰 → 张**. */
function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length === 0) return '';
  return chars[0] + '*'.repeat(Math.max(1, Math.min(chars.length - 1, 3)));
}

/** Masks a personal value by its kind before it leaves the team's own sheets. */
export function maskValue(kind: string, text: string): string {
  if (text === '') return '';
  if (kind === 'phone') return maskPhone(text);
  if (kind === 'id-number') return maskId(text);
  return maskName(text);
}

function masked(p: PersonalNumber): string {
  const d = p.digits;
  if (p.kind === 'id') return maskId(d);
  if (p.kind === 'mobile') return maskPhone(d.slice(-11));
  // A landline: its area code is 3 digits for 010 and 02x, 4 for the others; +86/0086 dropped the 0.
  const full = d.startsWith('0086') ? `0${d.slice(4)}` : d.startsWith('86') ? `0${d.slice(2)}` : d;
  const area = /^0(?:10|2)/.test(full) ? 3 : 4;
  return maskPhone(`${full.slice(0, area)}-${full.slice(area)}`);
}

/**
 * Text with every phone- or ID-shaped run masked (the rule is in personal-numbers.ts): the last guard
 * before any output a volunteer's sheet does not own — public lists, summaries, reports and problems.
 */
export function scrubText(text: string): string {
  if (!mayHoldDigits(text)) return text;
  const found = findPersonalNumbers(text);
  if (found.length === 0) return text;
  let out = '';
  let at = 0;
  for (const p of found) {
    out += text.slice(at, p.start) + masked(p);
    at = p.end;
  }
  return out + text.slice(at);
}

/** True when text holds a phone- or ID-shaped run. */
export function containsPersonalNumber(text: string): boolean {
  return mayHoldDigits(text) && findPersonalNumbers(text).length > 0;
}

// Seven digits at the least make a personal number: shorter text, and text without any digit, is let through untouched.
function mayHoldDigits(text: string): boolean {
  return text.length >= 7 && /[0-9０-９〇零一幺二三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖]/.test(text);
}

/**
 * What any output shows of text a volunteer typed, whichever column it came from: phone- and ID-shaped
 * runs masked, control characters made visible. Problem values and messages pass through it.
 */
export function guardText(text: string): string {
  return scrubText(showControls(text));
}
