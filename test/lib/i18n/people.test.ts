import { describe, expect, it } from 'vitest';
import { LOCALES, type Words } from '../../../lib/i18n/locale.ts';
import { ALERT_LABELS, CATEGORY_LABELS, CHECK_WAYS, MEASURE_LABELS, P } from '../../../lib/i18n/people.ts';
import { toSimplifiedText } from '../../../lib/cells/keys.ts';
import { parseControlMeasure } from '../../../lib/cells/control-measure.ts';
import { parsePersonCategory } from '../../../lib/cells/person-category.ts';

// Parity: every word of the watch sheets and the report's people lines exists in every locale, with the
// same placeholders; the drop-down words read back as what they stand for.
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const TABLES: Record<string, Readonly<Record<string, Words>>> = {
  P,
  CATEGORY_LABELS,
  MEASURE_LABELS,
  ALERT_LABELS,
  CHECK_WAYS: Object.fromEntries(CHECK_WAYS.map((w, i) => [String(i), w])),
};
const entries = Object.entries(TABLES).flatMap(([t, table]) => Object.entries(table).map(([k, w]) => [`${t}.${k}`, w] as const));

describe('the words of people under watch', () => {
  it.each(entries)('%s is in every locale with the same placeholders', (_, w) => {
    for (const l of LOCALES) {
      expect(w[l].trim().length).toBeGreaterThan(0);
      expect(placeholders(w[l])).toEqual(placeholders(w['zh-Hans']));
    }
    expect(w.en).not.toMatch(/[\u3400-\u9fff]/);
    // Traditional is the Simplified text in Traditional characters (where they differ).
    expect(toSimplifiedText(w['zh-Hant'])).toBe(toSimplifiedText(w['zh-Hans']));
  });

  it('offers drop-down words that read back as their own category and measure, in both scripts', () => {
    for (const [code, w] of Object.entries(CATEGORY_LABELS))
      for (const l of ['zh-Hans', 'zh-Hant'] as const) expect(parsePersonCategory(w[l])).toEqual({ ok: true, value: code });
    for (const [code, w] of Object.entries(MEASURE_LABELS))
      for (const l of ['zh-Hans', 'zh-Hant'] as const) expect(parseControlMeasure(w[l])).toEqual({ ok: true, value: code });
  });
});
