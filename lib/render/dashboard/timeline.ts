import type { Locale } from '../../i18n/locale.ts';
import { textUnits } from '../text-width.ts';
import { dayNumber, formatCompact, px, shortDate } from './format.ts';
import { html, type Markup } from './markup.ts';
import { CHAR, hatchId, legend, marker, niceTicks, svgChart, type ChartFrame, type SeriesStyle } from './svg.ts';

export type TimeSeries = {
  readonly name: string;
  readonly style: SeriesStyle;
  readonly kind: 'line' | 'bar';
  /** One value per date. */
  readonly values: readonly number[];
  /** The exact value as shown in a tooltip and at the end of a line. */
  readonly show: (n: number) => string;
};

export type TimeChartOptions = { readonly height: number; readonly locale: Locale; readonly whole: boolean };

const MARKERS_UP_TO = 45;

/** Index of each date on a day axis; dates that are not YYYY-MM-DD fall back to their position. */
function days(dates: readonly string[]): number[] {
  const d = dates.map(dayNumber);
  return d.some(Number.isNaN) ? dates.map((_, i) => i) : d;
}

/** Which dates get an axis label: evenly spaced, at most one per 40 pixels, always the last. */
function labelled(n: number, width: number): Set<number> {
  const step = Math.max(1, Math.ceil(n / Math.max(2, Math.floor(width / 40))));
  const out = new Set<number>();
  for (let i = 0; i < n; i += step) out.add(i);
  if (n > 1 && (n - 1) % step !== 0) {
    if ((n - 1) % step < step / 2) out.delete(n - 1 - ((n - 1) % step));
    out.add(n - 1);
  }
  return out;
}

/**
 * Values by date on a true day axis (a day without data leaves a gap, not a squeeze): lines with
 * markers and their last value written at the end, or bars. Axis numbers are compact (150万); exact
 * figures are in the tooltips and the table beside the chart.
 */
export function timeChart(frame: ChartFrame, dates: readonly string[], series: readonly TimeSeries[], o: TimeChartOptions): Markup {
  const lg = legend(
    frame,
    series.map((s) => ({ style: s.style, kind: s.kind, name: s.name })),
  );
  const max = Math.max(0, ...series.flatMap((s) => s.values));
  const ticks = niceTicks(max, 4, o.whole);
  const top = ticks[ticks.length - 1]!;
  const tickText = ticks.map((t) => formatCompact(t, o.locale));
  const left = Math.max(...tickText.map((t) => textUnits(t))) * 6 + 8;
  const plotTop = lg.height + 18;
  const bottom = o.height - 22;
  const right = frame.width - 12;
  const d = days(dates);
  const d0 = Math.min(...d);
  const span = Math.max(...d) - d0;
  const hasBars = series.some((s) => s.kind === 'bar');
  const barWidth = Math.max(2, Math.min(28, ((right - left) / (span + 1)) * 0.6));
  const pad = hasBars ? barWidth / 2 + 2 : 6;
  const x = (i: number) => (span === 0 ? (left + right) / 2 : left + pad + ((d[i]! - d0) / span) * (right - left - 2 * pad));
  const y = (v: number) => bottom - (v / top) * (bottom - plotTop);

  const grid = ticks.map(
    (t, i) =>
      html`<line x1="${px(left)}" y1="${px(y(t))}" x2="${px(right)}" y2="${px(y(t))}" class="${i === 0 ? 'base' : 'grid'}"/><text x="${px(left - 6)}" y="${px(y(t) + 4)}" text-anchor="end">${tickText[i]!}</text>`,
  );
  const shown = labelled(dates.length, right - left);
  const xLabels = dates.map((date, i) =>
    shown.has(i) ? html`<text x="${px(x(i))}" y="${px(bottom + 16)}" text-anchor="middle">${shortDate(date)}</text>` : '',
  );

  const endLabels: number[] = [];
  const drawn = series.map((s) => {
    if (s.kind === 'bar') {
      const cls = s.style === 0 ? html`class="s0"` : html`class="hb" fill="url(#${hatchId(frame)})"`;
      return html`<g>${s.values.map((v, i) => html`<rect x="${px(x(i) - barWidth / 2)}" y="${px(y(v))}" width="${px(barWidth)}" height="${px(bottom - y(v))}" ${cls}><title>${dates[i]!}: ${s.show(v)}</title></rect>`)}</g>`;
    }
    const path = s.values.map((v, i) => `${i === 0 ? 'M' : 'L'}${px(x(i))},${px(y(v))}`).join('');
    const markers =
      s.values.length <= MARKERS_UP_TO ? s.values.map((v, i) => marker(s.style, x(i), y(v), `${dates[i]!}: ${s.show(v)}`)) : [];
    const last = s.values.length - 1;
    let ly = y(s.values[last] ?? 0) - 8;
    if (endLabels.some((e) => Math.abs(e - ly) < 14)) ly += 24;
    endLabels.push(ly);
    const lx = Math.max(left + textUnits(s.show(s.values[last] ?? 0)) * CHAR, x(last));
    return html`<path d="${path}" class="s${s.style} ln"${s.style === 1 ? html` stroke-dasharray="6 4"` : ''}/>${markers}<text x="${px(lx)}" y="${px(ly)}" text-anchor="end" class="v">${s.show(s.values[last] ?? 0)}</text>`;
  });
  return svgChart(frame, o.height, html`${lg.markup}<g class="ax">${grid}${xLabels}</g>${drawn}`);
}
