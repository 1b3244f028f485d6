import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { exampleSheets } from '../../../examples/workbook.ts';
import { LOCALES } from '../../../lib/i18n/locale.ts';
import { EXPECTED, RULES, WHAT, type WhatId } from '../../../lib/i18n/words.ts';
import { PROBLEM_CODES, problems, type ProblemCode } from '../../../lib/problems/catalogue.ts';
import type { BuiltinPlaceholder, UnfilledPlaceholders } from '../../../lib/problems/params.ts';
import type { ProblemItem } from '../../../lib/problems/problem.ts';
import { renderProblems } from '../../../lib/render/problem-message.ts';
import { tallyWorkbook } from '../../../lib/result.ts';
import { readRealWorkbook, REAL_FILES } from '../../helpers/realdata.ts';

// Parity tests keep the tables honest (after zod's locales/parity.test.ts).
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const LIB = fileURLToPath(new URL('../../../lib/', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [readFileSync(join(dir, e.name), 'utf8')] : [],
  );
}

describe('the problem catalogue', () => {
  it.each(PROBLEM_CODES)('%s has a title and a message in every locale, with the same placeholders', (code) => {
    const spec = problems[code];
    for (const l of LOCALES) {
      expect(spec.title[l].length).toBeGreaterThan(0);
      expect(spec.message[l].length).toBeGreaterThan(0);
      expect(placeholders(spec.message[l])).toEqual(placeholders(spec.message['zh-Hans']));
    }
  });

  it('has words in every locale for every `expected` key a parser names', () => {
    const keys = new Set(sources(LIB).flatMap((src) => [...src.matchAll(/fail\('[a-z-]+', '([a-z-]+)'/g)].map((m) => m[1]!)));
    expect(keys.size).toBeGreaterThan(5);
    for (const k of keys) for (const l of LOCALES) expect(EXPECTED[k]?.[l], `${k} in ${l}`).toBeTruthy();
  });

  it('has words in every locale for every rule and every `what`', () => {
    for (const table of [RULES, WHAT]) {
      for (const [key, words] of Object.entries(table)) {
        for (const l of LOCALES) {
          expect(words[l], `${key} in ${l}`).toBeTruthy();
          expect(placeholders(words[l])).toEqual(placeholders(words['zh-Hans']));
        }
      }
    }
  });

  // Every problem the core emits on real and messy registers renders with no placeholder left over.
  const corpus = [
    ...exampleSheets(),
    ...Object.values(REAL_FILES).flatMap((f) => readRealWorkbook(f)),
    {
      name: 'messy',
      values: [
        ['小区', '楼号', '门牌号', '联系电话', '常住人数', '核查状态', '最近走访', '身份证号'],
        ['金都', '', '#REF!', '12345', 'x', '看情况', '2030-01-01', 110101199003077777],
        ['金都', '1-2', '101', '', 3, '空置', '2月30日', ''],
        ['金都', 3, '102', '', 2, '入户等记', '', ''],
        ['金都', 3, '103', '', 2, '✓', '', ''],
      ],
    },
    {
      name: 'ledger',
      values: [
        ['日期', '捐赠人', '类别', '金额', '物资名称', '数量', '折价', '收据编号'],
        ['2020-02-01', '张三', '捐款', '约5000', '', '', '', 'A1'],
        ['2020-02-01', '', '捐物', '', '', '', '', 'A1'],
        ['2099-01-01', '李四', '捐款', '$500', '', '', '', 'A2'],
        ['合计', '', '', '1', '', '', '', ''],
      ],
    },
  ];

  it.each(LOCALES)('renders every emitted problem in %s with no placeholder left', (locale) => {
    const r = tallyWorkbook(corpus, { locale, asOf: '2020-02-03' });
    expect(new Set(r.problems.items.map((p) => p.code)).size).toBeGreaterThan(10);
    for (const p of r.problems.items) expect(p.message, `${p.code} ${p.sheet}!${p.column}${p.row}`).not.toMatch(/\{\w+\}/);
    for (const code of ['enum', 'status-guess', 'rule'] as const) expect(r.problems.byCode[code], code).toBeGreaterThan(0);
  });

  it('types every placeholder of every template as a param or a field of the problem', () => {
    expectTypeOf<{ [C in ProblemCode]: UnfilledPlaceholders<C> }[ProblemCode]>().toEqualTypeOf<never>();
    const duplicate = {} as Extract<ProblemItem, { code: 'duplicate' }>;
    expectTypeOf(duplicate.params).toEqualTypeOf<{ readonly firstRow: number; readonly firstSheet: string; readonly what: WhatId }>();
    // Every problem emitted carries the params its template names (a {suggestion} only when there is one).
    const builtin: readonly string[] = ['sheet', 'row', 'field', 'value', 'allowed', 'first'] satisfies BuiltinPlaceholder[];
    for (const p of tallyWorkbook(corpus, { asOf: '2020-02-03' }).problems.items) {
      const named = placeholders(problems[p.code].message.en).filter((k) => k !== undefined && !builtin.includes(k) && k !== 'suggestion');
      expect(Object.keys(p.params), `${p.code} ${p.sheet}!${p.column}${p.row}`).toEqual(expect.arrayContaining(named));
    }
  });

  it.each(LOCALES)('renders a result’s problems again in %s as a run in that locale says them', (locale) => {
    const other = LOCALES.find((l) => l !== locale)!;
    const items = tallyWorkbook(corpus, { asOf: '2020-02-03', locale: other }).problems.items;
    expect(renderProblems(items, locale)).toEqual(tallyWorkbook(corpus, { asOf: '2020-02-03', locale }).problems.items);
    expect(renderProblems(items, locale).map((p) => p.message)).not.toEqual(items.map((p) => p.message));
  });
});
