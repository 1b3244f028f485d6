import { H } from '../i18n/headers.ts';
import { fill, type Locale } from '../i18n/locale.ts';
import { DATASETS } from '../datasets/registry.ts';
import { problems as catalogue } from '../problems/catalogue.ts';
import type { ProblemSummary } from '../result.ts';
import type { CellLink, GeneratedSheet } from './grid.ts';
import { sheetName } from './sheet-names.ts';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * 问题清单: every listed problem, errors first, each with a link to the cell to fix. The problem is named
 * by its title in the sheet's language; the code (for filters and scripts) is in the last column.
 */
export function problemsSheet(p: ProblemSummary, locale: Locale): GeneratedSheet {
  const header = [
    H.severity[locale],
    H.problem[locale],
    H.sheet[locale],
    H.cell[locale],
    H.field[locale],
    H.value[locale],
    H.message[locale],
    H.code[locale],
  ];
  const items = [...p.items].sort(
    (a, b) => ORDER[a.severity] - ORDER[b.severity] || (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : 0) || a.row - b.row,
  );
  const fields = DATASETS.fields();
  const links: CellLink[] = [];
  const rows = items.map((it, i) => {
    const ref = it.row > 0 ? `${it.column || 'A'}${it.row}` : '';
    if (ref !== '') links.push({ row: i + 1, column: 3, target: { sheet: it.sheet, row: it.row, column: it.column || 'A' } });
    return [
      H[it.severity][locale],
      catalogue[it.code].title[locale],
      it.sheet,
      ref,
      fields[it.field]?.label[locale] ?? it.field,
      it.value,
      it.message,
      it.code,
    ];
  });
  if (p.itemsOmitted > 0) rows.push(['', '', '', '', '', '', fill(H.omitted[locale], { n: p.itemsOmitted }), '']);
  return {
    name: sheetName('problems', locale),
    values: [header, ...rows],
    formats: ['text', 'text', 'text', 'text', 'text', 'text', 'text', 'text'],
    frozenRows: 1,
    links,
  };
}
