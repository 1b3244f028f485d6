import { textUnits } from '../text-width.ts';
import { px } from './format.ts';
import { html, type Markup, type Part } from './markup.ts';

/** What every chart carries for a reader who cannot see it: a title and a one-sentence description. */
export type ChartFrame = {
  /** Unique in the page: prefixes the ids of the title, the description and the patterns. */
  readonly id: string;
  readonly width: number;
  readonly title: string;
  readonly desc: string;
};

/**
 * Series are told apart by more than colour, so a greyscale print still reads: series 0 is a dark
 * solid line with round markers (or solid bars), series 1 a dashed line with square markers (or
 * hatched bars). Colours come from the page's CSS classes: s0, s1, hb (a hatched bar) and h1 (the hatch's
 * ground); a CSS fill would override a fill attribute, so hatched shapes carry no s1 class.
 */
export type SeriesStyle = 0 | 1;

export const hatchId = (frame: ChartFrame): string => `${frame.id}-h`;

/** The hatch pattern of series-1 bars, defined inside each chart so a chart copied alone still draws. */
const hatch = (frame: ChartFrame): Markup =>
  html`<defs><pattern id="${hatchId(frame)}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" class="h1"/><line x1="0" y1="0" x2="0" y2="6" class="s1" stroke-width="2.5"/></pattern></defs>`;

export function svgChart(frame: ChartFrame, height: number, body: Part): Markup {
  const { id, width } = frame;
  return html`<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-t ${id}-d"><title id="${id}-t">${frame.title}</title><desc id="${id}-d">${frame.desc}</desc>${hatch(frame)}${body}</svg>`;
}

export type LegendEntry = { readonly style: SeriesStyle; readonly kind: 'line' | 'bar'; readonly name: string };

const LEGEND_LINE = 20;
/** Pixels per half-em column of 12px text, to fit labels. */
export const CHAR = 6.5;

/** Legend entries in a row from the top left, wrapping to a new line when the chart is narrow. */
export function legend(frame: ChartFrame, entries: readonly LegendEntry[]): { markup: Markup; height: number } {
  const parts: Markup[] = [];
  let x = 0;
  let y = 14;
  for (const e of entries) {
    const w = 26 + textUnits(e.name) * CHAR;
    if (x > 0 && x + w > frame.width) {
      x = 0;
      y += LEGEND_LINE;
    }
    const sample =
      e.kind === 'bar'
        ? html`<rect x="${px(x)}" y="${px(y - 9)}" width="14" height="10"${e.style === 1 ? html` class="hb" fill="url(#${hatchId(frame)})"` : html` class="s0"`}/>`
        : html`<line x1="${px(x)}" y1="${px(y - 4)}" x2="${px(x + 18)}" y2="${px(y - 4)}" class="s${e.style}" stroke-width="2"${e.style === 1 ? html` stroke-dasharray="5 3"` : ''}/>${marker(e.style, x + 9, y - 4)}`;
    parts.push(html`${sample}<text x="${px(x + 22)}" y="${px(y)}">${e.name}</text>`);
    x += w + 14;
  }
  return { markup: html`<g class="lg">${parts}</g>`, height: y + 10 };
}

/** A round (series 0) or square (series 1) point marker. */
export function marker(style: SeriesStyle, x: number, y: number, tip?: string): Markup {
  const t = tip === undefined ? '' : html`<title>${tip}</title>`;
  return style === 0
    ? html`<circle cx="${px(x)}" cy="${px(y)}" r="3" class="s0">${t}</circle>`
    : html`<rect x="${px(x - 3)}" y="${px(y - 3)}" width="6" height="6" class="s1 mk">${t}</rect>`;
}

/**
 * Axis ticks from 0 to a round number at or above max, about `count` steps of 1, 2, 2.5 or 5 × 10ⁿ
 * (whole steps for counts).
 */
export function niceTicks(max: number, count: number, whole: boolean): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  let step = [1, 2, 2.5, 5, 10].map((f) => f * magnitude).find((s) => s >= raw - 1e-12) ?? 10 * magnitude;
  if (whole) step = Math.max(1, Math.ceil(step));
  const steps = Math.ceil(max / step - 1e-9);
  const ticks: number[] = [];
  for (let i = 0; i <= steps; i++) ticks.push(Math.round(i * step * 1e6) / 1e6);
  return ticks;
}
