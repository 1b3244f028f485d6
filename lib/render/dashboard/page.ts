import type { Locale } from '../../i18n/locale.ts';
import { scrubText } from '../../privacy/mask.ts';
import { coverageSection, donationsSection, progressSection, sayer } from './figures.ts';
import { html, Markup } from './markup.ts';
import { dashboardModel, type DashboardInput, type DashboardModel } from './model.ts';
import { STYLE } from './style.ts';
import { followUpSection, headline, problemsSection } from './summary.ts';

/** A page to open or print (A4), or the 300-pixel add-on sidebar. */
export type DashboardLayout = 'page' | 'sidebar';

// Chart widths in CSS pixels: A4 less 12 mm margins is 186 mm ≈ 703 px; the sidebar is 300 px less
// padding (a scroll bar, where the system shows one, scales the charts down a little).
const WIDTH: Readonly<Record<DashboardLayout, number>> = { page: 688, sidebar: 284 };

const LANG: Readonly<Record<Locale, string>> = { 'zh-Hans': 'zh-Hans', 'zh-Hant': 'zh-Hant', en: 'en' };

// The file page forbids every fetch, so nothing in it can reach the network even by mistake. The
// sidebar leaves this out: Apps Script adds its own scripts to the sidebar's frame.
const CSP = html`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`;

/** The page in pieces, for a host that has a document already (the add-on's sidebar, dashboard.html). */
export type DashboardParts = {
  readonly lang: string;
  readonly title: string;
  /** The stylesheet, for a <style> element. */
  readonly style: string;
  /** The 300-pixel layout's class on <body>, or none. */
  readonly bodyClass: string;
  /** The <main> element: every figure and chart. */
  readonly main: string;
};

/** Every part of the page but the document around it, from the same code as dashboardHtml. */
export function dashboardParts(m: DashboardModel, layout: DashboardLayout = 'page'): DashboardParts {
  const say = sayer(m.locale);
  const width = WIDTH[layout];
  const main = html`<main>
<header><h1>${say('title')}</h1><p>${say('asOf', { date: m.asOf })}</p></header>
${headline(m)}
${coverageSection(m, width)}
${progressSection(m, width)}
${donationsSection(m, width)}
${followUpSection(m)}
${problemsSection(m)}
<footer>${say('privacy')} paicha</footer>
</main>`;
  return {
    lang: LANG[m.locale],
    title: scrubText(`${say('title')} · ${say('asOf', { date: m.asOf })}`),
    style: STYLE,
    bodyClass: layout === 'sidebar' ? 'narrow' : '',
    main: scrubText(main.text),
  };
}

/**
 * The dashboard as one self-contained HTML document: inline CSS and SVG, no script, no font or image
 * from the network. Every text from the workbook is escaped (and passed the personal-number
 * scrubber once more on the way out).
 */
export function dashboardHtml(m: DashboardModel, layout: DashboardLayout = 'page'): string {
  const p = dashboardParts(m, layout);
  const page = html`<!doctype html>
<html lang="${p.lang}"><head><meta charset="utf-8">${layout === 'page' ? CSP : ''}<meta name="viewport" content="width=device-width,initial-scale=1"><title>${p.title}</title><style>${new Markup(p.style)}</style></head>
<body${p.bodyClass ? html` class="${p.bodyClass}"` : ''}>${new Markup(p.main)}</body></html>
`;
  return scrubText(page.text);
}

/** The dashboard of a tally's result: what `paicha tally --html` writes and the 看板 sidebar shows. */
export function renderDashboard(result: DashboardInput, asOf: string, locale: Locale, layout: DashboardLayout = 'page'): string {
  return dashboardHtml(dashboardModel(result, asOf, locale), layout);
}
