import { formatYuanAmount } from '../../cells/money.ts';
import { DASH, type DashWord } from '../../i18n/dashboard.ts';
import { D } from '../../i18n/donations.ts';
import { H } from '../../i18n/headers.ts';
import { fill, type Locale } from '../../i18n/locale.ts';
import { percent } from '../daily-report.ts';
import { shareBars } from './bars.ts';
import { formatCount } from './format.ts';
import { html, type Markup, type Part } from './markup.ts';
import type { CoverageRow, DashboardModel } from './model.ts';
import { timeChart } from './timeline.ts';

/** Bars per chart: a chart never breaks across printed pages, so a long list is drawn in parts. */
const BARS_PER_CHART = 20;

type Say = (key: DashWord, params?: Record<string, string | number>) => string;
export const sayer =
  (locale: Locale): Say =>
  (key, params) =>
    fill(DASH[key][locale], params ?? {});

/**
 * A table for screen readers with the exact figures a chart draws, hidden on screen and in print (in a
 * clipped box: a table itself would not shrink to one pixel).
 */
function dataTable(caption: string, head: readonly string[], rows: readonly (readonly (string | number)[])[]): Markup {
  const cell = (c: string | number, i: number) => (i === 0 ? html`<th scope="row">${c}</th>` : html`<td class="n">${c}</td>`);
  return html`<div class="sr"><table><caption>${caption}</caption><thead><tr>${head.map((h, i) => html`<th scope="col"${i > 0 ? html` class="n"` : ''}>${h}</th>`)}</tr></thead><tbody>${rows.map((r) => html`<tr>${r.map(cell)}</tr>`)}</tbody></table></div>`;
}

export const section = (id: string, heading: string, body: Part): Markup =>
  html`<section id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${heading}</h2>${body}</section>`;

function coverageDesc(rows: readonly CoverageRow[], say: Say): string {
  let low = rows[0]!;
  let high = rows[0]!;
  for (const r of rows) {
    if (r.rate < low.rate) low = r;
    if (r.rate > high.rate) high = r;
  }
  return say('coverageDesc', {
    n: rows.length,
    low: low.place,
    lowRate: percent(low.rate),
    high: high.place,
    highRate: percent(high.rate),
  });
}

export function coverageSection(m: DashboardModel, width: number): Markup {
  const say = sayer(m.locale);
  const rows = m.coverage;
  if (rows.length === 0) return section('coverage', say('coverage'), html`<p class="note">${say('noHouseholds')}</p>`);
  const parts = Math.ceil(rows.length / BARS_PER_CHART);
  const desc = coverageDesc(rows, say);
  const charts: Markup[] = [];
  for (let i = 0; i < parts; i++) {
    const chunk = rows.slice(i * BARS_PER_CHART, (i + 1) * BARS_PER_CHART);
    const title = say('coverage') + (parts > 1 ? say('part', { i: i + 1, n: parts }) : '');
    const bars = chunk.map((r) => {
      const value = `${formatCount(r.verified)}/${formatCount(r.total)} · ${percent(r.rate)}`;
      return { label: r.place, value, tip: `${r.place} · ${value}`, share: r.rate };
    });
    charts.push(
      html`<figure>${shareBars({ id: `cov${i}`, width, title, desc }, bars, [H.verified[m.locale], H.unreached[m.locale]])}</figure>`,
    );
  }
  const table = dataTable(
    say('coverage'),
    [H.compound[m.locale], H.households[m.locale], H.verified[m.locale], H.unreached[m.locale], H.rate[m.locale]],
    rows.map((r) => [r.place, formatCount(r.total), formatCount(r.verified), formatCount(r.unreached), percent(r.rate)]),
  );
  return section('coverage', say('coverage'), html`${charts}${table}`);
}

export function progressSection(m: DashboardModel, width: number): Markup {
  const say = sayer(m.locale);
  const days = m.progress;
  if (days === null || days.length === 0) return section('progress', say('progress'), html`<p class="note">${say('noVisits')}</p>`);
  const first = days[0]!;
  const last = days[days.length - 1]!;
  const desc = say('progressDesc', {
    from: first.date,
    to: last.date,
    v0: formatCount(first.verified),
    v1: formatCount(last.verified),
    u1: formatCount(last.unreached),
  });
  const chart = timeChart(
    { id: 'prog', width, title: say('progress'), desc },
    days.map((d) => d.date),
    [
      { name: say('verifiedSoFar'), style: 0, kind: 'line', values: days.map((d) => d.verified), show: formatCount },
      { name: H.unreached[m.locale], style: 1, kind: 'line', values: days.map((d) => d.unreached), show: formatCount },
    ],
    { height: 220, locale: m.locale, whole: true },
  );
  const table = dataTable(
    say('progress'),
    [D.date[m.locale], say('verifiedSoFar'), H.unreached[m.locale], say('newlyVerified'), H.attempts[m.locale]],
    days.map((d) => [d.date, formatCount(d.verified), formatCount(d.unreached), formatCount(d.newlyVerified), formatCount(d.attempts)]),
  );
  return section('progress', say('progress'), html`<figure>${chart}</figure>${table}`);
}

export function donationsSection(m: DashboardModel, width: number): Markup {
  const say = sayer(m.locale);
  const days = m.donationsByDay;
  if (days.length === 0) return section('donations', say('byDay'), html`<p class="note">${say('noDonations')}</p>`);
  let maxDay = days[0]!;
  for (const d of days) if (d.total > maxDay.total) maxDay = d;
  const last = days[days.length - 1]!;
  const desc = say('byDayDesc', {
    from: days[0]!.date,
    to: last.date,
    days: days.length,
    total: formatYuanAmount(last.cumulative),
    maxDay: maxDay.date,
    max: formatYuanAmount(maxDay.total),
  });
  const dates = days.map((d) => d.date);
  const o = { locale: m.locale, whole: false };
  const running = timeChart(
    { id: 'cum', width, title: D.cumulative[m.locale], desc },
    dates,
    [{ name: D.cumulative[m.locale], style: 0, kind: 'line', values: days.map((d) => d.cumulative), show: formatYuanAmount }],
    { ...o, height: 200 },
  );
  const daily = timeChart(
    { id: 'day', width, title: say('daily'), desc },
    dates,
    [{ name: say('daily'), style: 1, kind: 'bar', values: days.map((d) => d.total), show: formatYuanAmount }],
    { ...o, height: 150 },
  );
  const table = dataTable(
    say('byDay'),
    [D.date[m.locale], say('daily'), D.cumulative[m.locale]],
    days.map((d) => [d.date, formatYuanAmount(d.total), formatYuanAmount(d.cumulative)]),
  );
  return section('donations', say('byDay'), html`<figure>${running}</figure><figure>${daily}</figure>${table}`);
}
