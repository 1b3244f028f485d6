// Which endpoint a request is, from its method and path as googleapis sends them, and running it.
import type { sheets_v4 } from '@googleapis/sheets';
import type { QuoteStyle } from './a1.ts';
import { batchUpdate } from './batch-update.ts';
import { methodNotFound } from './errors.ts';
import type { RequestKind } from './faults.ts';
import { SPREADSHEET_SCHEMA, applyFields, checkFields, parseFields } from './fields.ts';
import { boolParam, spreadsheetResource } from './resource.ts';
import type { Spreadsheet } from './store.ts';
import * as values from './values.ts';

export type Route = { kind: RequestKind; spreadsheetId: string | undefined; range?: string };

const WRITES: ReadonlySet<RequestKind> = new Set([
  'values.update',
  'values.batchUpdate',
  'values.clear',
  'values.batchClear',
  'batchUpdate',
]);
export const isWrite = (kind: RequestKind): boolean => WRITES.has(kind);

export function route(method: string, rawPath: string): Route {
  const m = /^\/+v4\/spreadsheets\/([^/:]+)(.*)$/.exec(rawPath);
  if (!m) return { kind: 'unknown', spreadsheetId: undefined };
  const id = decodeURIComponent(m[1] ?? '');
  const rest = m[2] ?? '';
  const simple: Record<string, [string, RequestKind]> = {
    '': ['GET', 'get'],
    ':batchUpdate': ['POST', 'batchUpdate'],
    '/values:batchGet': ['GET', 'values.batchGet'],
    '/values:batchUpdate': ['POST', 'values.batchUpdate'],
    '/values:batchClear': ['POST', 'values.batchClear'],
  };
  const hit = simple[rest];
  if (hit) return { kind: hit[0] === method ? hit[1] : 'unknown', spreadsheetId: id };
  const v = /^\/values\/(.+?)(:clear)?$/.exec(rest);
  if (v) {
    const range = decodeURIComponent(v[1] ?? '');
    if (v[2] && method === 'POST') return { kind: 'values.clear', spreadsheetId: id, range };
    if (!v[2] && method === 'GET') return { kind: 'values.get', spreadsheetId: id, range };
    if (!v[2] && method === 'PUT') return { kind: 'values.update', spreadsheetId: id, range };
  }
  return { kind: 'unknown', spreadsheetId: id };
}

export type Config = { quote: QuoteStyle; random: () => number };

/** Run a routed request on `ss` (a copy, for writes); the answer before `fields` is applied. */
export function handle(r: Route, ss: Spreadsheet, q: URLSearchParams, body: unknown, cfg: Config): unknown {
  const quote = cfg.quote;
  switch (r.kind) {
    case 'get': {
      const fields = q.get('fields');
      if (fields !== null) checkFields(parseFields(fields), SPREADSHEET_SCHEMA);
      const includeGridData = boolParam(q.get('includeGridData'), 'include_grid_data');
      return spreadsheetResource(ss, { includeGridData, ranges: q.getAll('ranges'), quote });
    }
    case 'values.batchGet':
      return values.batchGet(ss, q, quote);
    case 'values.get':
      return values.getOne(ss, r.range ?? '', q, quote);
    case 'values.batchUpdate':
      return values.batchUpdate(ss, body as sheets_v4.Schema$BatchUpdateValuesRequest, quote);
    case 'values.update':
      return values.updateOne(ss, r.range ?? '', q, body as sheets_v4.Schema$ValueRange, quote);
    case 'values.clear':
      return { spreadsheetId: ss.id, clearedRange: values.clearRange(ss, r.range ?? '', quote) };
    case 'values.batchClear':
      return values.batchClear(ss, body as sheets_v4.Schema$BatchClearValuesRequest, quote);
    case 'batchUpdate':
      return batchUpdate({ ss, quote, random: cfg.random }, body as sheets_v4.Schema$BatchUpdateSpreadsheetRequest);
    case 'unknown':
      throw methodNotFound();
  }
}

export function withFields(answer: unknown, q: URLSearchParams): unknown {
  const fields = q.get('fields');
  return fields === null ? answer : applyFields(answer, parseFields(fields));
}

/** What the request log keeps as detail: the ranges read or written, or the request kinds. */
export function detailOf(r: Route, q: URLSearchParams, body: unknown): string[] {
  const b = (body ?? {}) as { data?: { range?: string }[]; ranges?: string[]; requests?: object[] };
  switch (r.kind) {
    case 'values.batchGet':
    case 'get':
      return q.getAll('ranges');
    case 'values.batchUpdate':
      return (b.data ?? []).map((d) => d.range ?? '');
    case 'values.batchClear':
      return b.ranges ?? [];
    case 'batchUpdate':
      return (b.requests ?? []).map((x) => Object.keys(x ?? {})[0] ?? '');
    default:
      return r.range === undefined ? [] : [r.range];
  }
}
