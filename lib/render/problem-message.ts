import { ENTRY_STATUSES } from '../cells/status.ts';
import type { Columns } from '../datasets/column.ts';
import { fill, type Locale, type Words } from '../i18n/locale.ts';
import { EXPECTED, RULES, STATUS_LABELS, WHAT } from '../i18n/words.ts';
import { problems as catalogue } from '../problems/catalogue.ts';
import type { Problem } from '../problems/problem.ts';

const SUGGEST: Words = { 'zh-Hans': '是否应为“{s}”？', 'zh-Hant': '是否應為「{s}」？', en: ' Did you mean "{s}"?' };
const CELL: Words = { 'zh-Hans': '“{sheet}”{ref}：', 'zh-Hant': '「{sheet}」{ref}：', en: '{sheet}!{ref}' };

const word = (table: Record<string, Words>, key: string | number | undefined, locale: Locale): string =>
  key === undefined ? '' : (table[String(key)]?.[locale] ?? String(key));

/** The message of one problem in a locale: says what is wrong and what to do. */
export function problemMessage(p: Problem, locale: Locale, fields: Columns): string {
  const spec = catalogue[p.code];
  const params: Record<string, string | number> = { ...p.params };
  const ref = p.row > 0 ? `${p.column}${p.row}` : '';
  params['sheet'] = p.sheet;
  params['cell'] = ref === '' ? '' : fill(CELL[locale], { sheet: p.sheet, ref });
  params['row'] = p.row;
  params['value'] = p.value;
  params['field'] = p.field === '' ? '' : (fields[p.field]?.label[locale] ?? p.field);
  params['expected'] = word(EXPECTED, p.params['expected'], locale);
  params['suggestion'] = p.params['suggestion'] === undefined ? '' : fill(SUGGEST[locale], { s: p.params['suggestion'] });
  params['what'] = word(WHAT, p.params['what'], locale);
  params['allowed'] = ENTRY_STATUSES.map((s) => STATUS_LABELS[s][locale]).join(locale === 'en' ? ', ' : '、');
  if (p.params['rule'] !== undefined) params['rule'] = fill(word(RULES, p.params['rule'], locale), p.params);
  return fill(spec.message[locale], params).replace(/\s+$/, '');
}
