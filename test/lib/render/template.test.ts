import { describe, expect, it } from 'vitest';
import { kinds, type ParseContext } from '../../../lib/columns/kinds.ts';
import { checkColumns } from '../../../lib/datasets/checks/columns.ts';
import { donationColumns } from '../../../lib/datasets/donations/columns.ts';
import { dutyColumns } from '../../../lib/datasets/duty/columns.ts';
import { householdColumns } from '../../../lib/datasets/households/columns.ts';
import { peopleColumns } from '../../../lib/datasets/people/columns.ts';
import { shopColumns } from '../../../lib/datasets/shops/columns.ts';
import { visitColumns } from '../../../lib/datasets/visits/columns.ts';
import { CATEGORY_LABELS, MEASURE_LABELS } from '../../../lib/i18n/people.ts';
import { LOCALES, templateSheets, type Columns } from '../../../lib/index.ts';

// The registers' columns in the order templateSheets writes their sheets.
const COLUMNS: readonly Columns[] = [
  householdColumns,
  visitColumns,
  donationColumns,
  shopColumns,
  dutyColumns,
  peopleColumns,
  checkColumns,
];
const CTX: ParseContext = { year: 2020, tzOffsetMinutes: 480, unitScale: 1 };

describe('templateSheets', () => {
  it.each(LOCALES)('offers in %s only drop-down words its own column reads back', (locale) => {
    const refused: string[] = [];
    templateSheets(locale).forEach((t, i) => {
      const columns = Object.values(COLUMNS[i]!);
      for (const [at, words] of Object.entries(t.choices)) {
        const spec = columns.find((c) => c.label[locale] === t.header[Number(at)])!;
        for (const w of words) if (!kinds[spec.kind](w, CTX).ok) refused.push(`${t.name}/${t.header[Number(at)]}: ${w}`);
      }
    });
    expect(refused).toEqual([]);
  });

  it.each(LOCALES)('has the 人员类别 and 管控措施 words in %s read as the category and measure they name', (locale) => {
    for (const [code, w] of Object.entries(CATEGORY_LABELS)) expect(kinds['person-category'](w[locale])).toEqual({ ok: true, value: code });
    for (const [code, w] of Object.entries(MEASURE_LABELS)) expect(kinds['control-measure'](w[locale])).toEqual({ ok: true, value: code });
  });
});
