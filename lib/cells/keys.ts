import { cleanText } from './text.ts';
import { simplifyCharacters } from './traditional.ts';

const ASCII_ONLY = /^[\x20-\x7e]*$/;

/**
 * The grouping key of a name: cleaned text, Traditional folded to Simplified, Latin letters lower-cased,
 * spaces removed. 金都小區 北區 and 金都小区北区 get one key. Shown names keep their own spelling.
 */
export function groupKey(s: string): string {
  const clean = cleanText(s);
  const folded = ASCII_ONLY.test(clean) ? clean : simplifyCharacters(clean);
  return folded.toLowerCase().replace(/ /g, '');
}

/** Traditional → Simplified for matching words such as headers and status values. */
export function toSimplifiedText(s: string): string {
  const clean = cleanText(s);
  return ASCII_ONLY.test(clean) ? clean : simplifyCharacters(clean);
}
