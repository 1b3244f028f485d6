import { formatYuanAmount } from '../../cells/money.ts';
import { DASH } from '../../i18n/dashboard.ts';
import { H } from '../../i18n/headers.ts';
import { LIST_SEPARATOR } from '../../i18n/locale.ts';
import { STATUS_LABELS } from '../../i18n/words.ts';
import { problems as catalogue } from '../../problems/catalogue.ts';
import { percent } from '../daily-report.ts';
import { sayer, section } from './figures.ts';
import { formatCount } from './format.ts';
import { html, joined, type Markup } from './markup.ts';
import type { DashboardModel, FollowUpDetail } from './model.ts';

// A yuan amount shows its fen smaller, so seven-figure totals fit a quarter of the page on one line.
const bigText = (s: string): Markup => {
  const dot = s.lastIndexOf('.');
  return dot < 0 || s.endsWith('%') ? html`${s}` : html`${s.slice(0, dot)}<small>${s.slice(dot)}</small>`;
};

const tile = (label: string, big: string, sub: string, meter?: number, wide = false): Markup =>
  html`<div class="tile${wide ? ' wide' : ''}"><dt>${label}</dt><dd class="big">${bigText(big)}</dd>${
    meter === undefined
      ? ''
      : html`<dd class="meter" aria-hidden="true"><i style="width:${String(Math.round(Math.max(0, Math.min(1, meter)) * 1000) / 10)}%"></i></dd>`
  }<dd>${sub}</dd></div>`;

/** The headline numbers: households verified of all, the rate, donations in all, problems to fix. */
export function headline(m: DashboardModel): Markup {
  const say = sayer(m.locale);
  const h = m.households;
  const d = m.donations;
  const tiles: Markup[] = [];
  if (h.total > 0) {
    tiles.push(tile(say('households'), formatCount(h.verified), say('ofTotal', { total: formatCount(h.total) })));
    tiles.push(tile(H.rate[m.locale], percent(h.rate), say('toReach', { n: formatCount(h.unreached) }), h.rate));
  }
  if (d.count > 0) {
    tiles.push(
      tile(
        say('donations'),
        formatYuanAmount(d.total),
        say('donationsSub', { count: formatCount(d.count), cash: formatYuanAmount(d.cash), goods: formatYuanAmount(d.goodsValue) }),
        undefined,
        true,
      ),
    );
  }
  const p = m.problems;
  tiles.push(
    tile(
      say('problems'),
      formatCount(p.errors + p.warnings),
      say('problemsSub', { errors: formatCount(p.errors), warnings: formatCount(p.warnings) }),
    ),
  );
  return html`<dl class="tiles">${tiles}</dl>`;
}

function detailText(d: FollowUpDetail, m: DashboardModel): string {
  const word =
    d.word in STATUS_LABELS ? STATUS_LABELS[d.word as keyof typeof STATUS_LABELS][m.locale] : DASH[d.word as keyof typeof DASH][m.locale];
  return `${word} ${formatCount(d.count)}`;
}

/** Today's follow-up: households to reach, and people, shops and compounds when those registers exist. */
export function followUpSection(m: DashboardModel): Markup {
  const say = sayer(m.locale);
  if (m.followUp.length === 0) return html``;
  const items = m.followUp.map(
    (f) =>
      html`<li><b>${formatCount(f.count)}</b><span>${say(f.kind)}${
        f.details.length > 0
          ? html`<small>${joined(
              f.details.map((d) => detailText(d, m)),
              LIST_SEPARATOR[m.locale],
            )}</small>`
          : ''
      }</span></li>`,
  );
  return section('follow-up', say('followUp'), html`<ul class="fu">${items}</ul>`);
}

/** Open problems by kind, errors first; the cells themselves are in 问题清单. */
export function problemsSection(m: DashboardModel): Markup {
  const say = sayer(m.locale);
  const p = m.problems;
  const note = html`<p class="note">${say('seeList', { infos: formatCount(p.infos) })}</p>`;
  if (p.open.length === 0) return section('problems', say('open'), html`<p>${say('noProblems')}</p>${note}`);
  const rows = p.open.map(
    (k) =>
      html`<tr><td>${catalogue[k.code].title[m.locale]}</td><td>${joined(
        k.severities.map((s) => H[s][m.locale]),
        ' / ',
      )}</td><td class="n">${formatCount(k.count)}</td></tr>`,
  );
  return section(
    'problems',
    say('open'),
    html`<table><thead><tr><th scope="col">${say('kind')}</th><th scope="col">${H.severity[m.locale]}</th><th scope="col" class="n">${say('count')}</th></tr></thead><tbody>${rows}</tbody></table>${note}`,
  );
}
