import { maskId } from '../cells/id-number.ts';
import { maskPhone } from '../cells/phone.ts';

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

// Anything that looks like a CN mobile (with +86/0086/86 attached or not), a landline with its area
// code (bracketed or not) or a resident ID, with spaces, dots or dashes inside as people type them.
const SEP = '[\\s.\\-]';
const ID_RUN = '[1-8](?:[\\s-]?[0-9]){16}[\\s-]?[0-9Xx]|[1-8][0-9]{14}';
const MOBILE_RUN = `(?:(?:\\+|00)?86${SEP}?)?1[3-9](?:${SEP}?[0-9]){9}`;
const LANDLINE_RUN = `(?:[(（]0[1-9][0-9]{1,2}[)）]|0[1-9][0-9]{1,2})${SEP}?[0-9]{3,4}${SEP}?[0-9]{4}`;
const PERSONAL_NUMBER = new RegExp(`(?<![0-9])(?:${ID_RUN}|${MOBILE_RUN}|${LANDLINE_RUN})(?![0-9])`, 'g');

function maskRun(run: string): string {
  const digits = run.replace(/[^0-9Xx]/g, '');
  if (/^1[3-9][0-9]{9}$/.test(digits.replace(/^(?:0086|86)/, '')) && digits.length <= 15 && !/^[1-8][0-9]{14}$/.test(digits)) {
    return maskPhone(digits.slice(-11));
  }
  if (digits.length >= 15) return maskId(digits);
  // A landline: the area code is bracketed or set off, else 3 digits for 01x/02x and 4 for the rest.
  const set = /^[(（]?(0[0-9]{2,3})[)）\s.\-]+(.*)$/.exec(run);
  const area = set ? set[1]! : digits.slice(0, /^0[12]/.test(digits) ? 3 : 4);
  const local = set ? set[2]!.replace(/[^0-9]/g, '') : digits.slice(area.length);
  return maskPhone(`${area}-${local}`);
}

/** Text with every phone- or ID-shaped run masked: the last guard before a public output. */
export function scrubText(text: string): string {
  return text.replace(PERSONAL_NUMBER, maskRun);
}

/** True when text holds a phone- or ID-shaped run. */
export function containsPersonalNumber(text: string): boolean {
  PERSONAL_NUMBER.lastIndex = 0;
  const hit = PERSONAL_NUMBER.test(text);
  PERSONAL_NUMBER.lastIndex = 0;
  return hit;
}
