// batchUpdate requests on developer metadata and embedded charts.
import type { sheets_v4 } from '@googleapis/sheets';
import { badRequest, notEmulated } from './errors.ts';
import { noGrid } from './grid-requests.ts';
import { type Spreadsheet, sheetById } from './store.ts';

type Metadata = sheets_v4.Schema$DeveloperMetadata;

function location(
  ss: Spreadsheet,
  loc: sheets_v4.Schema$DeveloperMetadataLocation | undefined,
): sheets_v4.Schema$DeveloperMetadataLocation {
  if (loc?.dimensionRange) throw notEmulated('developer metadata on rows or columns');
  if (loc?.spreadsheet) return { locationType: 'SPREADSHEET', spreadsheet: true };
  if (loc?.sheetId != null) {
    if (!sheetById(ss, loc.sheetId)) throw noGrid(loc.sheetId);
    return { locationType: 'SHEET', sheetId: loc.sheetId };
  }
  throw badRequest('A location must be specified for developer metadata.');
}

function uniqueId(taken: (id: number) => boolean, random: () => number): number {
  for (;;) {
    const id = Math.floor(random() * 2_000_000_000) + 1;
    if (!taken(id)) return id;
  }
}

export function createDeveloperMetadata(
  ss: Spreadsheet,
  req: sheets_v4.Schema$CreateDeveloperMetadataRequest,
  random: () => number,
): sheets_v4.Schema$Response {
  const m = req.developerMetadata ?? {};
  if (!m.metadataKey) throw badRequest('Developer metadata must have a key.');
  if (m.visibility !== 'DOCUMENT' && m.visibility !== 'PROJECT') {
    throw badRequest('Developer metadata visibility must be DOCUMENT or PROJECT.');
  }
  if (m.metadataId != null && ss.developerMetadata.some((d) => d.metadataId === m.metadataId)) {
    throw badRequest(`Developer metadata with id ${m.metadataId} already exists.`);
  }
  const stored: Metadata = {
    metadataId: m.metadataId ?? uniqueId((id) => ss.developerMetadata.some((d) => d.metadataId === id), random),
    metadataKey: m.metadataKey,
    location: location(ss, m.location),
    visibility: m.visibility,
  };
  if (m.metadataValue != null) stored.metadataValue = m.metadataValue;
  ss.developerMetadata.push(stored);
  return { createDeveloperMetadata: { developerMetadata: structuredClone(stored) } };
}

function matches(m: Metadata, q: sheets_v4.Schema$DeveloperMetadataLookup): boolean {
  if (q.metadataId != null && m.metadataId !== q.metadataId) return false;
  if (q.metadataKey != null && m.metadataKey !== q.metadataKey) return false;
  if (q.metadataValue != null && m.metadataValue !== q.metadataValue) return false;
  const set = (v: string | null | undefined): v is string => v != null && !v.endsWith('_UNSPECIFIED');
  if (set(q.visibility) && m.visibility !== q.visibility) return false;
  if (set(q.locationType) && m.location?.locationType !== q.locationType) return false;
  const loc = q.metadataLocation;
  if (loc?.sheetId != null && m.location?.sheetId !== loc.sheetId) return false;
  if (loc?.spreadsheet && m.location?.locationType !== 'SPREADSHEET') return false;
  return true;
}

export function deleteDeveloperMetadata(ss: Spreadsheet, req: sheets_v4.Schema$DeleteDeveloperMetadataRequest): sheets_v4.Schema$Response {
  const lookup = req.dataFilter?.developerMetadataLookup;
  if (!lookup) {
    if (req.dataFilter?.a1Range || req.dataFilter?.gridRange) throw notEmulated('deleting developer metadata by range');
    throw badRequest('A data filter must be specified.');
  }
  const deleted = ss.developerMetadata.filter((m) => matches(m, lookup));
  ss.developerMetadata = ss.developerMetadata.filter((m) => !matches(m, lookup));
  return { deleteDeveloperMetadata: deleted.length > 0 ? { deletedDeveloperMetadata: deleted } : {} };
}

/** Every GridRange a chart spec reads must name a sheet that exists. */
function checkSources(ss: Spreadsheet, value: unknown): void {
  if (Array.isArray(value)) {
    for (const v of value) checkSources(ss, v);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [k, v] of Object.entries(value)) {
    if (k === 'sources' && Array.isArray(v)) {
      for (const r of v as sheets_v4.Schema$GridRange[]) if (!sheetById(ss, r.sheetId ?? 0)) throw noGrid(r.sheetId);
    } else checkSources(ss, v);
  }
}

export function addChart(ss: Spreadsheet, req: sheets_v4.Schema$AddChartRequest, random: () => number): sheets_v4.Schema$Response {
  const chart = structuredClone(req.chart ?? {});
  if (!chart.spec) throw badRequest('A chart spec must be specified.');
  const pos = chart.position ?? {};
  if (pos.newSheet) throw notEmulated('charts on a new sheet');
  const sheetId = pos.sheetId ?? pos.overlayPosition?.anchorCell?.sheetId ?? 0;
  const sheet = sheetById(ss, sheetId);
  if (!sheet) throw noGrid(sheetId);
  checkSources(ss, chart.spec);
  const all = ss.sheets.flatMap((s) => s.charts);
  if (chart.chartId != null && all.some((c) => c.chartId === chart.chartId)) {
    throw badRequest(`An embedded object with id ${chart.chartId} already exists.`);
  }
  chart.chartId ??= uniqueId((id) => all.some((c) => c.chartId === id), random);
  sheet.charts.push(chart);
  return { addChart: { chart: structuredClone(chart) } };
}

export function deleteEmbeddedObject(ss: Spreadsheet, req: sheets_v4.Schema$DeleteEmbeddedObjectRequest): void {
  const owner = ss.sheets.find((s) => s.charts.some((c) => c.chartId === req.objectId));
  if (!owner) throw badRequest(`No embedded object with id: ${String(req.objectId ?? 0)}`);
  owner.charts = owner.charts.filter((c) => c.chartId !== req.objectId);
}
