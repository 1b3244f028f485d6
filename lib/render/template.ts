import { ENTRY_STATUSES } from '../cells/status.ts';
import { checkColumns } from '../datasets/checks/columns.ts';
import { donationColumns } from '../datasets/donations/columns.ts';
import { D, DONATION_CHOICES } from '../i18n/donations.ts';
import { householdColumns } from '../datasets/households/columns.ts';
import { dutyColumns } from '../datasets/duty/columns.ts';
import { shopColumns } from '../datasets/shops/columns.ts';
import { S } from '../i18n/shops.ts';
import { peopleColumns } from '../datasets/people/columns.ts';
import { CATEGORY_LABELS, CHECK_WAYS, MEASURE_LABELS } from '../i18n/people.ts';
import { visitColumns } from '../datasets/visits/columns.ts';
import type { Locale, Words } from '../i18n/locale.ts';
import { STATUS_LABELS } from '../i18n/words.ts';

/** An empty register to start from: the header row and the words each word column's drop-down offers (one rule a column). */
export type TemplateSheet = {
  readonly name: string;
  readonly header: readonly string[];
  /** 0-based column → allowed values for a drop-down. */
  readonly choices: Readonly<Record<number, readonly string[]>>;
  /** Columns to keep as plain text so 0301 and phone numbers keep their digits. */
  readonly textColumns: readonly number[];
};

const NAMES = {
  households: { 'zh-Hans': '住户登记', 'zh-Hant': '住戶登記', en: 'Households' },
  visits: { 'zh-Hans': '走访记录', 'zh-Hant': '走訪記錄', en: 'Visit log' },
  donations: { 'zh-Hans': '捐款捐物', 'zh-Hant': '捐款捐物', en: 'Donations' },
  shops: { 'zh-Hans': '门店排查', 'zh-Hant': '門店排查', en: 'Shop checks' },
  duty: { 'zh-Hans': '工作台账', 'zh-Hant': '工作台賬', en: 'Duty log' },
  people: { 'zh-Hans': '重点人员登记', 'zh-Hant': '重點人員登記', en: 'People under watch' },
  checks: { 'zh-Hans': '健康监测', 'zh-Hant': '健康監測', en: 'Health checks' },
} as const;

const YES_NO = { 'zh-Hans': ['是', '否', '2次'], 'zh-Hant': ['是', '否', '2次'], en: ['yes', 'no', '2 times'] } as const;

/**
 * A register's template: a column for each of the register's fields in their declared order but 序号
 * (a row number the sheet has already) and those in `omit` (kept out of a template to start from), a
 * drop-down for each column in `choices`, and the `text` columns kept as plain text.
 */
function template<F extends string>(
  name: Words,
  columns: Readonly<Record<F, { readonly label: Words }>>,
  locale: Locale,
  choices: Partial<Record<NoInfer<F>, readonly string[]>>,
  text: readonly NoInfer<F>[],
  omit: readonly NoInfer<F>[] = [],
): TemplateSheet {
  const fields = (Object.keys(columns) as F[]).filter((f) => f !== 'seq' && !omit.includes(f));
  const at = (f: F) => fields.indexOf(f);
  return {
    name: name[locale],
    header: fields.map((f) => columns[f].label[locale]),
    choices: Object.fromEntries(Object.entries(choices).map(([f, words]) => [at(f as F), words as readonly string[]])),
    textColumns: text.map(at),
  };
}

export function templateSheets(locale: Locale): TemplateSheet[] {
  const l = locale;
  const statuses = ENTRY_STATUSES.map((s) => STATUS_LABELS[s][l]);
  return [
    template(NAMES.households, householdColumns, l, { status: statuses }, ['room', 'phone'], ['idNumber']),
    // One row per attempt: a dwelling gets a new row each time someone goes.
    template(NAMES.visits, visitColumns, l, { result: statuses }, ['room']),
    // 捐赠人类型, 类别 and 公示 from drop-downs; receipt numbers kept as text.
    template(
      NAMES.donations,
      donationColumns,
      l,
      {
        donorType: DONATION_CHOICES.donorType.map((w) => w[l]),
        kind: [D.kindCash[l], D.kindGoods[l]],
        disclose: DONATION_CHOICES.disclose.map((w) => w[l]),
      },
      ['receipt'],
      // Columns a ledger may have, not one to start from: the donor's contact, foreign money, what became of it.
      ['foreignAmount', 'spec', 'anonymousFlag', 'destination', 'phone', 'idNumber', 'address'],
    ),
    // 两查一报: a row per shop per day; times as typed (19:35, 晚上7点半).
    template(NAMES.shops, shopColumns, l, { business: [S.open[l], S.takeaway[l], S.closed[l]] }, ['phone', 'reportTime']),
    // A row per compound per day; 封闭管理 is 正常 or the problem found, in words.
    template(NAMES.duty, dutyColumns, l, { disinfection: YES_NO[l], garbage: YES_NO[l] }, ['reportTime']),
    template(
      NAMES.people,
      peopleColumns,
      l,
      {
        category: Object.values(CATEGORY_LABELS).map((w) => w[l]),
        measure: Object.values(MEASURE_LABELS).map((w) => w[l]),
      },
      ['idNumber', 'phone', 'room'],
    ),
    template(NAMES.checks, checkColumns, l, { checkWay: CHECK_WAYS.map((w) => w[l]) }, ['idNumber', 'phone', 'room']),
  ];
}
