import { guardText } from '../privacy/mask.ts';
import { ENTRY_STATUSES } from '../cells/status.ts';
import type { Columns } from '../columns/column.ts';
import { DATASETS, type Registry } from '../datasets/registry.ts';
import { fill, LIST_SEPARATOR, type Locale, type Words } from '../i18n/locale.ts';
import { allowedWords } from '../i18n/people.ts';
import { EXPECTED, RULES, STATUS_LABELS, WHAT } from '../i18n/words.ts';
import { problems as catalogue } from '../problems/catalogue.ts';
import type { Problem, ProblemItem } from '../problems/problem.ts';

const SUGGEST: Words = { 'zh-Hans': '是否应为“{s}”？', 'zh-Hant': '是否應為「{s}」？', en: ' Did you mean "{s}"?' };

const COLUMN: Words = { 'zh-Hans': '{column}列', 'zh-Hant': '{column}欄', en: 'column {column}' };

// A duplicate's first row, with its sheet when that is another sheet (or another file's).
const FIRST: Words = { 'zh-Hans': '第{row}行', 'zh-Hant': '第{row}列', en: 'row {row}' };
const FIRST_ELSEWHERE: Words = {
  'zh-Hans': '表“{sheet}”第{row}行',
  'zh-Hant': '表「{sheet}」第{row}列',
  en: 'row {row} of sheet "{sheet}"',
};

const word = (table: Readonly<Record<string, Words>>, key: string | number | undefined, locale: Locale): string =>
  key === undefined ? '' : (table[String(key)]?.[locale] ?? String(key));

/**
 * The message of one problem in a locale: says what is wrong and what to do, not where (the caller
 * shows the place beside it). `fields` names each field
 * (its label); by default every field of paicha's datasets.
 */
export function problemMessage(p: Problem, locale: Locale, fields: Columns = DATASETS.fields()): string {
  const spec = catalogue[p.code];
  const given: Readonly<Record<string, string | number>> = p.params;
  const params: Record<string, string | number> = { ...given };
  // The place (sheet, row, column) is not in the message: every display shows it beside it.
  params['sheet'] = p.sheet;
  params['row'] = p.row;
  params['value'] = p.value;
  // A cell no field answers to (a header paicha does not know) is named by its column.
  params['field'] =
    p.field !== '' ? (fields[p.field]?.label[locale] ?? p.field) : p.column !== '' ? fill(COLUMN[locale], { column: p.column }) : '';
  params['expected'] = word(EXPECTED, given['expected'], locale);
  params['suggestion'] = given['suggestion'] === undefined ? '' : fill(SUGGEST[locale], { s: given['suggestion'] });
  params['what'] = word(WHAT, given['what'], locale);
  // An enum cell offers its own column's words (人员类别, 营业状态…); the status words are the household register's.
  const expected = given['expected'] === undefined ? '' : String(given['expected']);
  const own = allowedWords(expected, locale);
  const described = expected !== '' && expected !== 'status' ? EXPECTED[expected]?.[locale] : undefined;
  params['allowed'] =
    own?.join(LIST_SEPARATOR[locale]) ?? described ?? ENTRY_STATUSES.map((s) => STATUS_LABELS[s][locale]).join(LIST_SEPARATOR[locale]);
  if (given['firstRow'] !== undefined) {
    const sheet = given['firstSheet'];
    params['first'] = fill((sheet === undefined || sheet === p.sheet ? FIRST : FIRST_ELSEWHERE)[locale], {
      row: given['firstRow'],
      sheet: sheet ?? '',
    });
  }
  if (given['rule'] !== undefined) params['rule'] = fill(word(RULES, given['rule'], locale), given);
  return fill(spec.message[locale], params).replace(/\s+$/, '');
}

/**
 * Problems as a result lists them, each with its message in `locale`: a result's items rendered again
 * in another language (`renderProblems(result.problems.items, 'en')`).
 */
export function renderProblems(items: readonly Problem[], locale: Locale, registry: Registry = DATASETS): ProblemItem[] {
  const fields = registry.fields();
  // Keys in one order for every item, so the JSON of a result reads the same from item to item.
  // A phone typed into a status cell is personal data all the same: the value, the message and every
  // text param are guarded, so a result can be shown or published as it is.
  return items.map(
    (p) =>
      ({
        sheet: p.sheet,
        row: p.row,
        column: p.column,
        field: p.field,
        code: p.code,
        severity: p.severity,
        value: guardText(p.value),
        message: guardText(problemMessage(p, locale, fields)),
        params: guardParams(p.params),
      }) as ProblemItem,
  );
}

function guardParams(params: Problem['params']): Problem['params'] {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params as Readonly<Record<string, string | number>>))
    out[k] = typeof v === 'string' ? guardText(v) : v;
  return out as Problem['params'];
}
