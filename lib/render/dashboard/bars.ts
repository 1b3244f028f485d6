import { fitText, textUnits } from '../text-width.ts';
import { px } from './format.ts';
import { html, type Markup } from './markup.ts';
import { CHAR, hatchId, legend, svgChart, type ChartFrame } from './svg.ts';

/** One bar: a share filled in series 0, the rest in series 1 (hatched). */
export type ShareBar = {
  readonly label: string;
  /** Shown at the right of the label: the exact figures. */
  readonly value: string;
  /** Shown on hover and read by screen readers: the full label and figures. */
  readonly tip: string;
  /** 0..1 */
  readonly share: number;
};

const ROW = 36;
const BAR = 12;

/**
 * Horizontal 100% bars, one row per item: the label above its bar on the left (cut with … when long;
 * the full text is in the row's tooltip and the table beside the chart), the figures on the right.
 * Labels sit above the bars so a 280-pixel sidebar has room for them.
 */
export function shareBars(frame: ChartFrame, bars: readonly ShareBar[], names: readonly [string, string]): Markup {
  const lg = legend(frame, [
    { style: 0, kind: 'bar', name: names[0] },
    { style: 1, kind: 'bar', name: names[1] },
  ]);
  const top = lg.height + 6;
  const w = frame.width;
  const rows = bars.map((b, i) => {
    const y = top + i * ROW;
    const valueUnits = textUnits(b.value);
    const label = fitText(b.label, Math.max(4, Math.floor((w - valueUnits * CHAR - 12) / CHAR)));
    const filled = Math.max(0, Math.min(1, b.share)) * w;
    const rest = w - filled;
    return html`<g><title>${b.tip}</title><text x="0" y="${px(y + 12)}">${label}</text><text x="${px(w)}" y="${px(y + 12)}" text-anchor="end" class="v">${b.value}</text>${
      filled > 0 ? html`<rect x="0" y="${px(y + 17)}" width="${px(filled)}" height="${BAR}" class="s0"/>` : ''
    }${rest > 0 ? html`<rect x="${px(filled)}" y="${px(y + 17)}" width="${px(rest)}" height="${BAR}" class="hb" fill="url(#${hatchId(frame)})"/>` : ''}</g>`;
  });
  return svgChart(frame, top + bars.length * ROW, html`${lg.markup}${rows}`);
}
