import { ENTRY_STATUSES } from '../cells/status.ts';
import { checkColumns } from '../datasets/checks/columns.ts';
import { householdColumns } from '../datasets/households/columns.ts';
import { peopleColumns } from '../datasets/people/columns.ts';
import { CATEGORY_LABELS, CHECK_WAYS, MEASURE_LABELS } from '../i18n/people.ts';
import type { Locale } from '../i18n/locale.ts';
import { STATUS_LABELS } from '../i18n/words.ts';

/** An empty register to start from: the header row and the words the status drop-down offers. */
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
  people: { 'zh-Hans': '重点人员登记', 'zh-Hant': '重點人員登記', en: 'People under watch' },
  checks: { 'zh-Hans': '健康监测', 'zh-Hant': '健康監測', en: 'Health checks' },
} as const;

const PEOPLE_FIELDS = ['name', 'gender', 'idNumber', 'phone', 'compound', 'building', 'unit', 'room', 'category', 'origin', 'arrival', 'watchStart', 'watchEnd', 'measure', 'checkedBy', 'notes'] as const;
const CHECK_FIELDS = ['date', 'name', 'idNumber', 'phone', 'compound', 'building', 'unit', 'room', 'temperature', 'symptoms', 'checkWay', 'checkedBy'] as const;

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
    peopleTemplate(locale),
    checksTemplate(locale),
  ];
}
