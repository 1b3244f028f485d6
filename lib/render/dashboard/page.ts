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

/**
 * The dashboard as one self-contained HTML document: inline CSS and SVG, no script, no font or image
 * from the network. Every text from the workbook is escaped (and passed the personal-number
 * scrubber once more on the way out).
 */
export function dashboardHtml(m: DashboardModel, layout: DashboardLayout = 'page'): string {
  const say = sayer(m.locale);
  const width = WIDTH[layout];
  const title = `${say('title')} · ${say('asOf', { date: m.asOf })}`;
  const page = html`<!doctype html>
<html lang="${LANG[m.locale]}"><head><meta charset="utf-8">${layout === 'page' ? CSP : ''}<meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title><style>${new Markup(STYLE)}</style></head>
<body${layout === 'sidebar' ? html` class="narrow"` : ''}><main>
<header><h1>${say('title')}</h1><p>${say('asOf', { date: m.asOf })}</p></header>
${headline(m)}
${coverageSection(m, width)}
${progressSection(m, width)}
${donationsSection(m, width)}
${followUpSection(m)}
${problemsSection(m)}
<footer>${say('privacy')} paicha</footer>
</main></body></html>
`;
  return scrubText(page.text);
}

/** The dashboard of a tally's result: what `paicha tally --html` writes and the 看板 sidebar shows. */
export function renderDashboard(result: DashboardInput, asOf: string, locale: Locale, layout: DashboardLayout = 'page'): string {
  return dashboardHtml(dashboardModel(result, asOf, locale), layout);
}
