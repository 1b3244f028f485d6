import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleSheets } from '../../examples/workbook.ts';
import type { Cell } from '../../lib/cells/result.ts';
import { containsPersonalNumber } from '../../lib/privacy/mask.ts';
import { renderDashboard } from '../../lib/render/dashboard/page.ts';
import { tallyWorkbook } from '../../lib/result.ts';
import { ARTIFACTS, launchChromium, loadHtml } from './chromium.ts';
import { useChromium } from './use-chromium.ts';

// The dashboard in a real browser: Debian's headless Chromium driven by playwright-core.
const AS_OF = '2020-02-06';
const demo = () => tallyWorkbook(exampleSheets(), { asOf: AS_OF, tzOffsetMinutes: 0 });

const chromium = useChromium();

// The little of the DOM these tests read in the page (the project's types leave the DOM out, so that
// lib/ cannot use it by mistake).
type PageNode = { readonly nodeType: number; readonly textContent: string | null };
type PageElement = { readonly childNodes: ArrayLike<PageNode>; readonly attributes: ArrayLike<{ readonly value: string }> };
type PageDocument = {
  readonly title: string;
  readonly documentElement: { readonly scrollWidth: number };
  querySelectorAll(selector: string): ArrayLike<PageElement>;
};

/**
 * Every text a reader or a screen reader can get at, one string each: the text of every element (its
 * own text nodes: each text from the workbook is one) and every attribute value.
 */
const readable = (): string[] => {
  const d = (globalThis as unknown as { document: PageDocument }).document;
  const out: string[] = [d.title];
  for (const e of Array.from(d.querySelectorAll('*'))) {
    out.push(
      Array.from(e.childNodes)
        .filter((n) => n.nodeType === 3)
        .map((n) => n.textContent)
        .join(''),
    );
    for (const a of Array.from(e.attributes)) out.push(a.value);
  }
  return out.filter((t) => t.trim() !== '');
};

describe('the dashboard in Chromium', () => {
  it('runs Debian’s Chromium, and says how to install it when it is missing', async () => {
    expect(chromium().version()).toMatch(/^\d+\./);
    await expect(launchChromium('/nonexistent/chromium')).rejects.toThrow(
      `The browser tests need Debian's Chromium at /nonexistent/chromium, which is missing. Install it with: apt-get update && apt-get install -y chromium`,
    );
  });

  it('shows the demo’s numbers and charts, with no console error and no request', async () => {
    const { page, requests, errors } = await loadHtml(chromium(), renderDashboard(demo(), AS_OF, 'zh-Hans'), 760);
    const tiles = await page.locator('.tile .big').allInnerTexts();
    // The last tile counts errors and warnings: 2 + 5 (3 unvalued goods, 2 health checks matching nobody or two people).
    expect(tiles).toEqual(['551', '76.6%', '1,907,852.28', '7']);
    expect(await page.locator('#coverage svg text').allTextContents()).toEqual(expect.arrayContaining(['金都小区', '384/507 · 75.7%']));
    const charts = await page.locator('svg[role="img"]').evaluateAll((svgs) =>
      svgs.map((s) => {
        const box = s.getBoundingClientRect();
        return {
          label: s.getAttribute('aria-labelledby'),
          width: Math.round(box.width),
          height: Math.round(box.height),
          shapes: s.querySelectorAll('rect, path, circle').length,
        };
      }),
    );
    expect(charts.map((c) => c.label)).toEqual(['cov0-t cov0-d', 'cum-t cum-d', 'day-t day-d']);
    for (const c of charts) {
      expect(c.width).toBe(688);
      expect(c.height).toBeGreaterThan(100);
      expect(c.shapes).toBeGreaterThan(8);
    }
    expect(await page.getByRole('img', { name: '各小区登记进度' }).count()).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-demo.png'), fullPage: true });
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('fits the 300-pixel sidebar: nothing wider than the frame, long names cut inside their chart', async () => {
    const names = [
      '武汉市江汉区唐家墩街道金都花园小区第一期东区含商业楼',
      'Riverside Gardens Phase II North Block Residential Compound',
      '银杏苑',
    ];
    const values: Cell[][] = [
      ['小区', '楼号', '门牌号', '核查状态'],
      ...names.flatMap((n) => [
        [n, 1, '101', '入户登记'],
        [n, 1, '102', ''],
      ]),
    ];
    const r = tallyWorkbook([{ name: '住户', values }, ...exampleSheets().slice(1)], { asOf: AS_OF, tzOffsetMinutes: 0 });
    const { page, errors } = await loadHtml(chromium(), renderDashboard(r, AS_OF, 'zh-Hans', 'sidebar'), 300);
    expect(
      await page.evaluate(() => (globalThis as unknown as { document: PageDocument }).document.documentElement.scrollWidth),
    ).toBeLessThanOrEqual(300);
    // Each bar's label ends before its figures begin, and both stay inside the chart.
    const rows = await page.locator('#coverage svg g:has(title)').evaluateAll((gs) =>
      gs.map((g) => {
        const [label, value] = [...g.querySelectorAll('text')].map((t) => t.getBBox());
        const width = Number(g.closest('svg')!.getAttribute('width'));
        return { gap: value!.x - (label!.x + label!.width), right: value!.x + value!.width - width };
      }),
    );
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row.gap).toBeGreaterThan(4);
      expect(row.right).toBeLessThanOrEqual(1);
    }
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-sidebar.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('prints the demo on two A4 pages', async () => {
    const { page } = await loadHtml(chromium(), renderDashboard(demo(), AS_OF, 'zh-Hans'), 760);
    const path = join(ARTIFACTS, 'dashboard-demo.pdf');
    await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
    const pdf = (await readFile(path)).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(2);
    const [, w, h] = /\/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf)!;
    expect([Math.round(Number(w)), Math.round(Number(h))]).toEqual([595, 842]); // A4 in points
    await page.close();
  });

  it('would notice a page that reaches for the network: refused and recorded, or blocked with an error', async () => {
    const leak = (html: string) => html.replace('</main>', '<img src="http://127.0.0.1:9/pixel.png" alt=""></main>');
    const sidebar = await loadHtml(chromium(), leak(renderDashboard(demo(), AS_OF, 'zh-Hans', 'sidebar')), 300);
    expect(sidebar.requests).toEqual(['http://127.0.0.1:9/pixel.png']);
    await sidebar.page.close();
    // The file page also forbids every fetch in its own header: the browser says so in the console.
    const file = await loadHtml(chromium(), leak(renderDashboard(demo(), AS_OF, 'zh-Hans')), 760);
    expect(file.errors.join('\n')).toContain('violates the following Content Security Policy directive');
    await file.page.close();
  });

  it('shows no phone or ID number from a workbook full of them', async () => {
    const phone = '13812345678';
    const id = '11010519491231002X';
    const sheets = [
      {
        name: '住户',
        values: [
          ['工作组', '小区', '楼号', '门牌号', '户主姓名', '联系电话', '身份证号', '核查状态', '备注'],
          ...Array.from({ length: 30 }, (_, i): Cell[] => [
            `第${i % 3}组 ${phone}`,
            i % 2 ? `金都小区 ${phone}` : `银杏苑${id}`,
            1 + (i % 4),
            String(101 + i),
            `王强${phone}`,
            `139 ${String(1000 + i)} 5678`,
            id,
            i % 3 ? '入户登记' : '敲不开门',
            `身份证 ${id}`,
          ]),
        ],
      },
      {
        name: '捐赠',
        values: [
          ['日期', '捐赠人', '类别', '金额', '物资名称', '数量', '折价', '联系电话'],
          ['2020-02-01', `张三 ${phone}`, '捐款', 500, '', '', '', phone],
          ['2020-02-02', `李四${id}`, '捐物', '', `口罩 联系 027-87654321`, 100, 800, '(027)88886666'],
        ],
      },
    ];
    for (const layout of ['page', 'sidebar'] as const) {
      const { page, requests, errors } = await loadHtml(
        chromium(),
        renderDashboard(tallyWorkbook(sheets, { asOf: AS_OF }), AS_OF, 'zh-Hans', layout),
        layout === 'page' ? 760 : 300,
      );
      const texts = await page.evaluate(readable);
      expect(texts).toContain('金都小区 138****5678');
      expect(texts.filter(containsPersonalNumber)).toEqual([]);
      expect(texts.join('|')).not.toMatch(/13812345678|11010519491231002X|87654321|88886666|王强|张三|李四/);
      expect(containsPersonalNumber(await page.content())).toBe(false);
      expect([...requests, ...errors]).toEqual([]);
      await page.close();
    }
  });
});
