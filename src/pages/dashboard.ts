// The browser half of the 看板 sidebar: built into dashboard.html (src/build/pages.ts), which Apps Script
// reads only when the sidebar opens, so the renderer is not parsed on every menu click as .gs files are.
// The server (src/gas/dashboard.ts) puts the tally's DashboardModel (counts, money, dates and place
// names: nothing personal) into the page as JSON; this draws it with the same code as `tally --html`.
import { dashboardParts } from '../../lib/render/dashboard/page.ts';
import type { DashboardModel } from '../../lib/render/dashboard/model.ts';

/** The id of the <script type="application/json"> element holding the model. */
export const MODEL_ELEMENT_ID = 'paicha-dashboard-model';

// The little of the DOM this script uses (the project's types leave the DOM out, so that lib/ cannot
// use it by mistake).
type Element = {
  textContent: string | null;
  className: string;
  insertAdjacentHTML(where: 'beforeend', html: string): void;
  appendChild(child: Element): void;
};
type Document = {
  title: string;
  readonly documentElement: { lang: string };
  readonly head: Element;
  readonly body: Element;
  getElementById(id: string): Element | null;
  createElement(tag: 'style'): Element;
};

/** Draws the dashboard of the model found in the page into the page. */
export function drawDashboard(document: Document): void {
  const model = JSON.parse(document.getElementById(MODEL_ELEMENT_ID)?.textContent ?? 'null') as DashboardModel | null;
  if (!model) throw new Error(`dashboard.html: no model in #${MODEL_ELEMENT_ID}`);
  const parts = dashboardParts(model, 'sidebar');
  document.documentElement.lang = parts.lang;
  document.title = parts.title;
  const style = document.createElement('style');
  style.textContent = parts.style;
  document.head.appendChild(style);
  document.body.className = parts.bodyClass;
  document.body.insertAdjacentHTML('beforeend', parts.main);
}
