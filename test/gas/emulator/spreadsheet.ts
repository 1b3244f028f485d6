// SpreadsheetApp and the bound Spreadsheet.
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet
import { parseA1 } from './a1.ts';
import { makeRuleBuilder } from './conditional.ts';
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility } from './enums.ts';
import type { Env } from './env.ts';
import { addMetadata, makeFinder, metadataOn } from './metadata.ts';
import { MAX_CELLS, SheetModel } from './model.ts';
import { isPlainObject } from './realm.ts';
import { makeSheet, SheetFacade } from './sheet.ts';
import { makeUi } from './ui.ts';

export function makeSpreadsheetApp(env: Env): SpreadsheetAppFacade {
  return env.wrap('SpreadsheetApp', new SpreadsheetAppFacade(env));
}

export function makeSpreadsheet(env: Env): SpreadsheetFacade {
  return env.wrap('Spreadsheet', new SpreadsheetFacade(env));
}

/** Sheet names are unique ignoring case; Apps Script refuses a duplicate with this message. */
export function renameCheck(env: Env, name: string, self: SheetModel | undefined): void {
  if (name.trim() === '') throw env.fail('Sheet names cannot be empty.');
  const other = env.doc.sheetByName(name);
  if (other && other !== self) throw env.fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
}

export class SpreadsheetAppFacade {
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType;
  readonly #env: Env;

  constructor(env: Env) {
    this.#env = env;
  }

  getActiveSpreadsheet(): unknown {
    return makeSpreadsheet(this.#env);
  }
  getActive(): unknown {
    return makeSpreadsheet(this.#env);
  }
  getActiveSheet(): unknown {
    return makeSheet(this.#env, this.#env.doc.activeSheet());
  }
  getActiveRange(): unknown {
    return new SpreadsheetFacade(this.#env).getActiveRange();
  }
  getUi(): unknown {
    return makeUi(this.#env);
  }
  /** Applies pending changes; the emulator has none, but the call is counted and costed. */
  flush(): void {}
  openById(id: unknown): unknown {
    if (typeof id !== 'string') throw this.#env.badArguments('SpreadsheetApp', 'openById', [id]);
    if (id !== this.#env.doc.id)
      throw this.#env.fail('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    return makeSpreadsheet(this.#env);
  }
  newConditionalFormatRule(): unknown {
    return makeRuleBuilder(this.#env);
  }
  /** A data validation builder; only the list criteria paicha uses are modelled. */
  newDataValidation(): unknown {
    const env = this.#env;
    const draft = { criteria: 'NONE', values: [] as unknown[], allowInvalid: true };
    const builder: Record<string, unknown> = {
      requireValueInList: (values: unknown, _showDropdown?: unknown) => {
        if (!Array.isArray(values)) throw env.badArguments('DataValidationBuilder', 'requireValueInList', [values]);
        draft.criteria = 'VALUE_IN_LIST';
        draft.values = [...values];
        return builder;
      },
      setAllowInvalid: (allow: unknown) => {
        draft.allowInvalid = allow === true;
        return builder;
      },
      build: () => env.wrap('DataValidation', { __validation: { ...draft }, toString: () => 'DataValidation' }),
      toString: () => 'DataValidationBuilder',
    };
    return env.wrap('DataValidationBuilder', builder);
  }
  toString(): string {
    return 'SpreadsheetApp';
  }
}

export class SpreadsheetFacade {
  readonly #env: Env;

  constructor(env: Env) {
    this.#env = env;
  }

  getId(): string {
    return this.#env.doc.id;
  }
  getName(): string {
    return this.#env.doc.name;
  }
  rename(newName: unknown): void {
    this.#env.doc.name = String(newName);
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.#env.doc.id}/edit`;
  }
  getSpreadsheetLocale(): string {
    return this.#env.doc.locale;
  }
  setSpreadsheetLocale(locale: unknown): void {
    this.#env.doc.locale = String(locale);
  }
  getSpreadsheetTimeZone(): string {
    return this.#env.doc.timeZone;
  }
  setSpreadsheetTimeZone(timezone: unknown): void {
    this.#env.doc.timeZone = String(timezone);
  }

  getSheets(): unknown[] {
    return this.#env.arr(this.#env.doc.sheets.map((s) => makeSheet(this.#env, s)));
  }
  getNumSheets(): number {
    return this.#env.doc.sheets.length;
  }
  getSheetByName(name: unknown): unknown {
    if (typeof name !== 'string') throw this.#env.badArguments('Spreadsheet', 'getSheetByName', [name]);
    const sheet = this.#env.doc.sheetByName(name);
    return sheet ? makeSheet(this.#env, sheet) : null;
  }
  getSheetById(id: unknown): unknown {
    const sheet = typeof id === 'number' ? this.#env.doc.sheetById(id) : undefined;
    return sheet ? makeSheet(this.#env, sheet) : null;
  }
  getActiveSheet(): unknown {
    return makeSheet(this.#env, this.#env.doc.activeSheet());
  }
  setActiveSheet(sheet: unknown): unknown {
    const model = this.#sheetArg('setActiveSheet', sheet);
    this.#env.doc.activeSheetId = model.sheetId;
    model.hidden = false;
    return makeSheet(this.#env, model);
  }
  getActiveRange(): unknown {
    const doc = this.#env.doc;
    const a = doc.activeRange;
    const sheet = a ? doc.sheetById(a.sheetId) : undefined;
    const range = sheet && a ? { sheet, ...a } : { sheet: doc.activeSheet(), row: 1, column: 1, numRows: 1, numColumns: 1 };
    return new SheetFacade(this.#env, range.sheet).getRange(range.row, range.column, range.numRows, range.numColumns);
  }
  getRange(a1Notation: unknown): unknown {
    if (typeof a1Notation !== 'string') throw this.#env.badArguments('Spreadsheet', 'getRange', [a1Notation]);
    const ref = parseA1(a1Notation);
    const sheet = ref?.sheetName === undefined ? this.#env.doc.activeSheet() : this.#env.doc.sheetByName(ref.sheetName);
    if (!ref || !sheet) throw this.#env.fail('Range not found');
    const bare = a1Notation.slice(a1Notation.lastIndexOf('!') + 1);
    return new SheetFacade(this.#env, sheet).getRange(bare);
  }

  /** insertSheet(), (sheetIndex), (sheetName), (sheetName, sheetIndex), (sheetName, options), (sheetName, sheetIndex, options), (options). */
  insertSheet(...args: unknown[]): unknown {
    const env = this.#env;
    const doc = env.doc;
    const name = typeof args[0] === 'string' ? args[0] : undefined;
    const index = [args[0], args[1]].find((a): a is number => typeof a === 'number');
    if (!args.every((a) => typeof a === 'string' || typeof a === 'number' || isPlainObject(a)))
      throw env.badArguments('Spreadsheet', 'insertSheet', args);
    if (index !== undefined && (index < 0 || index > doc.sheets.length)) throw env.fail('Invalid argument: sheetIndex');
    if (doc.cellCount() + 1000 * 26 > MAX_CELLS) {
      throw env.fail(`This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`);
    }
    const finalName = name ?? this.#defaultName();
    renameCheck(env, finalName, undefined);
    const sheet = new SheetModel(doc.newSheetId(), finalName);
    doc.sheets.splice(index ?? doc.sheets.length, 0, sheet);
    doc.activeSheetId = sheet.sheetId; // "the new sheet becomes the active sheet"
    return makeSheet(env, sheet);
  }

  deleteSheet(sheet: unknown): void {
    const doc = this.#env.doc;
    const model = this.#sheetArg('deleteSheet', sheet);
    if (doc.sheets.length === 1) throw this.#env.fail("You can't remove all the sheets in a document.");
    const at = doc.sheets.indexOf(model);
    doc.sheets.splice(at, 1);
    doc.metadata = doc.metadata.filter((m) => m.sheetId !== model.sheetId);
    if (doc.activeSheetId === model.sheetId) doc.activeSheetId = (doc.sheets[Math.max(0, at - 1)] ?? doc.sheets[0])?.sheetId;
    if (doc.activeRange?.sheetId === model.sheetId) doc.activeRange = undefined;
  }

  /** toast(msg), (msg, title), (msg, title, timeoutSeconds); a null timeout is 5 seconds. */
  toast(msg: unknown, title?: unknown, timeoutSeconds?: unknown): void {
    const timeout = typeof timeoutSeconds === 'number' ? timeoutSeconds : 5;
    this.#env.records.toasts.push({
      message: String(msg),
      title: title === undefined || title === null ? '' : String(title),
      timeoutSeconds: timeout,
    });
  }

  addDeveloperMetadata(...args: unknown[]): this {
    addMetadata(this.#env, 'Spreadsheet', undefined, args);
    return this;
  }
  getDeveloperMetadata(): unknown[] {
    return metadataOn(this.#env, undefined);
  }
  createDeveloperMetadataFinder(): unknown {
    return makeFinder(this.#env, 'all');
  }

  toString(): string {
    return 'Spreadsheet';
  }

  #sheetArg(method: string, sheet: unknown): SheetModel {
    const facade = this.#env.unwrap<SheetFacade>('Sheet', sheet);
    const model = facade ? SheetFacade.model(facade) : undefined;
    if (!model) throw this.#env.badArguments('Spreadsheet', method, [sheet]);
    if (!this.#env.doc.sheets.includes(model)) throw this.#env.fail('Sheet not found');
    return model;
  }

  #defaultName(): string {
    const base = this.#env.doc.locale.startsWith('zh') ? '工作表' : 'Sheet';
    let n = this.#env.doc.sheets.length + 1;
    while (this.#env.doc.sheetByName(`${base}${n}`)) n += 1;
    return `${base}${n}`;
  }
}
