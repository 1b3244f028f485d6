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
import type { Locale } from '../i18n/locale.ts';
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

const DONATION_FIELDS = ['date', 'donor', 'donorType', 'sector', 'kind', 'amount', 'item', 'quantity', 'goodsUnit', 'value', 'receipt', 'disclose', 'notes'] as const;
const SHOP_FIELDS = ['date', 'shop', 'compound', 'address', 'manager', 'phone', 'staff', 'staffChecked', 'fromOutside', 'fever', 'business', 'reportTime', 'inspector', 'notes'] as const;
const DUTY_FIELDS = ['date', 'compound', 'disinfection', 'entries', 'garbage', 'closedManagement', 'issuesFound', 'reportTime', 'reporter', 'notes'] as const;
const YES_NO = { 'zh-Hans': ['是', '否', '2次'], 'zh-Hant': ['是', '否', '2次'], en: ['yes', 'no', '2 times'] } as const;
const VISIT_FIELDS = ['visitDate', 'visitTime', 'group', 'compound', 'building', 'unit', 'room', 'result', 'visitor', 'notes'] as const;

const PEOPLE_FIELDS = ['name', 'gender', 'idNumber', 'phone', 'compound', 'building', 'unit', 'room', 'category', 'origin', 'arrival', 'watchStart', 'watchEnd', 'measure', 'checkedBy', 'notes'] as const;
const CHECK_FIELDS = ['date', 'name', 'idNumber', 'phone', 'compound', 'building', 'unit', 'room', 'temperature', 'symptoms', 'checkWay', 'checkedBy'] as const;

/** 捐款捐物: drop-downs for 捐赠人类型, 类别 and 公示; receipt numbers kept as text. */
function donationsTemplate(locale: Locale): TemplateSheet {
  const at = (f: (typeof DONATION_FIELDS)[number]) => DONATION_FIELDS.indexOf(f);
  return {
    name: NAMES.donations[locale],
    header: DONATION_FIELDS.map((f) => donationColumns[f].label[locale]),
    choices: {
      [at('donorType')]: DONATION_CHOICES.donorType.map((w) => w[locale]),
      [at('kind')]: [D.kindCash[locale], D.kindGoods[locale]],
      [at('disclose')]: DONATION_CHOICES.disclose.map((w) => w[locale]),
    },
    textColumns: [at('receipt')],
  };
}

function peopleTemplate(locale: Locale): TemplateSheet {
  const at = (f: (typeof PEOPLE_FIELDS)[number]) => PEOPLE_FIELDS.indexOf(f);
  return {
    name: NAMES.people[locale],
    header: PEOPLE_FIELDS.map((f) => peopleColumns[f].label[locale]),
    choices: { [at('category')]: Object.values(CATEGORY_LABELS).map((w) => w[locale]), [at('measure')]: Object.values(MEASURE_LABELS).map((w) => w[locale]) },
    textColumns: [at('idNumber'), at('phone'), at('room')],
  };
}

function checksTemplate(locale: Locale): TemplateSheet {
  const at = (f: (typeof CHECK_FIELDS)[number]) => CHECK_FIELDS.indexOf(f);
  return {
    name: NAMES.checks[locale],
    header: CHECK_FIELDS.map((f) => checkColumns[f].label[locale]),
    choices: { [at('checkWay')]: CHECK_WAYS.map((w) => w[locale]) },
    textColumns: [at('idNumber'), at('phone'), at('room')],
  };
}

const TEMPLATE_FIELDS = ['group', 'compound', 'building', 'unit', 'room', 'head', 'phone', 'residents', 'status', 'attempts', 'lastVisit', 'notes'] as const;

export function templateSheets(locale: Locale): TemplateSheet[] {
  const header = TEMPLATE_FIELDS.map((f) => householdColumns[f].label[locale]);
  return [
    {
      name: NAMES.households[locale],
      header,
      choices: { [TEMPLATE_FIELDS.indexOf('status')]: ENTRY_STATUSES.map((s) => STATUS_LABELS[s][locale]) },
      textColumns: [TEMPLATE_FIELDS.indexOf('room'), TEMPLATE_FIELDS.indexOf('phone')],
    },
    {
      // One row per attempt: a dwelling gets a new row each time someone goes.
      name: NAMES.visits[locale],
      header: VISIT_FIELDS.map((f) => visitColumns[f].label[locale]),
      choices: { [VISIT_FIELDS.indexOf('result')]: ENTRY_STATUSES.map((s) => STATUS_LABELS[s][locale]) },
      textColumns: [VISIT_FIELDS.indexOf('room')],
    },
    donationsTemplate(locale),
    {
      // 两查一报: a row per shop per day; times as typed (19:35, 晚上7点半).
      name: NAMES.shops[locale],
      header: SHOP_FIELDS.map((f) => shopColumns[f].label[locale]),
      choices: { [SHOP_FIELDS.indexOf('business')]: [S.open[locale], S.takeaway[locale], S.closed[locale]] },
      textColumns: [SHOP_FIELDS.indexOf('phone'), SHOP_FIELDS.indexOf('reportTime')],
    },
    {
      // A row per compound per day; 封闭管理 is 正常 or the problem found, in words.
      name: NAMES.duty[locale],
      header: DUTY_FIELDS.map((f) => dutyColumns[f].label[locale]),
      choices: {
        [DUTY_FIELDS.indexOf('disinfection')]: YES_NO[locale],
        [DUTY_FIELDS.indexOf('garbage')]: YES_NO[locale],
      },
      textColumns: [DUTY_FIELDS.indexOf('reportTime')],
    },
    peopleTemplate(locale),
    checksTemplate(locale),
  ];
}
