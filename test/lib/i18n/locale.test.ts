import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, isLocale, pickLocale } from '../../../lib/i18n/locale.ts';

describe('isLocale', () => {
  it('takes a locale spelled exactly as --locale accepts it', () => {
    expect(['zh-Hans', 'zh-Hant', 'en'].every(isLocale)).toBe(true);
  });

  it('refuses nothing, a region id and a near miss (those go through pickLocale)', () => {
    for (const v of [undefined, '', 'zh_CN', 'zh-TW', 'EN', 'zh-hans', 'fr']) expect(isLocale(v), String(v)).toBe(false);
  });
});

describe('pickLocale', () => {
  it('maps spreadsheet and BCP 47 ids to the locale paicha speaks', () => {
    expect(pickLocale('zh_CN')).toBe('zh-Hans');
    expect(pickLocale('zh_TW')).toBe('zh-Hant');
    expect(pickLocale('zh-HK')).toBe('zh-Hant');
    expect(pickLocale('en_GB')).toBe('en');
    expect(pickLocale('fr')).toBe('en');
    expect(pickLocale(undefined)).toBe(DEFAULT_LOCALE);
  });
});
