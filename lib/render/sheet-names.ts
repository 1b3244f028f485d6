import { LOCALES, type Locale, type Words } from '../i18n/locale.ts';

/** The sheets paicha owns (DESIGN.md, "What paicha writes"), named in each locale. */
export const SHEETS = {
  households: { 'zh-Hans': '汇总-住户', 'zh-Hant': '彙總-住戶', en: 'Summary - Households' },
  followUp: { 'zh-Hans': '待跟进', 'zh-Hant': '待跟進', en: 'Follow-up' },
  progress: { 'zh-Hans': '进度', 'zh-Hant': '進度', en: 'Progress' },
  donations: { 'zh-Hans': '汇总-捐赠', 'zh-Hant': '彙總-捐贈', en: 'Summary - Donations' },
  publicList: { 'zh-Hans': '公示-捐赠', 'zh-Hant': '公示-捐贈', en: 'Public - Donations' },
  shopsToday: { 'zh-Hans': '门店日报', 'zh-Hant': '門店日報', en: 'Shops today' },
  dutyLog: { 'zh-Hans': '台账汇总', 'zh-Hant': '台賬彙總', en: 'Summary - Duty log' },
  watch: { 'zh-Hans': '汇总-重点人员', 'zh-Hant': '彙總-重點人員', en: 'Summary - People under watch' },
  checksToday: { 'zh-Hans': '今日随访', 'zh-Hant': '今日隨訪', en: 'Checks today' },
  problems: { 'zh-Hans': '问题清单', 'zh-Hant': '問題清單', en: 'Problems' },
  report: { 'zh-Hans': '日报', 'zh-Hant': '日報', en: 'Daily report' },
} as const satisfies Record<string, Words>;

export type SheetId = keyof typeof SHEETS;

export const sheetName = (id: SheetId, locale: Locale): string => SHEETS[id][locale];

/** Every generated sheet name in every locale: input sheets with these names are paicha's own output. */
export function generatedSheetNames(): string[] {
  return Object.values(SHEETS).flatMap((w) => LOCALES.map((l) => w[l]));
}
