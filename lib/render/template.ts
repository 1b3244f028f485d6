import { ENTRY_STATUSES } from '../cells/status.ts';
import { householdColumns } from '../datasets/households/columns.ts';
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
} as const;

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
  ];
}
