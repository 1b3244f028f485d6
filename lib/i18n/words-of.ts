import type { Locale } from './locale.ts';

/**
 * `{ 'zh-Hans': a, 'zh-Hant': b, en: c }` as a call: the add-on build writes every such literal this way
 * (src/build/words.ts), since the quoted keys would otherwise take ~20 bytes of each of hundreds of
 * them in the minified bundle. The same object, keys in the same order.
 */
export function wordsOf<T>(zhHans: T, zhHant: T, en: T): Record<Locale, T> {
  return { 'zh-Hans': zhHans, 'zh-Hant': zhHant, en };
}
