// The emulator a test creates: an in-memory spreadsheet, the Apps Script globals over it, and what
// the services recorded (calls, menus, alerts, logs …). runtime.ts runs a script bundle against it.
import { SERVICE_OF } from './auth.ts';
import { makeConsole, makeLogger, makeScriptApp, makeSession, makeUtilities } from './base.ts';
import { AuthMode, ChartPosition, ChartType, enumName, type AuthModeName } from './enums.ts';
import { Env, type DialogRecord, type LogRecord, type MenuItemRecord, type MenuRecord, type Records, type UiResponse } from './env.ts';
import { makeHtmlService } from './html.ts';
import type { CostModel } from './meter.ts';
import type { LockOwner } from './model.ts';
import { createRealm, type IcuMode, type Realm } from './realm.ts';
import {
  buildDocument,
  snapshotDocument,
  snapshotSheet,
  type SheetSnapshot,
  type SnapshotValue,
  type SpreadsheetSeed,
  type SpreadsheetSnapshot,
} from './snapshot.ts';
import { makeSpreadsheetApp } from './spreadsheet.ts';
import { lockOwner, makeLockService, makePropertiesService, setLockOwner, type LockScope } from './storage.ts';

export interface EmulatorOptions {
  readonly spreadsheet?: SpreadsheetSeed;
  /** The mode calls made outside runtime executions run in; FULL by default. */
  readonly authMode?: AuthModeName;
  /** The manifest's oauthScopes; when set, FULL-mode calls outside them are refused. */
  readonly scopes?: readonly string[];
  readonly scriptTimeZone?: string;
  /** What Session.getActiveUserLocale() answers, e.g. 'zh_CN'. */
  readonly userLocale?: string;
  readonly userEmail?: string;
  readonly scriptId?: string;
  /** The script project's name; a new project is "Untitled project" until renamed. */
  readonly projectName?: string;
  readonly cost?: Partial<CostModel>;
  /** 'none' runs scripts without Intl or String.prototype.normalize (see realm.ts). */
  readonly icu?: IcuMode;
  /** HTML files by name without extension, as createHtmlOutputFromFile takes them. */
  readonly htmlFiles?: Readonly<Record<string, string>>;
  /** Pins the scripts' clock (`new Date()`, `Date.now()`) at this moment; the real clock by default. */
  readonly now?: Date;
}

/** Names of the Apps Script globals the emulator provides. */
export const GLOBAL_NAMES = [
  'SpreadsheetApp',
  'Charts',
  'HtmlService',
  'LockService',
  'PropertiesService',
  'Session',
  'ScriptApp',
  'Utilities',
  'Logger',
  'console',
] as const;
export type GlobalName = (typeof GLOBAL_NAMES)[number];

/** What Apps Script names a new script project. */
export const UNTITLED_PROJECT = 'Untitled project';

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  return new Emulator(options);
}

export class Emulator {
  readonly #env: Env;
  readonly #globals: Readonly<Record<GlobalName, unknown>>;
  readonly #defaultRealm: Realm;

  constructor(options: EmulatorOptions) {
    this.#env = new Env({
      icu: options.icu ?? 'full',
      cost: options.cost,
      doc: buildDocument(options.spreadsheet ?? {}),
      scriptTimeZone: options.scriptTimeZone ?? 'Asia/Shanghai',
      userLocale: options.userLocale ?? 'zh_CN',
      userEmail: options.userEmail ?? 'volunteer@example.com',
      scriptId: options.scriptId ?? 'emulated-script-id',
      projectName: options.projectName ?? UNTITLED_PROJECT,
      now: options.now?.getTime(),
    });
    const env = this.#env;
    env.auth.mode = options.authMode ?? 'FULL';
    if (options.scopes) env.auth.scopes = new Set(options.scopes);
    for (const [name, content] of Object.entries(options.htmlFiles ?? {})) env.htmlFiles.set(name, content);
    this.#globals = {
      SpreadsheetApp: makeSpreadsheetApp(env),
      Charts: env.wrap('Charts', { ChartType, Position: ChartPosition, toString: () => 'Charts' }),
      HtmlService: makeHtmlService(env),
      LockService: makeLockService(env),
      PropertiesService: makePropertiesService(env),
      Session: makeSession(env),
      ScriptApp: makeScriptApp(env),
      Utilities: makeUtilities(env),
      Logger: makeLogger(env),
      console: makeConsole(env),
    };
    this.#defaultRealm = env.realm;
    this.installGlobals(env.realm);
  }

  /** For runtime.ts: the shared state. Not for tests. */
  static env(emulator: Emulator): Env {
    return emulator.#env;
  }

  /** A fresh realm holding only the Apps Script globals; runtime.ts makes one per execution. */
  newRealm(): Realm {
    const realm = createRealm(this.#env.icu, this.#env.now);
    this.installGlobals(realm);
    return realm;
  }

  installGlobals(realm: Realm): void {
    for (const name of GLOBAL_NAMES) {
      Object.defineProperty(realm.global, name, { value: this.#globals[name], writable: true, configurable: true, enumerable: false });
    }
  }

  /** The Apps Script globals, for tests that drive the services directly. */
  get globals(): Readonly<Record<GlobalName, unknown>> {
    return this.#globals;
  }

  /** The realm values from direct service calls belong to (getValues' Dates are this realm's). */
  get realm(): Realm {
    return this.#defaultRealm;
  }

  /**
   * Another person's copy of this spreadsheet (File → Make a copy, or a …/copy link): the sheets and
   * their developer metadata, under a new id, with a copy of the bound script project (same name).
   * Load the same script files into the new emulator to run them there.
   */
  makeCopy(options: Omit<EmulatorOptions, 'spreadsheet' | 'projectName'> = {}): Emulator {
    const copy = new Emulator({ ...options, projectName: this.#env.projectName });
    const doc = this.#env.doc;
    copy.#env.doc = doc.copy(`${doc.id}-copy`, `Copy of ${doc.name}`);
    return copy;
  }

  /** Replaces the bound spreadsheet with a seeded one. */
  createSpreadsheet(seed: SpreadsheetSeed): void {
    this.#env.doc = buildDocument(seed);
  }

  snapshot(): SpreadsheetSnapshot {
    return snapshotDocument(this.#env.doc);
  }

  sheet(name: string): SheetSnapshot {
    const doc = this.#env.doc;
    const sheet = doc.sheetByName(name);
    if (!sheet) throw new Error(`emulator: no sheet named ${name}`);
    return snapshotSheet(doc, sheet);
  }

  /** A sheet's content area as plain Node values. */
  values(name: string): SnapshotValue[][] {
    return this.sheet(name).values;
  }

  get authMode(): AuthModeName {
    return this.#env.auth.mode;
  }

  setAuthMode(mode: AuthModeName | object): void {
    const name = enumName(mode);
    if (name === undefined || !(name in AuthMode)) throw new Error(`emulator: unknown auth mode ${String(mode)}`);
    this.#env.auth.mode = name as AuthModeName;
  }

  /** The scopes the script may use (the manifest's, or inferred); undefined: any. */
  scopes(): string[] | undefined {
    const s = this.#env.auth.scopes;
    return s ? [...s].sort() : undefined;
  }

  /** Sets or clears (undefined) the manifest's oauthScopes. */
  setScopes(scopes: readonly string[] | undefined): void {
    this.#env.auth.scopes = scopes ? new Set(scopes) : undefined;
  }

  /** Every call so far, keyed like `Range.getValues`. */
  calls(): Record<string, number> {
    return this.#env.meter.calls();
  }

  totalCalls(filter?: (key: string) => boolean): number {
    return this.#env.meter.totalCalls(filter);
  }

  /** Calls to one service's classes, e.g. 'SpreadsheetApp' counts Spreadsheet, Sheet, Range … too. */
  serviceCalls(service: string): number {
    return this.#env.meter.totalCalls((key) => SERVICE_OF[key.slice(0, key.indexOf('.'))] === service);
  }

  /** Clears the call counts and the virtual clock. */
  resetCalls(): void {
    this.#env.meter.resetCalls();
  }

  /** Virtual time spent by calls under the cost model (meter.ts). */
  elapsedMs(): number {
    return this.#env.meter.elapsedMs();
  }

  get records(): Readonly<Records> {
    return this.#env.records;
  }

  get ui(): {
    readonly menus: readonly MenuRecord[];
    readonly alerts: Records['alerts'];
    readonly prompts: Records['prompts'];
    readonly toasts: Records['toasts'];
    readonly dialogs: readonly DialogRecord[];
    respond(response: UiResponse): void;
  } {
    const r = this.#env.records;
    const queue = this.#env.uiResponses;
    return {
      menus: r.menus,
      alerts: r.alerts,
      prompts: r.prompts,
      toasts: r.toasts,
      dialogs: r.dialogs,
      respond: (response) => void queue.push(response),
    };
  }

  logs(): readonly LogRecord[] {
    return this.#env.records.logs;
  }

  /** Calls refused by the authorization mode or scopes, in order. */
  denied(): readonly { call: string; message: string }[] {
    return this.#env.records.denied;
  }

  get locks(): { hold(scope?: LockScope): () => void; holder(scope?: LockScope): LockOwner | undefined } {
    const env = this.#env;
    return {
      /** A concurrent execution takes the lock; call the returned function when it finishes. */
      hold: (scope = 'document') => {
        if (lockOwner(env, scope) !== undefined) throw new Error(`emulator: the ${scope} lock is already held`);
        setLockOwner(env, scope, 'other');
        return () => {
          if (lockOwner(env, scope) === 'other') setLockOwner(env, scope, undefined);
        };
      },
      holder: (scope = 'document') => lockOwner(env, scope),
    };
  }

  get properties(): { readonly document: Map<string, string>; readonly script: Map<string, string>; readonly user: Map<string, string> } {
    return { document: this.#env.doc.properties, script: this.#env.scriptProperties, user: this.#env.userProperties };
  }

  get projectName(): string {
    return this.#env.projectName;
  }

  /** Renames the script project, as its title in the editor does. */
  renameProject(name: string): void {
    this.#env.projectName = name;
  }

  /**
   * Every menu item as the spreadsheet's menu bar shows it: "Extensions › PROJECT › ITEM" for an
   * add-on menu of a bound script, "MENU › ITEM" for a custom menu, submenus in between.
   */
  menuPaths(): string[] {
    const walk = (items: readonly MenuItemRecord[], prefix: readonly string[]): string[] =>
      items.flatMap((i) =>
        i.type === 'item' ? [[...prefix, i.caption].join(' › ')] : i.type === 'submenu' ? walk(i.items, [...prefix, i.caption]) : [],
      );
    return this.#env.records.menus.flatMap((m) =>
      walk(m.items, m.kind === 'addon' ? ['Extensions', this.#env.projectName] : [m.caption ?? '']),
    );
  }

  setHtmlFile(name: string, content: string): void {
    this.#env.htmlFiles.set(name, content);
  }

  /** The project's HTML files become exactly these (a saved project replaces them all). */
  setHtmlFiles(files: Readonly<Record<string, string>>): void {
    this.#env.htmlFiles.clear();
    for (const [name, content] of Object.entries(files)) this.#env.htmlFiles.set(name, content);
  }
}
