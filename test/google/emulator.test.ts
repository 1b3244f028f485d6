// The Sheets API emulator, driven through the real googleapis client (no mock of the client).
import * as google from '@googleapis/sheets';
import type { sheets_v4 } from '@googleapis/sheets';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type SheetsEmulator, startSheetsEmulator, toSerial } from './emulator/index.ts';

type ApiErrorShape = { code?: unknown; status?: unknown; message?: string; response?: { data?: unknown } };

async function failure(p: Promise<unknown>): Promise<ApiErrorShape> {
  try {
    await p;
  } catch (e) {
    return e as ApiErrorShape;
  }
  throw new Error('expected the call to fail');
}

/** A client as an adapter would build one; gaxios' own retries are off so each call is one request. */
function client(emu: SheetsEmulator, opts: { apiKey?: string } = {}): sheets_v4.Sheets {
  const auth = opts.apiKey ?? new google.auth.OAuth2();
  if (typeof auth !== 'string') auth.setCredentials({ access_token: 'test-access-token' });
  return google.sheets({ version: 'v4', rootUrl: emu.rootUrl, auth, retry: false });
}

const HOUSEHOLDS = [
  ['工作组', '小区', '楼号', '门牌号', '核查状态', '最近走访'],
  ['一组', '金都小区', 12, '301', '入户登记', new Date(Date.UTC(2020, 1, 1))],
  ['一组', '金都小区', 12, '302', '', null],
  [],
  ['二组', '金都小區', '3栋', '101', '敲不开门', new Date(Date.UTC(2020, 1, 3)), null, null],
  [null, null],
];

describe('Sheets emulator through googleapis', () => {
  let emu: SheetsEmulator;
  let api: sheets_v4.Sheets;
  let id: string;

  beforeAll(async () => {
    emu = await startSheetsEmulator();
    api = client(emu);
    id = seed();
  });
  afterAll(async () => {
    await emu.close();
  });
  afterEach(() => {
    emu.clearFaults();
  });

  const seed = (): string =>
    emu.createSpreadsheet({
      title: '金都社区排查',
      timeZone: 'Asia/Shanghai',
      locale: 'zh_CN',
      sheets: [
        { title: '住户登记', values: HOUSEHOLDS, frozenRowCount: 1 },
        { title: "It's", values: [['a'], ['b'], [''], ['c']] },
        { title: 'Sheet1', values: [] },
        {
          title: '汇总-住户',
          values: [
            ['小区', '登记率'],
            ['金都小区', { value: 0.5, numberFormat: { type: 'PERCENT', pattern: '0.0%' } }],
          ],
          developerMetadata: [{ key: 'paicha.generated', value: 'households' }],
        },
      ],
    });

  it('spreadsheets.get honours a fields mask and returns only what it selects', async () => {
    const res = await api.spreadsheets.get({
      spreadsheetId: id,
      includeGridData: false,
      fields: 'properties(title,timeZone,locale),sheets(properties(sheetId,title,index,gridProperties))',
    });
    expect(res.data.spreadsheetId).toBeUndefined();
    expect(res.data.properties).toEqual({ title: '金都社区排查', timeZone: 'Asia/Shanghai', locale: 'zh_CN' });
    const props = (res.data.sheets ?? []).map((s) => s.properties);
    expect(props.map((p) => p?.title)).toEqual(['住户登记', "It's", 'Sheet1', '汇总-住户']);
    expect(props[0]).toEqual({
      sheetId: 0,
      title: '住户登记',
      index: 0,
      gridProperties: { rowCount: 1000, columnCount: 26, frozenRowCount: 1 },
    });
    expect(props.map((p) => p?.index)).toEqual([0, 1, 2, 3]);

    const meta = await api.spreadsheets.get({ spreadsheetId: id, fields: 'sheets(properties.title,developerMetadata)' });
    const generated = meta.data.sheets?.find((s) => s.properties?.title === '汇总-住户');
    expect(generated?.developerMetadata).toEqual([
      expect.objectContaining({
        metadataKey: 'paicha.generated',
        metadataValue: 'households',
        visibility: 'DOCUMENT',
        location: { locationType: 'SHEET', sheetId: expect.any(Number) },
      }),
    ]);
    expect(meta.data.sheets?.[0]).toEqual({ properties: { title: '住户登记' } });

    const bad = await failure(api.spreadsheets.get({ spreadsheetId: id, fields: 'properties, sheets.properties' }));
    expect(bad.code).toBe(400);
    const typo = await failure(api.spreadsheets.get({ spreadsheetId: id, fields: 'sheets.propertys' }));
    expect(typo.code).toBe(400);
  });

  it('values.batchGet reads quoted sheet names and trims trailing blanks like the API', async () => {
    const res = await api.spreadsheets.values.batchGet({
      spreadsheetId: id,
      ranges: ["'住户登记'!A1:Z", "'It''s'!A:A", 'Sheet1', "'汇总-住户'!A1:B2", '住户登记!C2:D3'],
      valueRenderOption: 'UNFORMATTED_VALUE',
      dateTimeRenderOption: 'SERIAL_NUMBER',
      majorDimension: 'ROWS',
    });
    const [households, quote, empty, summary, part] = res.data.valueRanges ?? [];
    expect(households).toEqual({
      range: "'住户登记'!A1:Z1000",
      majorDimension: 'ROWS',
      values: [
        ['工作组', '小区', '楼号', '门牌号', '核查状态', '最近走访'],
        ['一组', '金都小区', 12, '301', '入户登记', toSerial(2020, 2, 1)],
        ['一组', '金都小区', 12, '302'],
        [],
        ['二组', '金都小區', '3栋', '101', '敲不开门', 43864],
      ],
    });
    expect(quote).toEqual({ range: "'It''s'!A1:A1000", majorDimension: 'ROWS', values: [['a'], ['b'], [], ['c']] });
    expect(empty).toEqual({ range: "'Sheet1'!A1:Z1000", majorDimension: 'ROWS' });
    expect(summary?.values).toEqual([
      ['小区', '登记率'],
      ['金都小区', 0.5],
    ]);
    expect(part).toEqual({
      range: "'住户登记'!C2:D3",
      majorDimension: 'ROWS',
      values: [
        [12, '301'],
        [12, '302'],
      ],
    });
  });

  it('renders dates and numbers per valueRenderOption and dateTimeRenderOption', async () => {
    const read = async (valueRenderOption: string, dateTimeRenderOption: string): Promise<unknown[][]> => {
      const res = await api.spreadsheets.values.batchGet({
        spreadsheetId: id,
        ranges: ["'住户登记'!E2:F2", "'汇总-住户'!B2"],
        valueRenderOption,
        dateTimeRenderOption,
      });
      return (res.data.valueRanges ?? []).map((v) => v.values?.[0] ?? []);
    };
    expect(await read('UNFORMATTED_VALUE', 'SERIAL_NUMBER')).toEqual([['入户登记', 43862], [0.5]]);
    expect(await read('UNFORMATTED_VALUE', 'FORMATTED_STRING')).toEqual([['入户登记', '2020-02-01'], [0.5]]);
    expect(await read('FORMATTED_VALUE', 'SERIAL_NUMBER')).toEqual([['入户登记', '2020-02-01'], ['50.0%']]);
    const bad = await failure(read('RAW', 'SERIAL_NUMBER'));
    expect(bad.code).toBe(400);
  });

  it('answers a bad range with "Unable to parse range"', async () => {
    const err = await failure(api.spreadsheets.values.batchGet({ spreadsheetId: id, ranges: ['不存在!A1:B2'] }));
    expect(err.code).toBe(400);
    expect(err.message).toBe('Unable to parse range: 不存在!A1:B2');
    expect(err.response?.data).toEqual({
      error: { code: 400, message: 'Unable to parse range: 不存在!A1:B2', status: 'INVALID_ARGUMENT' },
    });
    const past = await failure(api.spreadsheets.values.batchGet({ spreadsheetId: id, ranges: ["'Sheet1'!A1:AA5"] }));
    expect(past.message).toBe("Range ('Sheet1'!A1:AA5) exceeds grid limits. Max rows: 1000, max columns: 26");
  });

  it('values.batchUpdate keeps RAW text literal and parses USER_ENTERED input', async () => {
    const target = emu.createSpreadsheet({
      title: 'w',
      sheets: [
        { title: '数据', values: [] },
        { title: '用户表', values: [['mine', 1]] },
      ],
    });
    const before = emu.getSheetValues(target, '用户表');
    const res = await api.spreadsheets.values.batchUpdate({
      spreadsheetId: target,
      requestBody: {
        valueInputOption: 'RAW',
        data: [
          { range: "'数据'!A1", values: [['=IMPORTXML("http://x","//a")', '123', 7, true]] },
          {
            range: "'数据'!A2:B3",
            values: [
              ['x', null],
              ['y', 'z'],
            ],
          },
        ],
      },
    });
    expect(res.data).toEqual({
      spreadsheetId: target,
      totalUpdatedRows: 3,
      totalUpdatedColumns: 4,
      totalUpdatedCells: 7,
      totalUpdatedSheets: 1,
      responses: [
        { spreadsheetId: target, updatedRange: "'数据'!A1:D1", updatedRows: 1, updatedColumns: 4, updatedCells: 4 },
        { spreadsheetId: target, updatedRange: "'数据'!A2:B3", updatedRows: 2, updatedColumns: 2, updatedCells: 3 },
      ],
    });
    expect(emu.getSheetValues(target, '数据')).toEqual([
      ['=IMPORTXML("http://x","//a")', '123', 7, true],
      ['x', null, null, null],
      ['y', 'z', null, null],
    ]);
    expect(emu.getSheetFormulas(target, '数据')[0]).toEqual([null, null, null, null]);

    await api.spreadsheets.values.batchUpdate({
      spreadsheetId: target,
      requestBody: {
        valueInputOption: 'USER_ENTERED',
        data: [{ range: "'数据'!A5", values: [['=SUM(B1:B2)', '123', "'007", '2020-02-01', '12.5%', 'TRUE', '110105194912310021']] }],
      },
    });
    expect(emu.getCell(target, '数据', 'A5')).toEqual({ formula: '=SUM(B1:B2)' });
    expect(emu.getSheetValues(target, '数据')[4]).toEqual([null, 123, '007', 43862, 0.125, true, 110105194912310020]);
    expect(emu.getCell(target, '数据', 'D5')?.format).toEqual({ type: 'DATE', pattern: 'yyyy-mm-dd' });
    const formulas = await api.spreadsheets.values.batchGet({
      spreadsheetId: target,
      ranges: ["'数据'!A5:B5"],
      valueRenderOption: 'FORMULA',
    });
    expect(formulas.data.valueRanges?.[0]?.values).toEqual([['=SUM(B1:B2)', 123]]);
    expect(emu.getSheetValues(target, '用户表')).toEqual(before);

    const over = await failure(
      api.spreadsheets.values.batchUpdate({
        spreadsheetId: target,
        requestBody: {
          valueInputOption: 'RAW',
          data: [
            { range: "'数据'!A10", values: [['ok']] },
            { range: "'数据'!A1:B1", values: [['a', 'b', 'c']] },
          ],
        },
      }),
    );
    expect(over.message).toBe("Invalid data[1]: Requested writing within range ['数据'!A1:B1], but tried writing to column [C]");
    expect(emu.getCell(target, '数据', 'A10')).toBeUndefined(); // all or nothing
    const noOption = await failure(api.spreadsheets.values.batchUpdate({ spreadsheetId: target, requestBody: { data: [] } }));
    expect(noOption.code).toBe(400);
  });

  it('values.batchClear clears values and keeps formats', async () => {
    const target = emu.createSpreadsheet({
      sheets: [{ title: 'S', values: [['a', { value: 1, numberFormat: { type: 'NUMBER', pattern: '0.00' } }], ['b']] }],
    });
    const res = await api.spreadsheets.values.batchClear({ spreadsheetId: target, requestBody: { ranges: ['S!A1:B1'] } });
    expect(res.data).toEqual({ spreadsheetId: target, clearedRanges: ["'S'!A1:B1"] });
    expect(emu.getSheetValues(target, 'S')).toEqual([[null], ['b']]);
    expect(emu.getCell(target, 'S', 'B1')).toEqual({ format: { type: 'NUMBER', pattern: '0.00' } });
  });

  it('batchUpdate adds sheets, refuses a duplicate title atomically, and rejects unknown kinds', async () => {
    const target = emu.createSpreadsheet({ sheets: [{ title: '住户登记', values: [['x']] }] });
    const added = await api.spreadsheets.batchUpdate({
      spreadsheetId: target,
      requestBody: { requests: [{ addSheet: { properties: { title: '汇总-住户', gridProperties: { frozenRowCount: 1 } } } }] },
    });
    const props = added.data.replies?.[0]?.addSheet?.properties;
    expect(props).toEqual({
      sheetId: expect.any(Number),
      title: '汇总-住户',
      index: 1,
      sheetType: 'GRID',
      gridProperties: { rowCount: 1000, columnCount: 26, frozenRowCount: 1 },
    });
    expect(added.data.spreadsheetId).toBe(target);

    const dup = await failure(
      api.spreadsheets.batchUpdate({
        spreadsheetId: target,
        requestBody: { requests: [{ addSheet: { properties: { title: '待跟进' } } }, { addSheet: { properties: { title: '住户登记' } } }] },
      }),
    );
    expect(dup.code).toBe(400);
    expect(dup.response?.data).toEqual({
      error: {
        code: 400,
        status: 'INVALID_ARGUMENT',
        message: 'Invalid requests[1].addSheet: A sheet with the name "住户登记" already exists. Please enter another name.',
      },
    });
    expect(emu.sheetTitles(target)).toEqual(['住户登记', '汇总-住户']);

    const unknown = await failure(
      api.spreadsheets.batchUpdate({
        spreadsheetId: target,
        requestBody: { requests: [{ deleteSheet: { sheetId: 0 } }, { frobnicate: {} } as sheets_v4.Schema$Request] },
      }),
    );
    expect(unknown.code).toBe(400);
    expect(unknown.message).toBe('Invalid JSON payload received. Unknown name "frobnicate" at \'requests[1]\': Cannot find field.');
    expect((unknown.response!.data as { error: { status: string } }).error.status).toBe('INVALID_ARGUMENT');
    expect(emu.sheetTitles(target)).toEqual(['住户登记', '汇总-住户']);
  });

  it('batchUpdate formats, freezes, clears, tags and charts a generated sheet', async () => {
    const target = emu.createSpreadsheet({
      sheets: [
        { title: '用户', values: [['u']] },
        {
          title: '汇总-捐赠',
          sheetId: 7,
          values: [
            ['类别', '金额'],
            ['捐款', 1234.5],
            ['旧', 9],
          ],
        },
      ],
    });
    const res = await api.spreadsheets.batchUpdate({
      spreadsheetId: target,
      requestBody: {
        requests: [
          { updateCells: { range: { sheetId: 7 }, fields: 'userEnteredValue' } },
          {
            updateSheetProperties: {
              properties: { sheetId: 7, gridProperties: { frozenRowCount: 1 } },
              fields: 'gridProperties.frozenRowCount',
            },
          },
          {
            repeatCell: {
              range: { sheetId: 7, startRowIndex: 1, startColumnIndex: 1, endColumnIndex: 2 },
              cell: { userEnteredFormat: { numberFormat: { type: 'NUMBER', pattern: '#,##0.00' } } },
              fields: 'userEnteredFormat.numberFormat',
            },
          },
          { deleteDeveloperMetadata: { dataFilter: { developerMetadataLookup: { metadataKey: 'paicha.generated' } } } },
          {
            createDeveloperMetadata: {
              developerMetadata: {
                metadataKey: 'paicha.generated',
                metadataValue: 'donations',
                location: { sheetId: 7 },
                visibility: 'DOCUMENT',
              },
            },
          },
          {
            addChart: {
              chart: {
                spec: {
                  title: '捐赠',
                  basicChart: {
                    chartType: 'BAR',
                    domains: [
                      {
                        domain: {
                          sourceRange: {
                            sources: [{ sheetId: 7, startRowIndex: 0, endRowIndex: 3, startColumnIndex: 0, endColumnIndex: 1 }],
                          },
                        },
                      },
                    ],
                  },
                },
                position: { overlayPosition: { anchorCell: { sheetId: 7, rowIndex: 0, columnIndex: 3 } } },
              },
            },
          },
        ],
      },
    });
    const replies = res.data.replies ?? [];
    expect(replies).toHaveLength(6);
    expect(replies.slice(0, 3)).toEqual([{}, {}, {}]);
    expect(replies[3]).toEqual({ deleteDeveloperMetadata: {} });
    expect(replies[4]?.createDeveloperMetadata?.developerMetadata).toEqual({
      metadataId: expect.any(Number),
      metadataKey: 'paicha.generated',
      metadataValue: 'donations',
      location: { locationType: 'SHEET', sheetId: 7 },
      visibility: 'DOCUMENT',
    });
    expect(replies[5]?.addChart?.chart?.chartId).toEqual(expect.any(Number));
    expect(emu.getSheetValues(target, '汇总-捐赠')).toEqual([]);

    await api.spreadsheets.values.batchUpdate({
      spreadsheetId: target,
      requestBody: {
        valueInputOption: 'RAW',
        data: [
          {
            range: "'汇总-捐赠'!A1",
            values: [
              ['类别', '金额'],
              ['捐款', 1900000],
            ],
          },
        ],
      },
    });
    const shown = await api.spreadsheets.values.batchGet({ spreadsheetId: target, ranges: ["'汇总-捐赠'!B2"] });
    expect(shown.data.valueRanges?.[0]?.values).toEqual([['1,900,000.00']]);
    const got = await api.spreadsheets.get({
      spreadsheetId: target,
      fields: 'sheets(properties(title,gridProperties.frozenRowCount),developerMetadata(metadataKey,metadataValue),charts.chartId)',
    });
    expect(got.data.sheets?.[1]).toEqual({
      properties: { title: '汇总-捐赠', gridProperties: { frozenRowCount: 1 } },
      developerMetadata: [{ metadataKey: 'paicha.generated', metadataValue: 'donations' }],
      charts: [{ chartId: replies[5]?.addChart?.chart?.chartId }],
    });
    expect(emu.getSheetValues(target, '用户')).toEqual([['u']]);

    const deleted = await api.spreadsheets.batchUpdate({
      spreadsheetId: target,
      requestBody: {
        requests: [
          { deleteDeveloperMetadata: { dataFilter: { developerMetadataLookup: { metadataKey: 'paicha.generated' } } } },
          { deleteSheet: { sheetId: 7 } },
        ],
      },
    });
    expect(deleted.data.replies?.[0]?.deleteDeveloperMetadata?.deletedDeveloperMetadata).toHaveLength(1);
    expect(emu.sheetTitles(target)).toEqual(['用户']);
    const last = await failure(
      api.spreadsheets.batchUpdate({ spreadsheetId: target, requestBody: { requests: [{ deleteSheet: { sheetId: 0 } }] } }),
    );
    expect(last.message).toBe("Invalid requests[0].deleteSheet: You can't remove all the sheets in a document.");
  });

  it('keeps a cell-level link (textFormat.link) through value writes and clears, and returns it', async () => {
    const target = emu.createSpreadsheet({ sheets: [{ title: 'S', values: [['a', 'b']] }] });
    const link = { userEnteredFormat: { textFormat: { link: { uri: '#gid=0&range=B1' } } } };
    await api.spreadsheets.batchUpdate({
      spreadsheetId: target,
      requestBody: {
        requests: [
          {
            updateCells: {
              start: { sheetId: 0, rowIndex: 0, columnIndex: 0 },
              rows: [{ values: [{ userEnteredValue: { stringValue: 'B1' }, ...link }] }],
              fields: 'userEnteredValue,userEnteredFormat.textFormat.link',
            },
          },
        ],
      },
    });
    expect(emu.getCell(target, 'S', 'A1')).toEqual({ value: 'B1', link: '#gid=0&range=B1' });
    await api.spreadsheets.values.batchUpdate({
      spreadsheetId: target,
      requestBody: { valueInputOption: 'RAW', data: [{ range: 'S!A1', values: [['B1!']] }] },
    });
    const got = await api.spreadsheets.get({
      spreadsheetId: target,
      includeGridData: true,
      ranges: ['S!A1'],
      fields: 'sheets.data.rowData.values(hyperlink,userEnteredFormat.textFormat.link)',
    });
    expect(got.data.sheets?.[0]?.data?.[0]?.rowData?.[0]?.values?.[0]).toEqual({ hyperlink: '#gid=0&range=B1', ...link });
    await api.spreadsheets.batchUpdate({
      spreadsheetId: target,
      requestBody: { requests: [{ updateCells: { range: { sheetId: 0 }, fields: 'userEnteredValue,userEnteredFormat' } }] },
    });
    expect(emu.getCell(target, 'S', 'A1')).toBeUndefined();
  });

  it('answers injected 429s and then succeeds; 404 and 403 in Google’s shape', async () => {
    emu.inject({ spreadsheetId: id, method: 'values.batchGet', status: 429, times: 2 });
    for (let i = 0; i < 2; i++) {
      const err = await failure(api.spreadsheets.values.batchGet({ spreadsheetId: id, ranges: ['Sheet1'] }));
      expect(err.code).toBe(429);
      expect(err.status).toBe(429);
      expect(err.message).toContain("limit 'Read requests per minute per user'");
      expect((err.response!.data as { error: { status: string } }).error.status).toBe('RESOURCE_EXHAUSTED');
    }
    const ok = await api.spreadsheets.values.batchGet({ spreadsheetId: id, ranges: ['Sheet1'] });
    expect(ok.status).toBe(200);

    const missing = await failure(api.spreadsheets.get({ spreadsheetId: 'no-such-spreadsheet' }));
    expect(missing.code).toBe(404);
    expect(missing.status).toBe(404);
    expect(missing.message).toBe('Requested entity was not found.');
    expect(missing.response?.data).toEqual({ error: { code: 404, message: 'Requested entity was not found.', status: 'NOT_FOUND' } });

    const other = emu.createSpreadsheet({ sheets: [{ title: 'S' }] });
    emu.denyAccess(other);
    const denied = await failure(api.spreadsheets.values.batchGet({ spreadsheetId: other, ranges: ['S'] }));
    expect(denied.code).toBe(403);
    expect(denied.response?.data).toEqual({
      error: { code: 403, message: 'The caller does not have permission', status: 'PERMISSION_DENIED' },
    });

    emu.inject({ method: 'batchUpdate', status: 503 });
    const down = await failure(api.spreadsheets.batchUpdate({ spreadsheetId: id, requestBody: { requests: [] } }));
    expect([down.code, (down.response!.data as { error: { status: string } }).error.status]).toEqual([503, 'UNAVAILABLE']);
  });

  it('needs credentials, and takes an API key for reads only', async () => {
    const anonymous = google.sheets({ version: 'v4', rootUrl: emu.rootUrl, retry: false });
    const none = await failure(anonymous.spreadsheets.get({ spreadsheetId: id }));
    expect([none.code, (none.response!.data as { error: { status: string } }).error.status]).toEqual([401, 'UNAUTHENTICATED']);
    const keyed = client(emu, { apiKey: 'test-api-key' });
    expect((await keyed.spreadsheets.get({ spreadsheetId: id, fields: 'spreadsheetId' })).data).toEqual({ spreadsheetId: id });
    const write = await failure(keyed.spreadsheets.values.batchClear({ spreadsheetId: id, requestBody: { ranges: ['Sheet1'] } }));
    expect(write.code).toBe(401);
  });

  it('serves the single-range endpoints, COLUMNS and grid data', async () => {
    const target = emu.createSpreadsheet({
      sheets: [
        {
          title: 'A B',
          values: [
            ['x', 1],
            ['y', 2],
          ],
        },
      ],
    });
    const got = await api.spreadsheets.values.get({ spreadsheetId: target, range: "'A B'!A1:B2", majorDimension: 'COLUMNS' });
    expect(got.data).toEqual({
      range: "'A B'!A1:B2",
      majorDimension: 'COLUMNS',
      values: [
        ['x', 'y'],
        ['1', '2'],
      ],
    });
    const put = await api.spreadsheets.values.update({
      spreadsheetId: target,
      range: "'A B'!C1",
      valueInputOption: 'USER_ENTERED',
      includeValuesInResponse: true,
      requestBody: { values: [['3,000'], ['=HYPERLINK("#gid=0&range=A1","A1")']] },
    });
    expect(put.data).toEqual({
      spreadsheetId: target,
      updatedRange: "'A B'!C1:C2",
      updatedRows: 2,
      updatedColumns: 1,
      updatedCells: 2,
      updatedData: { range: "'A B'!C1:C2", majorDimension: 'ROWS', values: [['3,000'], ['A1']] },
    });
    const cleared = await api.spreadsheets.values.clear({ spreadsheetId: target, range: "'A B'!A2:C2" });
    expect(cleared.data).toEqual({ spreadsheetId: target, clearedRange: "'A B'!A2:C2" });
    const grid = await api.spreadsheets.get({ spreadsheetId: target, includeGridData: true, ranges: ["'A B'!A1:C1"] });
    expect(grid.data.sheets?.[0]?.data?.[0]?.rowData?.[0]?.values?.map((c) => c.formattedValue)).toEqual(['x', '1', '3,000']);
    expect(grid.data.sheets?.[0]?.data?.[0]?.rowData?.[0]?.values?.[2]?.userEnteredValue).toEqual({ numberValue: 3000 });
  });

  it('drops a connection on request, and lets tests watch concurrency', async () => {
    const slow = await startSheetsEmulator({ latencyMs: 50 });
    try {
      const slowApi = client(slow);
      const target = slow.createSpreadsheet({ sheets: [{ title: 'S', values: [['a']] }] });
      slow.inject({ spreadsheetId: target, status: 'reset' });
      const reset = await failure(slowApi.spreadsheets.get({ spreadsheetId: target }));
      expect(reset.code).toBe('ECONNRESET');
      await Promise.all([1, 2, 3].map(() => slowApi.spreadsheets.get({ spreadsheetId: target, fields: 'spreadsheetId' })));
      expect(slow.maxConcurrency()).toBe(3);
      expect(slow.requests().map((r) => r.status)).toEqual([0, 200, 200, 200]);
    } finally {
      await slow.close();
    }
  });

  it('logs and counts requests per spreadsheet and kind', async () => {
    const target = emu.createSpreadsheet({ sheets: [{ title: 'S', values: [['a']] }] });
    await api.spreadsheets.get({ spreadsheetId: target, fields: 'sheets.properties.title' });
    await api.spreadsheets.values.batchGet({ spreadsheetId: target, ranges: ['S', "'S'!A1"] });
    await api.spreadsheets.values.batchUpdate({
      spreadsheetId: target,
      requestBody: { valueInputOption: 'RAW', data: [{ range: 'S!B1', values: [['b']] }] },
    });
    expect(emu.countFor(target)).toBe(3);
    expect(emu.countFor(target, 'values.batchGet')).toBe(1);
    expect(emu.kindsFor(target)).toEqual(['get', 'values.batchGet', 'values.batchUpdate']);
    const log = emu.requests().filter((r) => r.spreadsheetId === target);
    expect(log.map((r) => [r.method, r.kind, r.status, r.detail])).toEqual([
      ['GET', 'get', 200, []],
      ['GET', 'values.batchGet', 200, ['S', "'S'!A1"]],
      ['POST', 'values.batchUpdate', 200, ['S!B1']],
    ]);
    expect(log[1]?.path).toBe(`/v4/spreadsheets/${target}/values:batchGet`);
  });
});

describe('quotas and gaxios retries', () => {
  it('answers 429 past the per-minute read quota on a virtual clock', async () => {
    let now = 0;
    const emu = await startSheetsEmulator({ readQuotaPerMinute: 2, now: () => now });
    try {
      const api = client(emu);
      const id = emu.createSpreadsheet({ sheets: [{ title: 'S', values: [['a']] }] });
      await api.spreadsheets.values.batchGet({ spreadsheetId: id, ranges: ['S'] });
      await api.spreadsheets.get({ spreadsheetId: id });
      await api.spreadsheets.values.batchUpdate({
        spreadsheetId: id,
        requestBody: { valueInputOption: 'RAW', data: [{ range: 'S!A2', values: [['w']] }] },
      });
      const over = await failure(api.spreadsheets.values.batchGet({ spreadsheetId: id, ranges: ['S'] }));
      expect(over.code).toBe(429);
      expect(over.message).toContain("'Read requests per minute per user'");
      now += 59_999;
      expect((await failure(api.spreadsheets.get({ spreadsheetId: id }))).code).toBe(429);
      now += 1;
      expect((await api.spreadsheets.get({ spreadsheetId: id, fields: 'spreadsheetId' })).status).toBe(200);
    } finally {
      await emu.close();
    }
  });

  it('documents googleapis defaults: GETs retried on 429/5xx, POSTs not, 404 never', async () => {
    const emu = await startSheetsEmulator();
    try {
      const auth = new google.auth.OAuth2();
      auth.setCredentials({ access_token: 'test-access-token' });
      const api = google.sheets({ version: 'v4', rootUrl: emu.rootUrl, auth }); // googleapis' own defaults
      const id = emu.createSpreadsheet({ sheets: [{ title: 'S', values: [['a']] }] });
      emu.inject({ spreadsheetId: id, method: 'values.batchGet', status: 429, times: 2 });
      const res = await api.spreadsheets.values.batchGet({ spreadsheetId: id, ranges: ['S'] });
      expect(res.data.valueRanges?.[0]?.values).toEqual([['a']]);
      expect(emu.requests().map((r) => r.status)).toEqual([429, 429, 200]);

      emu.clearRequests();
      emu.inject({ spreadsheetId: id, method: 'values.batchUpdate', status: 503 });
      const post = await failure(
        api.spreadsheets.values.batchUpdate({ spreadsheetId: id, requestBody: { valueInputOption: 'RAW', data: [] } }),
      );
      expect(post.code).toBe(503);
      expect(emu.requests().map((r) => r.status)).toEqual([503]);

      emu.clearRequests();
      await failure(api.spreadsheets.get({ spreadsheetId: 'missing' }));
      expect(emu.requests().map((r) => r.status)).toEqual([404]);

      emu.clearRequests();
      emu.inject({ spreadsheetId: id, method: 'get', status: 'reset' });
      expect((await api.spreadsheets.get({ spreadsheetId: id, fields: 'spreadsheetId' })).status).toBe(200);
      expect(emu.requests().map((r) => r.status)).toEqual([0, 200]);
    } finally {
      await emu.close();
    }
  });
});
