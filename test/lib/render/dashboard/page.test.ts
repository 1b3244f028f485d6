import { describe, expect, it } from 'vitest';
import { exampleSheets } from '../../../../examples/workbook.ts';
import type { Cell } from '../../../../lib/cells/result.ts';
import { LOCALES } from '../../../../lib/i18n/locale.ts';
import { containsPersonalNumber } from '../../../../lib/privacy/mask.ts';
import { dashboardModel, type DashboardInput, type DashboardModel } from '../../../../lib/render/dashboard/model.ts';
import { dashboardHtml, renderDashboard } from '../../../../lib/render/dashboard/page.ts';
import { tallyWorkbook } from '../../../../lib/result.ts';

const AS_OF = '2020-02-06';
const example = () => tallyWorkbook(exampleSheets(), { asOf: AS_OF, tzOffsetMinutes: 0 });
const register = (compounds: readonly string[]) => [
  {
    name: '住户',
    values: [
      ['小区', '楼号', '门牌号', '核查状态'],
      ...compounds.flatMap((c) => [
        [c, 1, '101', '入户登记'],
        [c, 1, '102', '敲不开门'],
      ]),
    ] as Cell[][],
  },
];
const svgs = (page: string) => page.match(/<svg[\s\S]*?<\/svg>/g) ?? [];

describe('the dashboard page', () => {
  it('shows the example’s headline numbers formatted like the rest of paicha', () => {
    const page = renderDashboard(example(), AS_OF, 'zh-Hans');
    expect(page).toContain('<title>排查看板 · 统计日 2020-02-06</title>');
    expect(page).toContain('<dd class="big">551</dd><dd>共 719 户</dd>');
    expect(page).toContain('76.6%');
    expect(page).toContain('1,907,852<small>.28</small>');
    expect(page).toContain('59 笔：捐款 1,764,262.28，物资折价 143,590.00');
    expect(page).toContain('<td class="n">1,907,852.28</td>'); // the running total's last day
    expect(page).toContain('<b>168</b><span>住户待核实<small>敲不开门 53、不在家 33、疑似无人居住 22、拒绝登记 21、待核查 39</small>');
  });

  it('writes counts with thousands separators', () => {
    const m: DashboardModel = {
      ...dashboardModel(example(), AS_OF, 'en'),
      households: { total: 123_456, verified: 120_000, unreached: 3_456, rate: 0.972 },
    };
    const page = dashboardHtml(m);
    expect(page).toContain('<dd class="big">120,000</dd><dd>of 123,456</dd>');
    expect(page).toContain('3,456 not verified');
  });

  it('is self-contained: no script, no link, no source, no url but its own patterns, and forbids fetching', () => {
    for (const layout of ['page', 'sidebar'] as const) {
      const page = renderDashboard(example(), AS_OF, 'zh-Hans', layout);
      expect(page).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|\shref=|@import|@font-face/i);
      expect(page.match(/url\([^)]*\)/g)!.every((u) => /^url\(#[\w-]+\)$/.test(u))).toBe(true);
      expect(page.match(/https?:\/\/[^"'\s]*/g)).toEqual(svgs(page).map(() => 'http://www.w3.org/2000/svg'));
    }
    expect(renderDashboard(example(), AS_OF, 'zh-Hans')).toContain(
      `content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`,
    );
  });

  it('escapes every text from the workbook', () => {
    const page = renderDashboard(
      tallyWorkbook(register(['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'A & B']), { asOf: AS_OF }),
      AS_OF,
      'en',
    );
    expect(page).not.toMatch(/<script|<img/);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(page).toContain('A &amp; B');
  });

  it('shows no phone or ID number typed anywhere in a register and a ledger', () => {
    const phone = '13812345678';
    const id = '11010519491231002X';
    const r = tallyWorkbook(
      [
        {
          name: '住户',
          values: [
            ['工作组', '小区', '楼号', '门牌号', '户主姓名', '联系电话', '身份证号', '核查状态', '备注'],
            [`组${phone}`, `金都${phone}`, 1, '101', `王强${id}`, phone, id, '敲不开门', `电话 ${phone}`],
            [`组 027-87654321`, `银杏苑 ${id}`, 2, '1', '李四', phone, id, '', ''],
          ],
        },
        {
          name: '捐赠',
          values: [
            ['日期', '捐赠人', '类别', '金额', '联系电话', '身份证号'],
            ['2020-02-01', `张三 ${phone}`, '捐款', 100, phone, id],
          ],
        },
      ],
      { asOf: AS_OF },
    );
    for (const layout of ['page', 'sidebar'] as const) {
      const page = renderDashboard(r, AS_OF, 'zh-Hans', layout);
      expect(page).toContain('金都138****5678');
      expect(containsPersonalNumber(page)).toBe(false);
      expect(page).not.toMatch(/13812345678|11010519491231002X|87654321|王强|张三|李四/);
    }
  });

  it('gives every chart a title and a description it is labelled by, and a table of its figures', () => {
    const page = renderDashboard(example(), AS_OF, 'zh-Hans');
    const charts = svgs(page);
    expect(charts).toHaveLength(3);
    for (const svg of charts) {
      const [, t, d] = /aria-labelledby="([\w-]+) ([\w-]+)"/.exec(svg)!;
      expect(svg).toMatch(new RegExp(`<title id="${t}">[^<]+</title><desc id="${d}">[^<]+</desc>`));
      expect(svg).toContain('role="img"');
    }
    expect(page).toContain('<desc id="cov0-d">4 个小区，最低 金都小区 75.7%，最高 银杏苑 81.3%。</desc>');
    expect(page.match(/<caption>/g)).toHaveLength(2); // coverage and donations by day
  });

  it('tells series apart without colour: solid and round markers against dashed and square, solid against hatched bars', () => {
    const input: DashboardInput = {
      ...example(),
      visits: {
        byDay: [
          { date: '2020-01-30', attempts: 719, newlyVerified: 499, verified: 499, unreached: 220 },
          { date: '2020-02-01', attempts: 130, newlyVerified: 220, verified: 719, unreached: 0 },
        ],
      },
    };
    const page = renderDashboard(input, AS_OF, 'zh-Hans');
    const progress = svgs(page)[1]!;
    expect(progress.match(/<path [^>]*class="s0 ln"(?! stroke-dasharray)/g)).toHaveLength(1);
    expect(progress.match(/<path [^>]*class="s1 ln" stroke-dasharray/g)).toHaveLength(1);
    expect(progress.match(/<circle /g)).toHaveLength(3); // two points and the legend's sample
    expect(progress.match(/class="s1 mk"/g)).toHaveLength(3);
    const coverage = svgs(page)[0]!;
    expect(coverage.match(/class="s0"/g)).toHaveLength(5); // four bars and the legend
    expect(coverage.match(/class="hb" fill="url\(#cov0-h\)"/g)).toHaveLength(5);
    expect(progress).toContain('>719</text>'); // the last value written at the end of the line
  });

  it('draws long lists of compounds in parts that each fit a printed page, and cuts long names', () => {
    const names = Array.from({ length: 45 }, (_, i) => `武汉市江汉区唐家墩街道金都花园小区第${i + 1}期东区含商业楼及配套设施`);
    const r = tallyWorkbook(register(names), { asOf: AS_OF });
    const page = renderDashboard(r, AS_OF, 'zh-Hans', 'sidebar');
    expect(svgs(page)).toHaveLength(3);
    expect(page).toContain('<title id="cov2-t">各小区登记进度（第 3/3 部分）</title>');
    expect(page).toMatch(/<text x="0" y="[\d.]+">武汉市江汉区唐家墩街道金都花…<\/text>/);
    expect(page).toContain(`<title>${names[0]} · 1/2 · 50.0%</title>`); // the full name on hover
  });

  it('sizes charts for an A4 page or the 300-pixel sidebar', () => {
    expect(svgs(renderDashboard(example(), AS_OF, 'zh-Hans')).every((s) => s.includes('width="688"'))).toBe(true);
    const sidebar = renderDashboard(example(), AS_OF, 'zh-Hans', 'sidebar');
    expect(svgs(sidebar).every((s) => s.includes('width="284"'))).toBe(true);
    expect(sidebar).toContain('<body class="narrow">');
    expect(sidebar).not.toContain('Content-Security-Policy');
  });

  it('says what is missing for an empty workbook instead of drawing empty charts', () => {
    const page = renderDashboard(tallyWorkbook([], { asOf: AS_OF }), AS_OF, 'zh-Hans');
    expect(svgs(page)).toEqual([]);
    expect(page).toContain('还没有住户登记表。');
    expect(page).toContain('还没有捐赠记录。');
    expect(page).toContain('没有待处理的问题。');
  });

  it.each(LOCALES)('in %s leaves no placeholder unfilled', (locale) => {
    const input: DashboardInput = {
      ...example(),
      people: { underWatch: 1, endingToday: 1, missedToday: 1, fever: 1 },
      shops: { notCheckedToday: 1, late: 1, fever: 1 },
      duty: { missingToday: 1, late: 1, issues: 1 },
    };
    const page = renderDashboard(input, AS_OF, locale);
    expect(page).not.toMatch(/\{\w+\}/);
    expect(page).toContain(`<html lang="${locale}">`);
  });

  it('in English uses no Chinese words of its own', () => {
    const r = tallyWorkbook(
      [
        {
          name: 'Households',
          values: [
            ['Compound', 'Building', 'Room', 'Status'],
            ['Riverside', 1, '101', 'visited'],
            ['Riverside', 1, '102', ''],
          ],
        },
        {
          name: 'Donations',
          values: [
            ['Date', 'Donor', 'Kind', 'Amount'],
            ['2020-02-01', 'A', 'cash', 100],
            ['2020-02-02', 'B', 'cash', 50],
          ],
        },
      ],
      { asOf: AS_OF, locale: 'en' },
    );
    const page = renderDashboard(r, AS_OF, 'en');
    expect(page).toContain('Households verified');
    expect(page).not.toMatch(/[\u3400-\u9fff]/);
  });
});
