// Embedded charts: Sheet.newChart() → EmbeddedChartBuilder → build() → Sheet.insertChart(chart).
// Charts are kept as data (type, ranges, options, position) for tests to inspect; nothing is drawn.
// https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
// https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart
import { ChartType, enumName } from './enums.ts';
import type { Env } from './env.ts';
import type { ChartModel, SheetModel } from './model.ts';
import { RangeFacade, makeRange } from './range.ts';

export function makeChartBuilder(env: Env, from: ChartModel | undefined): ChartBuilderFacade {
  const draft: ChartModel = from
    ? structuredClone(from)
    : { chartId: null, type: 'LINE', ranges: [], options: {}, position: { row: 1, column: 1, offsetX: 0, offsetY: 0 }, numHeaders: -1 };
  return env.wrap('EmbeddedChartBuilder', new ChartBuilderFacade(env, draft));
}

function makeChart(env: Env, model: ChartModel): EmbeddedChartFacade {
  return env.wrap('EmbeddedChart', new EmbeddedChartFacade(env, model));
}

function chartArg(env: Env, method: string, chart: unknown): ChartModel {
  const facade = env.unwrap<EmbeddedChartFacade>('EmbeddedChart', chart);
  if (!facade) throw env.badArguments('Sheet', method, [chart]);
  return EmbeddedChartFacade.model(facade);
}

/** insertChart adds a built chart; updateChart replaces the chart with the same id. */
export function addChart(env: Env, sheet: SheetModel, chart: unknown, method: 'insertChart' | 'updateChart'): void {
  const model = structuredClone(chartArg(env, method, chart));
  if (model.chartId === null) {
    if (method === 'updateChart') throw env.fail('The chart is not in this sheet.');
    model.chartId = env.doc.newChartId();
    sheet.charts.push(model);
    return;
  }
  const at = sheet.charts.findIndex((c) => c.chartId === model.chartId);
  if (at < 0) sheet.charts.push(model);
  else sheet.charts[at] = model;
}

export function removeChart(env: Env, sheet: SheetModel, chart: unknown): void {
  const model = chartArg(env, 'removeChart', chart);
  sheet.charts = sheet.charts.filter((c) => c.chartId !== model.chartId);
}

export function chartsOf(env: Env, sheet: SheetModel): unknown[] {
  return env.arr(sheet.charts.map((c) => makeChart(env, c)));
}

// JSON-like copy so chart options are plain data, whatever realm the script built them in.
const plain = (value: unknown): unknown => (value === undefined ? null : JSON.parse(JSON.stringify(value)));

export class ChartBuilderFacade {
  readonly #env: Env;
  readonly #draft: ChartModel;

  constructor(env: Env, draft: ChartModel) {
    this.#env = env;
    this.#draft = draft;
  }

  addRange(range: unknown): this {
    const facade = this.#env.unwrap<RangeFacade>('Range', range);
    if (!facade) throw this.#env.badArguments('EmbeddedChartBuilder', 'addRange', [range]);
    const g = RangeFacade.geometry(facade);
    this.#draft.ranges.push({ sheetId: g.sheet.sheetId, row: g.row, column: g.column, numRows: g.numRows, numColumns: g.numColumns });
    return this;
  }
  clearRanges(): this {
    this.#draft.ranges = [];
    return this;
  }
  setChartType(type: unknown): this {
    const name = typeof type === 'object' ? enumName(type) : undefined;
    if (name === undefined || !(name in ChartType)) throw this.#env.badArguments('EmbeddedChartBuilder', 'setChartType', [type]);
    this.#draft.type = name;
    return this;
  }
  asAreaChart(): this {
    return this.#as('AREA');
  }
  asBarChart(): this {
    return this.#as('BAR');
  }
  asColumnChart(): this {
    return this.#as('COLUMN');
  }
  asComboChart(): this {
    return this.#as('COMBO');
  }
  asLineChart(): this {
    return this.#as('LINE');
  }
  asPieChart(): this {
    return this.#as('PIE');
  }
  asScatterChart(): this {
    return this.#as('SCATTER');
  }
  asTableChart(): this {
    return this.#as('TABLE');
  }
  setOption(option: unknown, value: unknown): this {
    if (typeof option !== 'string') throw this.#env.badArguments('EmbeddedChartBuilder', 'setOption', [option, value]);
    this.#draft.options[option] = plain(value);
    return this;
  }
  // The typed builders' setters (EmbeddedBarChartBuilder etc.) are options under Google Charts names.
  setTitle(title: unknown): this {
    return this.setOption('title', title);
  }
  setXAxisTitle(title: unknown): this {
    return this.setOption('hAxis.title', title);
  }
  setYAxisTitle(title: unknown): this {
    return this.setOption('vAxis.title', title);
  }
  setLegendPosition(position: unknown): this {
    return this.setOption('legend.position', enumName(position) ?? null);
  }
  setColors(colors: unknown): this {
    return this.setOption('colors', colors);
  }
  setStacked(): this {
    return this.setOption('isStacked', true);
  }
  setPosition(anchorRowPos: unknown, anchorColPos: unknown, offsetX: unknown, offsetY: unknown): this {
    const args = [anchorRowPos, anchorColPos, offsetX, offsetY];
    if (!args.every((a) => typeof a === 'number' && Number.isInteger(a)))
      throw this.#env.badArguments('EmbeddedChartBuilder', 'setPosition', args);
    const [row, column, x, y] = args as number[];
    this.#draft.position = { row: row ?? 1, column: column ?? 1, offsetX: x ?? 0, offsetY: y ?? 0 };
    return this;
  }
  setNumHeaders(headers: unknown): this {
    if (typeof headers !== 'number') throw this.#env.badArguments('EmbeddedChartBuilder', 'setNumHeaders', [headers]);
    this.#draft.numHeaders = headers;
    return this;
  }
  getChartType(): unknown {
    return ChartType[this.#draft.type as keyof typeof ChartType];
  }
  getRanges(): unknown[] {
    return rangesOf(this.#env, this.#draft);
  }
  build(): unknown {
    return makeChart(this.#env, structuredClone(this.#draft));
  }
  toString(): string {
    return 'EmbeddedChartBuilder';
  }

  #as(type: keyof typeof ChartType): this {
    this.#draft.type = type;
    return this;
  }
}

function rangesOf(env: Env, model: ChartModel): unknown[] {
  return env.arr(
    model.ranges.flatMap((r) => {
      const sheet = env.doc.sheetById(r.sheetId);
      return sheet ? [makeRange(env, sheet, r.row, r.column, r.numRows, r.numColumns)] : [];
    }),
  );
}

export class EmbeddedChartFacade {
  readonly #env: Env;
  readonly #model: ChartModel;

  constructor(env: Env, model: ChartModel) {
    this.#env = env;
    this.#model = model;
  }

  static model(chart: EmbeddedChartFacade): ChartModel {
    return chart.#model;
  }

  getChartId(): number | null {
    return this.#model.chartId;
  }
  getRanges(): unknown[] {
    return rangesOf(this.#env, this.#model);
  }
  getNumHeaders(): number {
    return this.#model.numHeaders;
  }
  getOptions(): unknown {
    const options = this.#model.options;
    return this.#env.wrap('ChartOptions', { get: (option: string): unknown => options[option] ?? null, toString: () => 'ChartOptions' });
  }
  getContainerInfo(): unknown {
    const p = this.#model.position;
    return this.#env.wrap('ContainerInfo', {
      getAnchorRow: () => p.row,
      getAnchorColumn: () => p.column,
      getOffsetX: () => p.offsetX,
      getOffsetY: () => p.offsetY,
      toString: () => 'ContainerInfo',
    });
  }
  modify(): unknown {
    return makeChartBuilder(this.#env, this.#model);
  }
  toString(): string {
    return 'EmbeddedChart';
  }
}
