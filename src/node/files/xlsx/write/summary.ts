import type { FileHandle } from 'node:fs/promises';
import type { GeneratedSheet } from '../../../../workbook.ts';
import { chartData, drawingXml, renderChart, type ChartRenderer } from './charts.ts';
import { appXml, contentTypesXml, coreXml, CT, definedNames, rel, relsXml, workbookXml } from './package-xml.ts';
import { SharedStrings, sheetParts, type LinkMode } from './sheet-xml.ts';
import { NUMBER_FORMATS } from '../../../../generated.ts';
import { StyleSheet } from './styles.ts';
import { ZipWriter, type RawPart } from './zip-write.ts';

export type SummaryOptions = {
  readonly links: LinkMode;
  /** How chart parts are drawn; null writes no charts. */
  readonly charts?: ChartRenderer | null;
};

/** What one generated sheet became: its parts, written as they were made. */
export type WrittenSheet = { readonly part: string; readonly drawings: readonly string[]; readonly charts: readonly string[] };

/**
 * The parts of generated sheets, numbered from `first` on, written into a zip as they are made:
 * worksheet, its relationships, a drawing and chart parts. Shared strings and styles are collected
 * for the caller to write last. Used for a new summary workbook and for an in-place write alike.
 */
export async function writeSheetParts(
  zip: ZipWriter,
  sheets: readonly GeneratedSheet[],
  numbering: { sheet: number; drawing: number; chart: number },
  strings: SharedStrings,
  styles: StyleSheet,
  options: SummaryOptions,
): Promise<{ written: WrittenSheet[]; overrides: [string, string][] }> {
  const render = options.charts === undefined ? renderChart : options.charts;
  const written: WrittenSheet[] = [];
  const overrides: [string, string][] = [];
  for (const sheet of sheets) {
    const charts = render === null ? [] : (sheet.charts ?? []).filter((c) => c.rows > 0);
    let drawingRel: string | undefined;
    const drawings: string[] = [];
    const chartParts: string[] = [];
    if (charts.length > 0 && render !== null) {
      const d = numbering.drawing++;
      const drawing = `xl/drawings/drawing${d}.xml`;
      const width = sheet.values.reduce((w, row) => Math.max(w, row.length), sheet.formats.length);
      const formats = sheet.formats.map((f) => NUMBER_FORMATS[f] || 'General');
      const rels: string[] = [];
      for (const [i, chart] of charts.entries()) {
        const part = `xl/charts/chart${numbering.chart++}.xml`;
        await zip.text(part, [render(chart, chartData(sheet, chart, formats))]);
        rels.push(rel(`rId${i + 1}`, 'chart', `../charts/${part.slice('xl/charts/'.length)}`));
        chartParts.push(part);
        overrides.push([part, CT.chart]);
      }
      await zip.text(drawing, [drawingXml(charts.length, width + 1)]);
      await zip.text(`xl/drawings/_rels/drawing${d}.xml.rels`, [relsXml(rels)]);
      overrides.push([drawing, CT.drawing]);
      drawings.push(drawing);
      drawingRel = rel('?', 'drawing', `../drawings/drawing${d}.xml`);
    }
    const n = numbering.sheet++;
    const part = `xl/worksheets/sheet${n}.xml`;
    const parts = sheetParts(sheet, strings, styles, options.links, drawingRel);
    await zip.text(part, parts.xml);
    if (parts.rels.length > 0) await zip.text(`xl/worksheets/_rels/sheet${n}.xml.rels`, [relsXml(parts.rels)]);
    overrides.push([part, CT.sheet]);
    written.push({ part, drawings, charts: chartParts });
  }
  return { written, overrides };
}

/** A new workbook holding only the generated sheets, marked as paicha's, written into `file`. */
export async function writeSummaryWorkbook(file: FileHandle, sheets: readonly GeneratedSheet[], options: SummaryOptions): Promise<void> {
  const zip = new ZipWriter(file);
  const strings = new SharedStrings();
  const styles = new StyleSheet();
  const { overrides } = await writeSheetParts(zip, sheets, { sheet: 1, drawing: 1, chart: 1 }, strings, styles, options);
  await zip.text('xl/sharedStrings.xml', strings.xml());
  await zip.text('xl/styles.xml', [styles.xml()]);
  const names = definedNames(
    sheets.map((sheet, index) => ({ sheet, index })),
    sheets.map((s) => s.name),
  );
  await zip.text('xl/workbook.xml', [workbookXml(sheets, names)]);
  const n = sheets.length;
  await zip.text('xl/_rels/workbook.xml.rels', [
    relsXml([
      ...sheets.map((_, i) => rel(`rId${i + 1}`, 'worksheet', `worksheets/sheet${i + 1}.xml`)),
      rel(`rId${n + 1}`, 'styles', 'styles.xml'),
      rel(`rId${n + 2}`, 'sharedStrings', 'sharedStrings.xml'),
    ]),
  ]);
  await zip.text('docProps/core.xml', [coreXml()]);
  await zip.text('docProps/app.xml', [appXml()]);
  await zip.text('_rels/.rels', [
    relsXml([
      rel('rId1', 'officeDocument', 'xl/workbook.xml'),
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>',
      rel('rId3', 'extended-properties', 'docProps/app.xml'),
    ]),
  ]);
  await zip.text('[Content_Types].xml', [
    contentTypesXml([
      ['xl/workbook.xml', CT.workbook],
      ...overrides,
      ['xl/styles.xml', CT.styles],
      ['xl/sharedStrings.xml', CT.strings],
      ['docProps/core.xml', CT.core],
      ['docProps/app.xml', CT.app],
    ]),
  ]);
  await zip.finish();
}

export type { RawPart };
