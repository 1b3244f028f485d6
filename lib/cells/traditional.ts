import { CustomConverter } from 'opencc-js/core';
import { TS_CHARACTERS } from './traditional-table.ts';

/**
 * Reads the compact form of a one-character-to-one-character table (src/build/traditional-table.ts
 * writes it): the entries in ascending order of their source character, each written as the gap from
 * the previous source code point less one, in base-62 digits (none for a gap of 1), then its target
 * character. Returns [source, target] pairs.
 */
export function decodeCharacterTable(encoded: string): [string, string][] {
  const pairs: [string, string][] = [];
  let source = 0;
  let digits = 0;
  for (const c of encoded) {
    const d = DIGITS.indexOf(c);
    if (d !== -1) {
      digits = digits * 62 + d;
      continue;
    }
    source += digits + 1;
    digits = 0;
    pairs.push([String.fromCodePoint(source), c]);
  }
  return pairs;
}

export const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

// Character-level Traditional→Simplified only (OpenCC's TSCharacters): phrase-level conversion may
// rewrite words, and a grouping key must only say whether two spellings name the same place.
let toSimplified: ((s: string) => string) | undefined;

/** Traditional characters folded to Simplified, one by one; built on first use (Apps Script runs module scope on every menu click). */
export function simplifyCharacters(s: string): string {
  toSimplified ??= CustomConverter(decodeCharacterTable(TS_CHARACTERS));
  return toSimplified(s);
}
