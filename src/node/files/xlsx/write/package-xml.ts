import type { GeneratedSheet } from '../../../../workbook.ts';
import { GENERATED_MARKER, markerRange } from '../../marker.ts';
import { REL } from './sheet-xml.ts';
import { quoteSheet } from '../../../../a1.ts';
import { esc } from './xml-out.ts';

// The package parts around the sheets of a summary workbook.

export const CT = {
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  sheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  strings: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  core: 'application/vnd.openxmlformats-package.core-properties+xml',
  app: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
} as const;

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function relsXml(rels: readonly string[]): string {
  return `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`;
}

export const rel = (id: string, type: string, target: string): string =>
  `<Relationship Id="${id}" Type="${REL}/${type}" Target="${esc(target)}"/>`;

export function contentTypesXml(overrides: readonly (readonly [string, string])[]): string {
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    overrides.map(([part, type]) => `<Override PartName="/${esc(part)}" ContentType="${type}"/>`).join('') +
    '</Types>'
  );
}

/** The defined names paicha writes: print titles of each sheet with a header, and the marker. */
export function definedNames(
  sheets: readonly { readonly sheet: GeneratedSheet; readonly index: number }[],
  marked: readonly string[],
): string[] {
  const names: string[] = [];
  for (const { sheet, index } of sheets) {
    const rows = Math.min(sheet.frozenRows, sheet.values.length);
    if (rows > 0 && sheet.values.length > rows)
      names.push(
        `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${esc(`${quoteSheet(sheet.name)}!$1:$${rows}`)}</definedName>`,
      );
  }
  if (marked.length > 0) names.push(`<definedName name="${GENERATED_MARKER}">${esc(marked.map(markerRange).join(','))}</definedName>`);
  return names;
}

export function workbookXml(sheets: readonly GeneratedSheet[], names: readonly string[]): string {
  return (
    `${XML_HEAD}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">` +
    '<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>' +
    sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
    `</sheets>${names.length > 0 ? `<definedNames>${names.join('')}</definedNames>` : ''}<calcPr calcId="191029"/></workbook>`
  );
}

export function coreXml(): string {
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    '<dc:creator>paicha</dc:creator></cp:coreProperties>'
  );
}

export function appXml(): string {
  return `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>paicha</Application></Properties>`;
}
