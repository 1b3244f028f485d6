import type { Cell } from '../../../../../lib/cells/result.ts';
import { columnLetter } from '../../../../../lib/problems/problem.ts';
import type { ChartSpec, GeneratedSheet } from '../../../../workbook.ts';
import { quoteSheet } from '../../../../a1.ts';
import { esc } from './xml-out.ts';

/** A chart's data as the chart part refers to it: ranges on the generated sheet and their values. */
export type ChartData = {
  readonly sheet: string;
  readonly labels: { readonly ref: string; readonly values: readonly string[] };
  readonly series: readonly {
    readonly name: string;
    readonly nameRef: string;
    readonly ref: string;
    readonly values: readonly (number | null)[];
    readonly format: string;
  }[];
};

/**
 * Makes one DrawingML chart part (`<c:chartSpace>`) for a chart of a generated sheet. The writer
 * places it (drawing, anchor, relationships, content types); a renderer only draws. Pass another to
 * `writeSummaryWorkbook` to change how charts look.
 */
export type ChartRenderer = (chart: ChartSpec, data: ChartData) => string;

const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The data ranges of a chart: the header row names the series, the next `rows` rows hold the data. */
export function chartData(sheet: GeneratedSheet, chart: ChartSpec, formats: readonly string[]): ChartData {
  const q = quoteSheet(sheet.name);
  const range = (c: number, from: number, to: number): string => `${q}!$${columnLetter(c)}$${from}:$${columnLetter(c)}$${to}`;
  const cells = (c: number): Cell[] => sheet.values.slice(1, chart.rows + 1).map((row) => row[c] ?? '');
  return {
    sheet: sheet.name,
    labels: {
      ref: range(chart.labelColumn, 2, chart.rows + 1),
      values: cells(chart.labelColumn).map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? ''))),
    },
    series: chart.valueColumns.map((c) => ({
      name: String(sheet.values[0]?.[c] ?? ''),
      nameRef: `${q}!$${columnLetter(c)}$1`,
      ref: range(c, 2, chart.rows + 1),
      values: cells(c).map((v) => (typeof v === 'number' && Number.isFinite(v) ? v : null)),
      format: formats[c] ?? 'General',
    })),
  };
}

/** paicha's charts: horizontal bars for a rate by place, a line for a running total by day. */
export const renderChart: ChartRenderer = (chart, data) => {
  const bar = chart.kind === 'bar';
  const series = data.series
    .map((s, i) => {
      const pts = s.values.map((v, j) => (v === null ? '' : `<c:pt idx="${j}"><c:v>${v}</c:v></c:pt>`)).join('');
      const labels = data.labels.values.map((v, j) => `<c:pt idx="${j}"><c:v>${esc(v)}</c:v></c:pt>`).join('');
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:strRef><c:f>${esc(s.nameRef)}</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${esc(s.name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>` +
        `<c:spPr>${bar ? `<a:solidFill><a:srgbClr val="${COLOURS[i % COLOURS.length]}"/></a:solidFill>` : `<a:ln w="28575"><a:solidFill><a:srgbClr val="${COLOURS[i % COLOURS.length]}"/></a:solidFill></a:ln>`}</c:spPr>` +
        (bar ? '<c:invertIfNegative val="0"/>' : '<c:marker><c:symbol val="circle"/><c:size val="5"/></c:marker>') +
        `<c:cat><c:strRef><c:f>${esc(data.labels.ref)}</c:f><c:strCache><c:ptCount val="${data.labels.values.length}"/>${labels}</c:strCache></c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${esc(s.ref)}</c:f><c:numCache><c:formatCode>${esc(s.format)}</c:formatCode><c:ptCount val="${s.values.length}"/>${pts}</c:numCache></c:numRef></c:val>` +
        (bar ? '' : '<c:smooth val="0"/>') +
        '</c:ser>'
      );
    })
    .join('');
  const format = data.series[0]?.format ?? 'General';
  const plot = bar
    ? `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="60"/><c:axId val="1"/><c:axId val="2"/></c:barChart>`
    : `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/><c:axId val="1"/><c:axId val="2"/></c:lineChart>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}"><c:roundedCorners val="0"/>` +
    `<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="1400" b="1"/></a:pPr><a:r><a:rPr lang="zh-CN" sz="1400" b="1"/><a:t>${esc(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}` +
    // A bar chart lists places top to bottom in sheet order; its values run along the bottom.
    `<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="${bar ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/><c:axPos val="${bar ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="2"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
    `<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/>${format.includes('%') ? '<c:max val="1"/><c:min val="0"/>' : ''}</c:scaling><c:delete val="0"/><c:axPos val="${bar ? 'b' : 'l'}"/><c:majorGridlines/><c:numFmt formatCode="${esc(format)}" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="1"/><c:crosses val="${bar ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>` +
    '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
};

const COLOURS = ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000'];

/** The drawing part that anchors a sheet's charts to the right of its columns, one under another. */
export function drawingXml(charts: number, column: number): string {
  const anchors: string[] = [];
  for (let i = 0; i < charts; i++) {
    const top = i * 20;
    anchors.push(
      '<xdr:twoCellAnchor editAs="oneCell">' +
        `<xdr:from><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${top}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
        `<xdr:to><xdr:col>${column + 9}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${top + 18}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Chart ${i + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
        `<a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
        '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>',
    );
  }
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="${A}" xmlns:r="${R}">${anchors.join('')}</xdr:wsDr>`
  );
}
