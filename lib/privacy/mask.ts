import { maskId } from '../cells/id-number.ts';
import { maskPhone } from '../cells/phone.ts';

/** A personal name shown as its first character and stars: 张三丰 → 张**. */
export function maskName(name: string): string {
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

// Anything that looks like a CN mobile, a landline with area code or a resident ID number.
const PHONE_OR_ID = /(?<![0-9])(?:1[3-9][0-9](?:[ -]?[0-9]){8}|0[1-9][0-9]{1,2}[- ]?[0-9]{7,8}|[1-8][0-9]{5}(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx]|[1-8][0-9]{14})(?![0-9])/g;

/** Text with every phone- or ID-shaped run masked: the last guard before a public output. */
export function scrubText(text: string): string {
  return text.replace(PHONE_OR_ID, (m) => (m.length >= 15 ? maskId(m) : maskPhone(m.replace(/[ -]/g, ''))));
}

/** True when text holds a phone- or ID-shaped run. */
export function containsPersonalNumber(text: string): boolean {
  PHONE_OR_ID.lastIndex = 0;
  const hit = PHONE_OR_ID.test(text);
  PHONE_OR_ID.lastIndex = 0;
  return hit;
}
