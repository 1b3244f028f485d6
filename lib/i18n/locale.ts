export const LOCALES = ['zh-Hans', 'zh-Hant', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A word in every locale. */
export type Words = Readonly<Record<Locale, string>>;

export const DEFAULT_LOCALE: Locale = 'zh-Hans';

/** Whether a value (a --locale, a stored setting) names one of the locales, exactly as spelled. */
export const isLocale = (v: string | undefined): v is Locale => (LOCALES as readonly (string | undefined)[]).includes(v);

/** Between the items of a list said in one line: 住户登记、捐款捐物 · Households, Donations. */
export const LIST_SEPARATOR: Words = { 'zh-Hans': '、', 'zh-Hant': '、', en: ', ' };

/** A name with the place it is in: 好又多超市（金都小区） · Haoyouduo (Jindu). */
export const WITH_PLACE: Words = { 'zh-Hans': '{name}（{place}）', 'zh-Hant': '{name}（{place}）', en: '{name} ({place})' };

/** Spreadsheet or BCP 47 locale ids (zh_CN, zh-TW, en_US…) → the locale paicha speaks. */
export function pickLocale(id: string | undefined): Locale {
  const s = (id ?? '').replace('_', '-').toLowerCase();
  if (s === 'zh-hant' || s.startsWith('zh-tw') || s.startsWith('zh-hk') || s.startsWith('zh-mo')) return 'zh-Hant';
  if (s.startsWith('zh')) return 'zh-Hans';
  if (s === '') return DEFAULT_LOCALE;
  return 'en';
}

/** Fills {name} placeholders; a missing parameter stays visible rather than vanishing. */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const v = params[key];
    return v === undefined ? whole : String(v);
  });
}
