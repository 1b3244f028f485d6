import { CustomConverter } from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import { cleanText } from './text.ts';

// Character-level Traditional→Simplified only (OpenCC's TSCharacters): phrase-level conversion may
// rewrite words, and a grouping key must only say whether two spellings name the same place.
let toSimplified: ((s: string) => string) | undefined;

// Built on first use: Apps Script runs module scope on every menu click.
function simplify(s: string): string {
  toSimplified ??= CustomConverter(TSCharacters);
  return toSimplified(s);
}

const ASCII_ONLY = /^[\x20-\x7e]*$/;

/**
 * The grouping key of a name: cleaned text, Traditional folded to Simplified, Latin letters lower-cased,
 * spaces removed. 金都小區 北區 and 金都小区北区 get one key. Shown names keep their own spelling.
 */
export function groupKey(s: string): string {
  const clean = cleanText(s);
  const folded = ASCII_ONLY.test(clean) ? clean : simplify(clean);
  return folded.toLowerCase().replace(/ /g, '');
}

/** Traditional → Simplified for matching words such as headers and status values. */
export function toSimplifiedText(s: string): string {
  const clean = cleanText(s);
  return ASCII_ONLY.test(clean) ? clean : simplify(clean);
}
