import type { Locale } from './locale.ts';

/**
 * `{ 'zh-Hans': a, 'zh-Hant': b, en: c }` as a call: the add-on build writes every such literal this way
 * (src/build/words.ts), since the quoted keys would otherwise take ~20 bytes of each of hundreds of
 * them in the minified bundle. The same object, keys in the same order.
 */
export function wordsOf<T>(zhHans: T, zhHant: T, en: T): Record<Locale, T> {
  return { 'zh-Hans': zhHans, 'zh-Hant': zhHant, en };
}

// Replaced by the add-on build (esbuild `define`): Simplified then Traditional character, pair after pair.
declare const __PAICHA_HANT__: string;
let hant: Map<string, string> | undefined;

/**
 * The same object as wordsOf(zhHans, b, en), for the literals whose Traditional text b the build found
 * to be zhHans with characters swapped by one table (__PAICHA_HANT__, taken from all the words): it is
 * swapped back when read, and never stored twice.
 */
export function wordsHant(zhHans: string, en: string): Record<Locale, string> {
  return {
    'zh-Hans': zhHans,
    get 'zh-Hant'() {
      if (!hant) {
        const chars = [...__PAICHA_HANT__];
        hant = new Map();
        for (let i = 0; i + 1 < chars.length; i += 2) hant.set(chars[i]!, chars[i + 1]!);
      }
      let out = '';
      for (const c of zhHans) out += hant.get(c) ?? c;
      return out;
    },
    en,
  };
}
