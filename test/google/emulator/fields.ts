// The `fields` system parameter (partial responses): `properties(title,timeZone),sheets.properties`,
// `sheets(properties(sheetId,title),developerMetadata)`, `sheets/data/rowData`. Paths may use `.` or
// `/`; a space or an unknown name is the 400 the API answers ("Request contains an invalid argument.").
import { badRequest } from './errors.ts';

export type Mask = Map<string, Mask | true>;

export function parseFields(text: string): Mask {
  let i = 0;
  const fail = (): never => {
    throw badRequest('Request contains an invalid argument.');
  };
  const name = (): string => {
    const m = /^[A-Za-z_@*][A-Za-z0-9_]*/.exec(text.slice(i));
    if (!m) return fail();
    i += m[0].length;
    return m[0];
  };
  const list = (into: Mask): void => {
    for (;;) {
      const path = [name()];
      while (text[i] === '.' || text[i] === '/') {
        i += 1;
        path.push(name());
      }
      let node = into;
      for (const [k, part] of path.entries()) {
        const last = k === path.length - 1;
        const existing = node.get(part);
        if (last && text[i] !== '(') {
          node.set(part, true);
          break;
        }
        // Under a field already selected whole, a narrower selection changes nothing.
        const next: Mask = existing === true || existing === undefined ? new Map() : existing;
        if (existing !== true) node.set(part, next);
        node = next;
        if (last) {
          i += 1;
          list(node);
          if (text[i] !== ')') fail();
          i += 1;
        }
      }
      if (text[i] !== ',') return;
      i += 1;
    }
  };
  const root: Mask = new Map();
  list(root);
  if (i !== text.length) fail();
  return root;
}

/** Keep only what the mask selects; arrays apply the mask to each element. */
export function applyFields(value: unknown, mask: Mask): unknown {
  if (Array.isArray(value)) return value.map((v) => applyFields(v, mask));
  if (value === null || typeof value !== 'object') return value;
  if (mask.has('*')) return value;
  const out: Record<string, unknown> = {};
  for (const [key, sub] of mask) {
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined) continue;
    const picked = sub === true ? v : applyFields(v, sub);
    const emptyObject = picked !== null && typeof picked === 'object' && !Array.isArray(picked) && Object.keys(picked).length === 0;
    if (emptyObject) continue;
    out[key] = picked;
  }
  return out;
}

/** Field names a schema allows; `true` takes any sub-selection (a part the emulator does not check). */
export type Schema = { [field: string]: Schema | true };

export function checkFields(mask: Mask, schema: Schema): void {
  for (const [key, sub] of mask) {
    if (key === '*') continue;
    const s = schema[key];
    if (s === undefined) throw badRequest('Request contains an invalid argument.');
    if (sub !== true && s !== true) checkFields(sub, s);
  }
}

const DEVELOPER_METADATA: Schema = {
  metadataId: true,
  metadataKey: true,
  metadataValue: true,
  location: true,
  visibility: true,
};

export const SPREADSHEET_SCHEMA: Schema = {
  spreadsheetId: true,
  spreadsheetUrl: true,
  properties: {
    title: true,
    locale: true,
    autoRecalc: true,
    timeZone: true,
    defaultFormat: true,
    iterativeCalculationSettings: true,
    spreadsheetTheme: true,
    importFunctionsExternalUrlAccessAllowed: true,
  },
  sheets: {
    properties: {
      sheetId: true,
      title: true,
      index: true,
      sheetType: true,
      hidden: true,
      tabColor: true,
      tabColorStyle: true,
      rightToLeft: true,
      dataSourceSheetProperties: true,
      gridProperties: {
        rowCount: true,
        columnCount: true,
        frozenRowCount: true,
        frozenColumnCount: true,
        hideGridlines: true,
        rowGroupControlAfter: true,
        columnGroupControlAfter: true,
      },
    },
    data: true,
    merges: true,
    conditionalFormats: true,
    filterViews: true,
    protectedRanges: true,
    basicFilter: true,
    charts: true,
    bandedRanges: true,
    developerMetadata: DEVELOPER_METADATA,
    rowGroups: true,
    columnGroups: true,
    slicers: true,
    tables: true,
  },
  namedRanges: true,
  developerMetadata: DEVELOPER_METADATA,
  dataSources: true,
  dataSourceSchedules: true,
};
