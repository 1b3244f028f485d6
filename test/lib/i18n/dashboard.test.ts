import { describe, expect, it } from 'vitest';
import { COMPACT_UNITS, DASH } from '../../../lib/i18n/dashboard.ts';
import { LOCALES } from '../../../lib/i18n/locale.ts';

// Parity: every word of the dashboard exists in every locale, with the same placeholders.
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the dashboard’s words', () => {
  it.each(Object.keys(DASH))('%s is in every locale with the same placeholders', (key) => {
    const w = DASH[key as keyof typeof DASH];
    for (const l of LOCALES) {
      expect(w[l].trim().length, `${key} in ${l}`).toBeGreaterThan(0);
      expect(placeholders(w[l]), `${key} in ${l}`).toEqual(placeholders(w['zh-Hans']));
    }
  });

  it('has no Chinese in English and no Simplified-only form in Traditional', () => {
    for (const [key, w] of Object.entries(DASH)) {
      expect(w.en, key).not.toMatch(/[\u3400-\u9fff]/);
      expect(w['zh-Hant'], key).not.toMatch(/[户实记进录数赠单个计处问题检测发观满过规]/);
    }
  });

  it('has axis units for every locale, largest first', () => {
    for (const l of LOCALES) {
      const sizes = COMPACT_UNITS[l].map(([n]) => n);
      expect(sizes.length).toBeGreaterThan(0);
      expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
    }
  });
});
