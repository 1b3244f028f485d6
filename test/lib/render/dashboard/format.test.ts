import { describe, expect, it } from 'vitest';
import { dayNumber, formatCompact, formatCount, shortDate } from '../../../../lib/render/dashboard/format.ts';
import { escapeHtml, html, joined } from '../../../../lib/render/dashboard/markup.ts';
import { niceTicks } from '../../../../lib/render/dashboard/svg.ts';
import { fitText, textUnits } from '../../../../lib/render/text-width.ts';

describe('numbers and dates on the dashboard', () => {
  it.each([
    [0, '0'],
    [719, '719'],
    [1000, '1,000'],
    [123456, '123,456'],
    [1234567, '1,234,567'],
    [-4500, '-4,500'],
  ])('counts: %d → %s', (n, text) => expect(formatCount(n)).toBe(text));

  it.each([
    [0, 'zh-Hans', '0'],
    [2500, 'zh-Hans', '2,500'],
    [500_000, 'zh-Hans', '50万'],
    [1_500_000, 'zh-Hant', '150萬'],
    [250_000_000, 'zh-Hans', '2.5亿'],
    [750, 'en', '750'],
    [250_000, 'en', '250k'],
    [1_500_000, 'en', '1.5M'],
    [2.5, 'en', '2.5'],
  ] as const)('axis ticks: %d in %s → %s', (n, locale, text) => expect(formatCompact(n, locale)).toBe(text));

  it('writes dates on the axis as month/day and counts days by arithmetic', () => {
    expect(shortDate('2020-02-06')).toBe('2/6');
    expect(shortDate('二月六日')).toBe('二月六日');
    expect(dayNumber('2020-03-01') - dayNumber('2020-02-28')).toBe(2); // 2020 is a leap year
    expect(dayNumber('2020-02-6')).toBeNaN();
  });

  it.each([
    [0, [0, 1]],
    [3, [0, 1, 2, 3]],
    [2, [0, 1, 2]],
    [719, [0, 200, 400, 600, 800]],
    [1_907_852.28, [0, 500_000, 1_000_000, 1_500_000, 2_000_000]],
    [815_800, [0, 250_000, 500_000, 750_000, 1_000_000]],
    [100, [0, 25, 50, 75, 100]],
  ])('axis from 0 to a round number at or above %d', (max, ticks) => expect(niceTicks(max, 4, true)).toEqual(ticks));

  it('gives fractional steps only to amounts', () => {
    expect(niceTicks(1.2, 4, false)).toEqual([0, 0.5, 1, 1.5]);
    expect(niceTicks(1.2, 4, true)).toEqual([0, 1, 2]);
  });
});

describe('labels that must fit', () => {
  it('counts CJK characters as two columns', () => {
    expect(textUnits('金都小区')).toBe(8);
    expect(textUnits('Block 12')).toBe(8);
    expect(textUnits('𠀀')).toBe(2);
  });

  it('cuts text to a width with an ellipsis, leaving short text alone', () => {
    expect(fitText('金都小区', 8)).toBe('金都小区');
    expect(fitText('金都花园小区东区', 8)).toBe('金都花…');
    expect(textUnits(fitText('Riverside Gardens Phase II', 12))).toBeLessThanOrEqual(12);
  });
});

describe('markup', () => {
  it('escapes every interpolated string and keeps nested markup', () => {
    const name = '<script>alert("x")</script> & \'y\'';
    const cell = html`<td title="${name}">${name}</td>`;
    expect(cell.text).toBe(
      '<td title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</td>',
    );
    expect(html`<tr>${[cell, null, false, undefined, 3]}</tr>`.text).toBe(`<tr>${cell.text}3</tr>`);
    expect(joined(['a<b', html`<i>c</i>`, ''], ' & ').text).toBe('a&lt;b &amp; <i>c</i>');
    expect(escapeHtml('plain')).toBe('plain');
  });
});
