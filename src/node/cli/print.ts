import { formatYuanAmount } from '../../../lib/cells/money.ts';
import { CLI_WORDS as W } from '../../../lib/i18n/cli.ts';
import { H } from '../../../lib/i18n/headers.ts';
import { fill, type Locale } from '../../../lib/i18n/locale.ts';
import { percent } from '../../../lib/render/daily-report.ts';
import { peopleLines } from '../../../lib/render/people-report.ts';
import type { ProblemSummary, TallyResult } from '../../../lib/result.ts';
import { textUnits } from '../../../lib/render/text-width.ts';

const pad = (s: string, n: number, right = false): string => {
  const fill = ' '.repeat(Math.max(0, n - textUnits(s)));
  return right ? fill + s : s + fill;
};

/** A plain text table: first column left-aligned, the others right-aligned. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => textUnits(r[i] ?? '')))) ?? [];
  return rows
    .map((r) =>
      r
        .map((c, i) => pad(c, widths[i] ?? 0, i > 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function summaryText(r: TallyResult, locale: Locale): string {
  const out: string[] = [];
  const h = r.households;
  if (h.total > 0) {
    const head = [H.compound[locale], H.households[locale], H.verified[locale], H.unreached[locale], H.rate[locale], H.buildings[locale]];
    const rows = h.byCompound.map((c) => [
      c.compound,
      String(c.total),
      String(c.verified),
      String(c.unreached),
      percent(c.rate),
      String(c.buildings),
    ]);
    rows.push([H.all[locale], String(h.total), String(h.verified), String(h.unreached), percent(h.rate), String(h.byBuilding.length)]);
    out.push(table([head, ...rows]));
  }
  const d = r.donations;
  if (d.count > 0) {
    out.push(
      table([
        ['', W.count[locale], W.cash[locale], W.goodsValue[locale], W.total[locale]],
        [W.donations[locale], String(d.count), formatYuanAmount(d.cash), formatYuanAmount(d.goodsValue), formatYuanAmount(d.total)],
      ]),
    );
  }
  // People under watch: the daily report's counts, never a person.
  if (r.people) out.push(peopleLines(r.people, locale).join('\n'));
  out.push(problemsText(r.problems, locale, 10));
  return out.join('\n\n');
}

/** Problems, errors first, at most `limit` of them, each on its own line with the cell to fix. */
export function problemsText(p: ProblemSummary, locale: Locale, limit = Infinity): string {
  const head = fill(W.problems[locale], { errors: p.errors, warnings: p.warnings, infos: p.infos });
  const order = { error: 0, warning: 1, info: 2 } as const;
  const items = [...p.items].sort((a, b) => order[a.severity] - order[b.severity]);
  const lines = items
    .slice(0, limit)
    .map(
      (it) =>
        `  ${H[it.severity][locale]}  ${it.sheet}${it.row > 0 ? (it.column === '' ? `!${it.row}:${it.row}` : `!${it.column}${it.row}`) : ''}  ${it.message}`,
    );
  const more = items.length - Math.min(items.length, limit) + p.itemsOmitted;
  if (more > 0) lines.push(fill(W.more[locale], { n: more }));
  return [head, ...lines].join('\n');
}
