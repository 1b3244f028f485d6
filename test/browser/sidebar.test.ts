import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleSheets } from '../../examples/workbook.ts';
import type { DashboardModel } from '../../lib/render/dashboard/model.ts';
import { dashboardHtml } from '../../lib/render/dashboard/page.ts';
import { MODEL_ELEMENT_ID } from '../../src/pages/dashboard.ts';
import { openWithAddon, useBuiltBundle } from '../gas/bundle.ts';
import type { SpreadsheetSeed } from '../gas/emulator/index.ts';
import { ARTIFACTS, loadHtml } from './chromium.ts';
import { useChromium } from './use-chromium.ts';

// The 看板 sidebar as the add-on shows it: the built add-on run in the emulator, 看板 clicked, and the
// page it hands to showSidebar (dashboard.html with the figures put in) opened in Debian's Chromium,
// where the page's own script draws the dashboard.
const dir = useBuiltBundle();

const chromium = useChromium();

const example = (): SpreadsheetSeed => ({ locale: 'zh_CN', sheets: exampleSheets().map((s) => ({ name: s.name, values: s.values })) });

/** What the sidebar gets when 看板 is clicked in a spreadsheet holding `seed`. */
function sidebarPage(seed: SpreadsheetSeed): string {
  const { emu, rt } = openWithAddon(dir, seed);
  rt.clickMenu('看板');
  const [sidebar] = emu.ui.dialogs;
  if (sidebar?.kind !== 'sidebar') throw new Error(`看板 showed ${sidebar?.kind ?? 'nothing'}`);
  return sidebar.content;
}

const modelOf = (page: string): DashboardModel =>
  JSON.parse(new RegExp(`id="${MODEL_ELEMENT_ID}">([^<]*)</script>`).exec(page)![1]!) as DashboardModel;

type Drawn = { lang: string; title: string; bodyClass: string; main: string; width: number };
const drawn = (): Drawn => {
  const d = (
    globalThis as unknown as {
      document: {
        title: string;
        documentElement: { lang: string; scrollWidth: number };
        body: { className: string };
        querySelector(s: string): { outerHTML: string } | null;
      };
    }
  ).document;
  return {
    lang: d.documentElement.lang,
    title: d.title,
    bodyClass: d.body.className,
    main: d.querySelector('main')?.outerHTML ?? '',
    width: d.documentElement.scrollWidth,
  };
};

describe('the 看板 sidebar in Chromium', () => {
  it('draws the example’s numbers and charts from the figures the add-on put in, with no console error and no request', async () => {
    const html = sidebarPage(example());
    const { page, requests, errors } = await loadHtml(chromium(), html, 300);
    expect(await page.locator('.tile .big').allInnerTexts()).toEqual(['551', '76.6%', '1,907,852.28', '7']);
    expect(await page.locator('#coverage svg text').allTextContents()).toEqual(expect.arrayContaining(['金都小区', '384/507 · 75.7%']));
    expect(await page.locator('svg[role="img"]').count()).toBe(3);
    const shown = await page.evaluate(drawn);
    expect(shown.width).toBeLessThanOrEqual(300);
    expect(shown.bodyClass).toBe('narrow');
    expect(shown.lang).toBe('zh-Hans');
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-addon-sidebar.png'), fullPage: true });
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('is the page `paicha tally --html` would draw from the same figures: one renderer, two hosts', async () => {
    const html = sidebarPage(example());
    const inSidebar = await loadHtml(chromium(), html, 300);
    const inNode = await loadHtml(chromium(), dashboardHtml(modelOf(html), 'sidebar'), 300);
    const [a, b] = [await inSidebar.page.evaluate(drawn), await inNode.page.evaluate(drawn)];
    expect(a.main.length).toBeGreaterThan(1000);
    expect(a).toEqual(b);
    await inSidebar.page.close();
    await inNode.page.close();
  });

  it('shows a compound named like markup as text, running nothing of it', async () => {
    const name = '</script><script>console.error("ran")</script><img src=x onerror=console.error(1)>';
    const html = sidebarPage({
      locale: 'zh_CN',
      sheets: [
        {
          name: '住户登记',
          values: [
            ['小区', '楼号', '门牌号', '核查状态'],
            [name, 1, '101', '入户登记'],
          ],
        },
      ],
    });
    const { page, requests, errors } = await loadHtml(chromium(), html, 300);
    // Cut to fit its bar, the whole name is the bar's tooltip.
    expect((await page.locator('#coverage svg title').allTextContents()).join('|')).toContain(name);
    expect(await page.locator('main img').count()).toBe(0);
    expect([...requests, ...errors]).toEqual([]);
    await page.close();
  });
});
