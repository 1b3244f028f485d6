// The Apps Script emulator behaves like Apps Script where the add-on depends on it: 1-based ranges
// and their exceptions, value coercion on write, Dates from getValues, developer metadata, locks,
// authorization modes, call counting, and a bare script realm.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import {
  AuthMode,
  FORBIDDEN_GLOBALS,
  createEmulator,
  dateInZone,
  loadBundle,
  loadScripts,
  NEW_FILE_CODE,
  ScriptEditor,
  UNTITLED_PROJECT,
  type Emulator,
  type EmulatorOptions,
  type SpreadsheetSeed,
} from './emulator/index.ts';

// The emulated services are untyped script-facing objects; tests drive them as a script would.
// biome-ignore lint/suspicious/noExplicitAny: scripts call these services untyped, and so do these tests.
type Gas = any;

const SPREADSHEET: SpreadsheetSeed = {
  name: '金都小区排查',
  locale: 'zh_CN',
  timeZone: 'Asia/Shanghai',
  sheets: [
    {
      name: '住户登记',
      values: [
        ['小区', '楼号', '门牌号', '最近走访'],
        ['金都小区', '12栋', '0301', dateInZone('Asia/Shanghai', 2020, 2, 1)],
        ['金都小區', 12, '302', dateInZone('Asia/Shanghai', 2020, 2, 2, 18, 30)],
      ],
    },
    { name: '捐款捐物', values: [['日期', '捐赠人', '金额']] },
  ],
};

/** An emulator over SPREADSHEET; objects are fetched in FULL mode, then `authMode` applies. */
function setup(options: EmulatorOptions = {}): { emu: Emulator; app: Gas; ss: Gas; sheet: Gas } {
  const { authMode, ...rest } = options;
  const emu = createEmulator({ spreadsheet: SPREADSHEET, ...rest });
  const app = (emu.globals as Gas).SpreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  const sheet = ss.getSheetByName('住户登记');
  if (authMode) emu.setAuthMode(authMode);
  emu.resetCalls();
  return { emu, app, ss, sheet };
}

/** The error a call throws, for asserting Apps Script's wording. */
function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected the call to throw');
}

describe('ranges are 1-based and refuse bad coordinates like Apps Script', () => {
  test('row and column 1 is A1; all getRange overloads', () => {
    const { sheet } = setup();
    expect(sheet.getRange(1, 1).getValue()).toBe('小区');
    expect(sheet.getRange(2, 3).getValue()).toBe('0301');
    expect(sheet.getRange(2, 1, 2).getA1Notation()).toBe('A2:A3');
    expect(sheet.getRange(2, 1, 2, 3).getValues()).toEqual([
      ['金都小区', '12栋', '0301'],
      ['金都小區', 12, '302'],
    ]);
    const byA1 = sheet.getRange('B2:C3');
    expect([byA1.getRow(), byA1.getColumn(), byA1.getNumRows(), byA1.getNumColumns()]).toEqual([2, 2, 2, 2]);
    expect(sheet.getRange('A:B').getNumRows()).toBe(1000);
    expect(sheet.getLastRow()).toBe(3);
    expect(sheet.getLastColumn()).toBe(4);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:D3');
  });

  test.each([
    [[0, 1], 'The starting row of the range is too small.'],
    [[1, 0], 'The starting column of the range is too small.'],
    [[1, 1, 0], 'The number of rows in the range must be at least 1.'],
    [[1, 1, 1, 0], 'The number of columns in the range must be at least 1.'],
    [[1001, 1], 'The coordinates of the range are outside the dimensions of the sheet.'],
    [[1, 27], 'The coordinates of the range are outside the dimensions of the sheet.'],
  ])('getRange(%j) throws %s', (args, message) => {
    const { sheet } = setup();
    const e = thrown(() => sheet.getRange(...args));
    expect(e.name).toBe('Exception');
    expect(e.message).toBe(message);
    expect(String(e)).toBe(`Exception: ${message}`);
  });

  test('arguments no overload accepts', () => {
    const { sheet } = setup();
    expect(thrown(() => sheet.getRange('A1', 2)).message).toBe(
      "The parameters (String,number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
    );
  });

  test('an empty sheet has no last row and its data range is A1', () => {
    const { ss } = setup();
    const empty = ss.insertSheet('空表');
    expect(empty.getLastRow()).toBe(0);
    expect(empty.getDataRange().getA1Notation()).toBe('A1');
  });
});

describe('setValues throws on any size mismatch', () => {
  test('too few rows', () => {
    const { sheet } = setup();
    expect(thrown(() => sheet.getRange(1, 1, 3, 2).setValues([['a', 'b']])).message).toBe(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.',
    );
  });
  test('a ragged row', () => {
    const { sheet } = setup();
    expect(
      thrown(() =>
        sheet.getRange(1, 1, 2, 3).setValues([
          ['a', 'b', 'c'],
          ['d', 'e'],
        ]),
      ).message,
    ).toBe('The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.');
  });
  test('a flat array', () => {
    const { sheet } = setup();
    expect(thrown(() => sheet.getRange(1, 1, 1, 2).setValues(['a', 'b'])).message).toBe(
      "The parameters (String[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  });
  test('nothing is written when the shape is wrong', () => {
    const { emu, sheet } = setup();
    const before = emu.snapshot();
    thrown(() => sheet.getRange(1, 1, 2, 2).setValues([['x', 'y'], ['z']]));
    expect(emu.snapshot()).toEqual(before);
  });
});

describe('values read back as Sheets returns them', () => {
  test('date cells come back as Dates of the script realm; empty cells as ""', () => {
    const { emu, sheet } = setup();
    const [row] = sheet.getRange(2, 4, 1, 2).getValues();
    expect(row[0]).toBeInstanceOf(emu.realm.Date);
    expect(row[0].getTime()).toBe(Date.UTC(2020, 0, 31, 16));
    expect(row[1]).toBe('');
    expect(sheet.getRange('D3').getDisplayValue()).toBe('2020-02-02 18:30:00');
    expect(sheet.getRange('D2').getNumberFormat()).toBe('yyyy-mm-dd');
  });

  test('writes are coerced as if typed (USER_ENTERED)', () => {
    const { sheet } = setup();
    const when = new Date(Date.UTC(2020, 1, 3, 2));
    const written = [
      "'0301",
      '0301',
      '1,200',
      '=HYPERLINK("https://example.com/#gid=0&range=B2","B2")',
      '=SUM(A1:A3)',
      '12%',
      'TRUE',
      '2020-02-01',
      when,
      '金都小区',
    ];
    const range = sheet.getRange(5, 1, 1, written.length);
    range.setValues([written]);
    const [values] = range.getValues();
    expect(values.slice(0, 7)).toEqual(['0301', 301, 1200, 'B2', '#ERROR!', 0.12, true]);
    expect(values[7].getTime()).toBe(dateInZone('Asia/Shanghai', 2020, 2, 1).getTime());
    expect(values[8].getTime()).toBe(when.getTime());
    expect(values[9]).toBe('金都小区');
    const [formulas] = range.getFormulas();
    expect(formulas.slice(0, 6)).toEqual(['', '', '', written[3], '=SUM(A1:A3)', '']);
    expect(range.getDisplayValues()[0].slice(0, 8)).toEqual(['0301', '301', '1200', 'B2', '#ERROR!', '12%', 'TRUE', '2020-02-01']);
  });

  test('a cell formatted as plain text keeps what is written', () => {
    const { sheet } = setup();
    const range = sheet.getRange('F2:F3').setNumberFormat('@');
    range.setValues([['0301'], ['13800138000']]);
    expect(range.getValues()).toEqual([['0301'], ['13800138000']]);
  });

  test('a long digit string typed as a number loses digits, as in Sheets', () => {
    const { sheet } = setup();
    sheet.getRange('G2').setValue('420106199001011234');
    expect(sheet.getRange('G2').getValue()).toBe(420106199001011234);
    expect(sheet.getRange('G2').getDisplayValue()).toBe('4.20106E+17');
  });

  test('more than 50,000 characters in a cell is refused', () => {
    const { sheet } = setup();
    expect(thrown(() => sheet.getRange('A9').setValue('字'.repeat(50001))).message).toBe(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
  });

  test('number formats, notes and formats are stored and reported', () => {
    const { sheet } = setup();
    const range = sheet.getRange('H1:I2');
    range.setValues([
      [0.8571, 1234567.891],
      [1, -5],
    ]);
    range.setNumberFormats([
      ['0.0%', '¥#,##0.00'],
      ['0', '#,##0.00;(#,##0.00)'],
    ]);
    range.setNotes([
      ['应为手机号', ''],
      ['', ''],
    ]);
    sheet.getRange('H1:I1').setFontWeight('bold').setBackground('#fde7e9');
    expect(range.getDisplayValues()).toEqual([
      ['85.7%', '¥1,234,567.89'],
      ['1', '(5.00)'],
    ]);
    expect(range.getNotes()).toEqual([
      ['应为手机号', ''],
      ['', ''],
    ]);
    expect(sheet.getRange('H1').getFontWeight()).toBe('bold');
    expect(sheet.getRange('H2').getBackground()).toBe('#ffffff');
    sheet.clearNotes();
    expect(range.getNotes()).toEqual([
      ['', ''],
      ['', ''],
    ]);
  });
});

describe('sheets and spreadsheet', () => {
  test('insertSheet refuses a name in use, ignoring case', () => {
    const { ss } = setup();
    ss.insertSheet('Summary');
    expect(thrown(() => ss.insertSheet('住户登记')).message).toBe(
      'A sheet with the name "住户登记" already exists. Please enter another name.',
    );
    expect(thrown(() => ss.insertSheet('summary')).message).toMatch(/already exists/);
    expect(ss.getSheetByName('汇总-住户')).toBeNull();
  });

  test('the last sheet cannot be deleted', () => {
    const { ss } = setup();
    ss.deleteSheet(ss.getSheetByName('捐款捐物'));
    expect(thrown(() => ss.deleteSheet(ss.getSheetByName('住户登记'))).message).toBe("You can't remove all the sheets in a document.");
  });

  test('locale, time zone, toast, frozen rows and charts are kept as data', () => {
    const { emu, ss } = setup();
    expect([ss.getSpreadsheetLocale(), ss.getSpreadsheetTimeZone()]).toEqual(['zh_CN', 'Asia/Shanghai']);
    ss.toast('正在统计…', 'paicha');
    expect(emu.ui.toasts).toEqual([{ message: '正在统计…', title: 'paicha', timeoutSeconds: 5 }]);
    const out = ss.insertSheet('汇总-住户');
    out.getRange(1, 1, 3, 2).setValues([
      ['小区', '登记率'],
      ['金都小区', 0.5],
      ['合计', 0.5],
    ]);
    out.setFrozenRows(1);
    const gas = emu.globals as Gas;
    const chart = out
      .newChart()
      .setChartType(gas.Charts.ChartType.BAR)
      .addRange(out.getRange('A1:B2'))
      .setPosition(1, 4, 0, 0)
      .setOption('title', '登记率')
      .build();
    expect(chart.getChartId()).toBeNull();
    out.insertChart(chart);
    const [inserted] = out.getCharts();
    expect(inserted.getChartId()).toBe(1);
    expect(inserted.getRanges()[0].getA1Notation()).toBe('A1:B2');
    const snap = emu.sheet('汇总-住户');
    expect(snap.frozenRows).toBe(1);
    expect(snap.charts).toEqual([
      {
        chartId: 1,
        type: 'BAR',
        ranges: [{ sheetId: out.getSheetId(), row: 1, column: 1, numRows: 2, numColumns: 2 }],
        options: { title: '登记率' },
        position: { row: 1, column: 4, offsetX: 0, offsetY: 0 },
        numHeaders: -1,
      },
    ]);
  });
});

describe('sheet size, clearing and rules', () => {
  test('a sheet has a fixed grid: writing past it throws until rows are inserted', () => {
    const { ss } = setup();
    const out = ss.insertSheet('汇总-住户');
    expect([out.getMaxRows(), out.getMaxColumns()]).toEqual([1000, 26]);
    expect(thrown(() => out.getRange(1, 1, 1500, 2)).message).toBe('The coordinates of the range are outside the dimensions of the sheet.');
    out.insertRowsAfter(out.getMaxRows(), 500);
    out.getRange(1, 1, 1500, 2).setValues(Array.from({ length: 1500 }, (_, i) => [i, '行']));
    expect(out.getLastRow()).toBe(1500);
    out.appendRow(['合计', 1500]);
    expect([out.getLastRow(), out.getMaxRows()]).toEqual([1501, 1501]);
    expect(thrown(() => out.insertRowsAfter(1, 10_000_000)).message).toBe(
      'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
    );
  });

  test('clear() takes contents and formats but keeps notes; contentsOnly keeps formats', () => {
    const { sheet } = setup();
    const range = sheet.getRange('A1:B1');
    range.setNumberFormat('@').setNote('表头').setFontWeight('bold');
    range.clear({ contentsOnly: true });
    expect([range.getValues(), range.getNumberFormats(), range.getNotes()]).toEqual([[['', '']], [['@', '@']], [['表头', '表头']]]);
    range.setValues([['a', 'b']]);
    range.clear();
    expect([range.getValues(), range.getFontWeights(), range.getNotes()]).toEqual([[['', '']], [['normal', 'normal']], [['表头', '表头']]]);
  });

  test('conditional format rules are stored as data', () => {
    const { emu, app, sheet } = setup();
    const rule = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$C2=""')
      .setBackground('#fde7e9')
      .setRanges([sheet.getRange('C2:C3')])
      .build();
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), rule]);
    expect(sheet.getConditionalFormatRules()[0].getRanges()[0].getA1Notation()).toBe('C2:C3');
    expect(emu.sheet('住户登记').conditionalRules).toEqual([
      {
        condition: { type: 'CUSTOM_FORMULA', values: ['=$C2=""'] },
        format: { background: '#fde7e9' },
        ranges: [{ row: 2, column: 3, numRows: 2, numColumns: 1 }],
      },
    ]);
  });
});

describe('Ui dialogs and properties', () => {
  test('alerts answer with a queued button, or the first one', () => {
    const { emu, app } = setup();
    const ui = app.getUi();
    expect(ui.alert('已完成')).toBe(ui.Button.OK);
    emu.ui.respond({ button: 'NO' });
    expect(ui.alert('覆盖？', '汇总-住户 不是 paicha 创建的', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    emu.ui.respond({ button: 'OK', text: '2020-02-01' });
    const answer = ui.prompt('日期', ui.ButtonSet.OK_CANCEL);
    expect([answer.getResponseText(), String(answer.getSelectedButton())]).toEqual(['2020-02-01', 'OK']);
    expect(emu.ui.alerts.map((a) => [a.title, a.prompt, a.buttons, a.response])).toEqual([
      [undefined, '已完成', 'OK', 'OK'],
      ['覆盖？', '汇总-住户 不是 paicha 创建的', 'YES_NO', 'NO'],
    ]);
  });

  test('document properties live with the spreadsheet', () => {
    const { emu } = setup();
    const props = (emu.globals as Gas).PropertiesService.getDocumentProperties();
    props.setProperty('lastRun', 42);
    expect(props.getProperty('lastRun')).toBe('42');
    expect(props.getProperty('missing')).toBeNull();
    expect(emu.snapshot().documentProperties).toEqual({ lastRun: '42' });
  });
});

describe('developer metadata', () => {
  test('the spreadsheet finder searches every sheet; getDeveloperMetadata only its own object', () => {
    const { emu, app, ss } = setup();
    const generated = ss.insertSheet('汇总-住户');
    generated.addDeveloperMetadata('paicha:generated', 'households', app.DeveloperMetadataVisibility.PROJECT);
    ss.addDeveloperMetadata('paicha:version', '1');
    const found = ss.createDeveloperMetadataFinder().withKey('paicha:generated').find();
    expect(found).toHaveLength(1);
    expect(found[0].getValue()).toBe('households');
    expect(String(found[0].getVisibility())).toBe('PROJECT');
    expect(String(found[0].getLocation().getLocationType())).toBe('SHEET');
    expect(found[0].getLocation().getSheet().getName()).toBe('汇总-住户');
    expect(ss.getDeveloperMetadata().map((m: Gas) => m.getKey())).toEqual(['paicha:version']);
    expect(ss.getSheetByName('住户登记').createDeveloperMetadataFinder().withKey('paicha:generated').find()).toHaveLength(0);
    expect(emu.sheet('汇总-住户').metadata).toEqual([{ key: 'paicha:generated', value: 'households', visibility: 'PROJECT' }]);
    found[0].remove();
    expect(ss.createDeveloperMetadataFinder().withKey('paicha:generated').find()).toHaveLength(0);
  });

  test('metadata goes with a deleted sheet', () => {
    const { ss } = setup();
    ss.insertSheet('汇总-捐赠').addDeveloperMetadata('paicha:generated');
    ss.deleteSheet(ss.getSheetByName('汇总-捐赠'));
    expect(ss.createDeveloperMetadataFinder().withKey('paicha:generated').find()).toHaveLength(0);
  });
});

describe('LockService', () => {
  test('a concurrent execution holding the document lock', () => {
    const { emu } = setup();
    const LockService = (emu.globals as Gas).LockService;
    const release = emu.locks.hold('document');
    const lock = LockService.getDocumentLock();
    const before = emu.elapsedMs();
    expect(lock.tryLock(1000)).toBe(false);
    expect(emu.elapsedMs() - before).toBeGreaterThanOrEqual(1000);
    expect(lock.hasLock()).toBe(false);
    expect(thrown(() => lock.waitLock(500)).message).toBe('Lock timeout: another process was holding the lock for too long.');
    release();
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(emu.locks.holder('document')).toBeUndefined();
  });

  test('an execution that ends releases its locks', () => {
    const { emu } = setup();
    const rt = loadScripts([{ name: 'Code.js', code: 'function grab() { return LockService.getDocumentLock().tryLock(0); }' }], emu);
    expect(rt.call('grab')).toBe(true);
    expect(emu.locks.holder('document')).toBeUndefined();
    emu.locks.hold('document');
    expect(rt.call('grab')).toBe(false);
  });
});

describe('authorization modes', () => {
  test('AuthMode.NONE refuses data, properties and locks but allows the add-on menu', () => {
    const { emu, app } = setup({ authMode: 'NONE' });
    const gas = emu.globals as Gas;
    expect(thrown(() => app.getActiveSpreadsheet()).message).toBe(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: ' +
        '(https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets). ' +
        'For more information, see https://developers.google.com/apps-script/guides/support/troubleshooting#authorization-is-required',
    );
    expect(thrown(() => gas.PropertiesService.getDocumentProperties()).message).toBe('Authorization is required to perform that action.');
    expect(thrown(() => gas.LockService.getDocumentLock()).message).toBe('Authorization is required to perform that action.');
    expect(thrown(() => app.getUi().alert('hi')).message).toMatch(/permission to call Ui\.alert/);
    app.getUi().createAddonMenu().addItem('检查数据', 'checkData').addSeparator().addItem('统计汇总', 'tallyAll').addToUi();
    expect(emu.ui.menus).toEqual([
      {
        kind: 'addon',
        caption: null,
        items: [
          { type: 'item', caption: '检查数据', functionName: 'checkData' },
          { type: 'separator' },
          { type: 'item', caption: '统计汇总', functionName: 'tallyAll' },
        ],
      },
    ]);
    expect(emu.denied().map((d) => d.call)).toEqual([
      'SpreadsheetApp.getActiveSpreadsheet',
      'PropertiesService.getDocumentProperties',
      'LockService.getDocumentLock',
      'Ui.alert',
    ]);
  });

  test('LIMITED (simple triggers) may change the document but not open a sidebar', () => {
    const { emu, ss } = setup({ authMode: 'LIMITED' });
    const gas = emu.globals as Gas;
    ss.toast('ok');
    ss.getSheetByName('住户登记').getRange('A1').setNote('小区名');
    expect(thrown(() => gas.SpreadsheetApp.getUi().showSidebar(gas.HtmlService.createHtmlOutput('<p>'))).message).toMatch(
      /^You do not have permission to call Ui\.showSidebar\. Required permissions: https:\/\/www\.googleapis\.com\/auth\/script\.container\.ui\./,
    );
    expect(gas.Session.getActiveUser().getEmail()).toBe('');
  });

  test("FULL mode is bounded by the manifest's oauthScopes", () => {
    const { emu } = setup({
      scopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/script.container.ui'],
    });
    const gas = emu.globals as Gas;
    expect(gas.SpreadsheetApp.getActiveSpreadsheet().getName()).toBe('金都小区排查');
    expect(thrown(() => gas.Session.getActiveUser()).message).toMatch(
      /Required permissions: https:\/\/www\.googleapis\.com\/auth\/userinfo\.email/,
    );
    expect(thrown(() => gas.SpreadsheetApp.openById('emulated-spreadsheet-id')).message).toMatch(
      /permission to call SpreadsheetApp\.openById/,
    );
  });
});

describe('every service call is counted and costed', () => {
  test('calls are keyed by class and method', () => {
    const { emu, app } = setup();
    const sheet = app.getActiveSpreadsheet().getSheetByName('住户登记');
    sheet.getDataRange().getValues();
    sheet.getRange(5, 1, 1, 2).setValues([['a', 'b']]);
    expect(emu.calls()).toEqual({
      'Range.getValues': 1,
      'Range.setValues': 1,
      'Sheet.getDataRange': 1,
      'Sheet.getRange': 1,
      'Spreadsheet.getSheetByName': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
    });
    expect(emu.totalCalls()).toBe(6);
    expect(emu.serviceCalls('SpreadsheetApp')).toBe(6);
    expect(emu.elapsedMs()).toBeGreaterThan(0);
    emu.resetCalls();
    expect([emu.totalCalls(), emu.elapsedMs()]).toEqual([0, 0]);
  });

  test('chained calls on a returned object are counted too', () => {
    const { emu, sheet } = setup();
    sheet.getRange('A1').setValue('x').setNote('n').setFontWeight('bold');
    expect(emu.calls()).toEqual({ 'Sheet.getRange': 1, 'Range.setValue': 1, 'Range.setNote': 1, 'Range.setFontWeight': 1 });
  });

  test('the cost model charges per call and per cell, and the 6-minute limit stops a run', () => {
    const { emu } = setup({ cost: { serviceCallMs: 10, perCellReadMs: 1, perCellWriteMs: 0, methodMs: {} } });
    const gas = emu.globals as Gas;
    gas.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('住户登记').getRange(1, 1, 10, 10).getValues();
    expect(emu.elapsedMs()).toBe(4 * 10 + 100);
    const rt = loadScripts(
      [
        {
          name: 'Code.js',
          code: 'function perCell() { var s = SpreadsheetApp.getActiveSheet(); for (var i = 1; i <= 1000; i++) for (var j = 1; j <= 26; j++) s.getRange(i, j).getValue(); }',
        },
      ],
      emu,
    );
    expect(() => rt.call('perCell')).toThrow('Exceeded maximum execution time');
  });
});

describe('loadBundle runs a script the way Apps Script does', () => {
  const dir = mkdtempSync(join(tmpdir(), 'paicha-gas-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(
    join(dir, 'appsscript.json'),
    JSON.stringify({
      timeZone: 'Asia/Shanghai',
      runtimeVersion: 'V8',
      exceptionLogging: 'STACKDRIVER',
      oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/script.container.ui'],
    }),
  );
  writeFileSync(join(dir, 'Sidebar.html'), '<h1><?= title ?></h1>');
  writeFileSync(
    join(dir, 'Code.js'),
    `var Bundle = (function () {
  var runs = 0;
  function hostGlobals(names) { return names.filter(function (n) { return typeof globalThis[n] !== 'undefined'; }); }
  function firstDate() {
    var values = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('住户登记').getDataRange().getValues();
    var d = values[1][3];
    return { isDate: d instanceof Date, isArray: values instanceof Array, hours: d.getHours(), runs: ++runs };
  }
  function onOpen(e) {
    var menu = SpreadsheetApp.getUi().createAddonMenu();
    menu.addItem(Session.getActiveUserLocale() === 'zh_CN' ? '检查数据' : 'Check data', 'checkData').addToUi();
    return e.authMode === ScriptApp.AuthMode.NONE ? 'NONE' : String(e.authMode);
  }
  function sidebar() {
    var t = HtmlService.createTemplateFromFile('Sidebar');
    t.title = '日报';
    SpreadsheetApp.getUi().showSidebar(t.evaluate().setTitle('paicha'));
  }
  function onEdit(e) { e.range.setNote('checked ' + e.value + (e.oldValue === undefined ? '' : ' was ' + e.oldValue)); }
  return { hostGlobals: hostGlobals, firstDate: firstDate, onOpen: onOpen, sidebar: sidebar, onEdit: onEdit };
})();
function hostGlobals(names) { return Bundle.hostGlobals(names); }
function firstDate() { return Bundle.firstDate(); }
function onOpen(e) { return Bundle.onOpen(e); }
function sidebar() { return Bundle.sidebar(); }
function onEdit(e) { return Bundle.onEdit(e); }
function checkData() { console.log('checking'); return 'checked'; }
`,
  );

  let emu: Emulator;
  beforeEach(() => {
    emu = createEmulator({ spreadsheet: SPREADSHEET });
  });

  test('the realm has no Node or web host globals', () => {
    const rt = loadBundle(dir, emu);
    expect(rt.invoke('hostGlobals', [[...FORBIDDEN_GLOBALS]])).toEqual([]);
    expect(rt.invoke('hostGlobals', [['SpreadsheetApp', 'Utilities', 'console', 'Promise', 'JSON']])).toEqual([
      'SpreadsheetApp',
      'Utilities',
      'console',
      'Promise',
      'JSON',
    ]);
    expect(rt.functions().sort()).toEqual(['checkData', 'firstDate', 'hostGlobals', 'onEdit', 'onOpen', 'sidebar']);
    expect(rt.lastExecution?.topLevelCalls).toBe(0);
  });

  test('getValues gives Dates and Arrays the script recognises, in the script time zone; globals do not survive an execution', () => {
    const rt = loadBundle(dir, emu);
    expect(rt.call('firstDate')).toEqual({ isDate: true, isArray: true, hours: 0, runs: 1 });
    expect((rt.call('firstDate') as { runs: number }).runs).toBe(1);
  });

  test('onOpen in AuthMode.NONE builds the menu and touches nothing that needs authorization', () => {
    const rt = loadBundle(dir, emu);
    expect(rt.call('onOpen', { authMode: AuthMode.NONE })).toBe('NONE');
    expect(rt.call('onOpen', { authMode: 'NONE' })).toBe('NONE');
    expect(rt.lastExecution).toMatchObject({ functionName: 'onOpen', authMode: 'NONE', topLevelCalls: 0 });
    expect(emu.ui.menus[0]?.items).toEqual([{ type: 'item', caption: '检查数据', functionName: 'checkData' }]);
    expect(emu.denied()).toEqual([]);
    expect(rt.clickMenu('检查数据')).toBe('checked');
    expect(emu.logs()).toEqual([{ source: 'console.log', message: 'checking' }]);
  });

  test('templates from the bundle directory and sidebars', () => {
    const rt = loadBundle(dir, emu);
    rt.call('sidebar');
    expect(emu.ui.dialogs).toEqual([{ kind: 'sidebar', title: 'paicha', content: '<h1>日报</h1>', width: undefined, height: undefined }]);
  });

  test('a user edit fires onEdit with the simple-trigger event object', () => {
    const rt = loadBundle(dir, emu);
    rt.edit('住户登记!C2', '0302');
    expect(emu.sheet('住户登记').notes).toEqual({ C2: 'checked 302 was 0301' });
    expect(emu.values('住户登记')[1]?.[2]).toBe(302);
  });

  test('a library is reachable under its identifier', () => {
    const consumer = loadScripts([{ name: 'Code.js', code: 'function useLibrary() { return Paicha.checkData(); }' }], emu, {
      libraries: { Paicha: dir },
    });
    expect(consumer.call('useLibrary')).toBe('checked');
  });

  test('user sheets are unchanged by a run that only reads', () => {
    const rt = loadBundle(dir, emu);
    const before = emu.snapshot();
    rt.call('firstDate');
    expect(emu.snapshot()).toEqual(before);
  });
});

describe('Utilities, Session and the ICU-less realm', () => {
  test('formatDate takes Java patterns and zones', () => {
    const { emu } = setup();
    const u = (emu.globals as Gas).Utilities;
    const d = new emu.realm.Date(Date.UTC(2020, 1, 1, 16, 5, 9));
    expect(u.formatDate(d, 'Asia/Shanghai', "yyyy-MM-dd'T'HH:mm:ss Z")).toBe('2020-02-02T00:05:09 +0800');
    expect(u.formatDate(d, 'UTC', 'yyyy/M/d H:mm XXX EEE')).toBe('2020/2/1 16:05 Z Sat');
    expect(thrown(() => u.formatDate(d, 'UTC', 'yyyy-qq')).message).toBe("Illegal pattern character 'q'");
    const before = emu.elapsedMs();
    u.sleep(1500);
    expect(emu.elapsedMs() - before).toBeGreaterThanOrEqual(1500);
    expect((emu.globals as Gas).Session.getScriptTimeZone()).toBe('Asia/Shanghai');
  });

  test("icu: 'none' runs scripts without Intl or normalize", () => {
    const emu = createEmulator({ spreadsheet: SPREADSHEET, icu: 'none' });
    const rt = loadScripts(
      [{ name: 'Code.js', code: "function f() { return typeof Intl; } function g() { return 'ａ'.normalize('NFKC'); }" }],
      emu,
    );
    expect(rt.call('f')).toBe('undefined');
    expect(() => rt.call('g')).toThrow(/needs ICU data/);
  });
});

describe('the script editor, the project name and copies of the spreadsheet', () => {
  test('a new bound project holds Code.gs and a manifest hidden until Project Settings shows it', () => {
    const emu = createEmulator({ spreadsheet: SPREADSHEET });
    const editor = new ScriptEditor(emu);
    expect(editor.files).toEqual(['Code.gs']);
    expect(editor.content('Code.gs')).toBe(NEW_FILE_CODE);
    expect(() => editor.content('appsscript.json')).toThrow(/hidden/);
    editor.showManifest();
    expect(JSON.parse(editor.content('appsscript.json'))).toMatchObject({ runtimeVersion: 'V8' });
    expect(editor.addScript('more')).toBe('more.gs');
    expect(() => editor.addScript('more.gs')).toThrow(/already exists/);
    expect(editor.files).toEqual(['appsscript.json', 'Code.gs', 'more.gs']);
  });

  test('files run in the order they were added, in one global scope, on every execution', () => {
    const emu = createEmulator({ spreadsheet: SPREADSHEET });
    const editor = new ScriptEditor(emu);
    editor.replace('Code.gs', 'var order = ["Code"]; function seen() { return order.join(","); }');
    editor.replace(editor.addScript('second'), 'order.push("second");');
    const rt = editor.save();
    expect(rt.call('seen')).toBe('Code,second');
    expect(rt.call('seen')).toBe('Code,second');
  });

  test('saving refuses a file that does not parse, naming it, and keeps what was saved before', () => {
    const emu = createEmulator({ spreadsheet: SPREADSHEET });
    const editor = new ScriptEditor(emu);
    editor.replace('Code.gs', 'function ok() { return 1; }');
    editor.save();
    editor.replace('Code.gs', 'function ok() { return (');
    expect(() => editor.save()).toThrow(/^Syntax error: .* line: 1 file: Code\.gs$/);
    editor.showManifest();
    editor.replace('Code.gs', 'function ok() { return 2; }');
    editor.replace('appsscript.json', '{"timeZone": ');
    expect(() => editor.save()).toThrow(/^appsscript\.json: /);
    expect(editor.runtime().call('ok')).toBe(1);
  });

  test("an add-on menu of a bound script is under Extensions → the project's name", () => {
    const emu = createEmulator({ spreadsheet: SPREADSHEET });
    const rt = loadScripts(
      [
        {
          name: 'Code.gs',
          code: 'function onOpen() { SpreadsheetApp.getUi().createAddonMenu().addItem("统计", "t").addToUi(); SpreadsheetApp.getUi().createMenu("自己的").addItem("甲", "t").addToUi(); } function t() { return "ran"; }',
        },
      ],
      emu,
    );
    rt.onOpen();
    expect(emu.projectName).toBe(UNTITLED_PROJECT);
    expect(emu.menuPaths()).toEqual(['Extensions › Untitled project › 统计', '自己的 › 甲']);
    emu.renameProject('排查 paicha');
    expect(rt.clickMenu(['Extensions', '排查 paicha', '统计'])).toBe('ran');
    expect(() => rt.clickMenu(['Extensions', 'Untitled project', '统计'])).toThrow(/no menu item/);
  });

  test('a copy has the sheets, their content and metadata, the same project name, and changes apart', () => {
    const emu = createEmulator({
      spreadsheet: { ...SPREADSHEET, sheets: [{ ...SPREADSHEET.sheets![0]!, metadata: [{ key: 'paicha.generated', value: 'v1' }] }] },
      projectName: '排查 paicha',
    });
    const copy = emu.makeCopy();
    expect(copy.projectName).toBe('排查 paicha');
    const [a, b] = [emu.snapshot(), copy.snapshot()];
    expect(b.name).toBe(`Copy of ${a.name}`);
    expect(b.id).not.toBe(a.id);
    expect(b.sheets).toEqual(a.sheets);
    (copy.globals as Gas).SpreadsheetApp.getActiveSpreadsheet().getSheetByName('住户登记').getRange('A1').setValue('改了');
    expect(emu.values('住户登记')[0]![0]).toBe('小区');
    expect(copy.values('住户登记')[0]![0]).toBe('改了');
  });

  test('with no scopes in the manifest, those the code uses are inferred, comments included; @OnlyCurrentDoc narrows Sheets', () => {
    const scopesOf = (code: string) => {
      const emu = createEmulator({ spreadsheet: SPREADSHEET });
      loadScripts([{ name: 'Code.gs', code }], emu, {}, { runtimeVersion: 'V8' });
      return emu.scopes();
    };
    const SHEETS = 'https://www.googleapis.com/auth/spreadsheets';
    expect(scopesOf('function f() { return SpreadsheetApp.getActive(); }')).toEqual([SHEETS]);
    expect(scopesOf('/** @OnlyCurrentDoc */ function f() { return SpreadsheetApp.getActive(); }')).toEqual([`${SHEETS}.currentonly`]);
    expect(scopesOf('// HtmlService\nfunction f() { return SpreadsheetApp.getUi(); }')).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      SHEETS,
    ]);
    expect(scopesOf('function f() { return 1; }')).toEqual([]);
  });

  test('a library shows its top-level functions but not private ones (name ending in _)', () => {
    const emu = createEmulator({ spreadsheet: SPREADSHEET });
    const library = [{ name: 'Code.gs', code: 'function visible() { return helper_(); } function helper_() { return "private"; }' }];
    const rt = loadScripts([{ name: 'Code.gs', code: 'function use() { return [typeof Lib.helper_, Lib.visible()]; }' }], emu, {
      libraries: { Lib: library },
    });
    expect(rt.call('use')).toEqual(['undefined', 'private']);
  });
});

describe('a pinned clock', () => {
  test('gives scripts that moment for new Date() and Date.now(), while every Date stays a Date', () => {
    const now = new Date(Date.UTC(2020, 1, 6, 10, 30));
    const emu = createEmulator({ spreadsheet: { sheets: [{ name: 'S', values: [[new Date(Date.UTC(2020, 0, 1))]] }] }, now });
    const code =
      'function run() { var v = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange(1, 1).getValue(); return [new Date().getTime(), Date.now(), v instanceof Date, new Date(0) instanceof Date, new Date(2020, 0, 1).getFullYear()].join(" "); }';
    const rt = loadScripts([{ name: 'Code.js', code }], emu);
    expect(rt.call('run')).toBe(`${now.getTime()} ${now.getTime()} true true 2020`);
  });
});
