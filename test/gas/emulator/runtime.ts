// Runs a script bundle the way Apps Script does: every execution (a menu click, a trigger, a
// google.script.run call) starts a fresh global scope, runs every script file top to bottom, then
// calls one top-level function. The scope holds only the Apps Script globals and the ECMAScript
// built-ins — no process, require, setTimeout, TextEncoder, URL, structuredClone, atob or Buffer.
// Locks an execution holds are released when it ends; each has a time limit (6 min, 30 s for
// simple triggers). https://developers.google.com/apps-script/guides/triggers
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { parseA1 } from './a1.ts';
import { makeUser } from './base.ts';
import type { Block } from './cells.ts';
import { isKnownZone, serialFromMs } from './datetime.ts';
import { Emulator } from './emulator.ts';
import { inferScopes } from './auth.ts';
import { AuthMode, enumName, type AuthModeName } from './enums.ts';
import type { Env, MenuItemRecord } from './env.ts';
import { BUILTINS, libraryScript, orderFiles, readScripts, walk, type ScriptFile } from './files.ts';
import { EXECUTION_LIMIT_MS, SIMPLE_TRIGGER_LIMIT_MS } from './meter.ts';
import { RangeFacade, makeRange, rawRange } from './range.ts';
import { realmObject, type Realm } from './realm.ts';
import { makeSpreadsheet } from './spreadsheet.ts';
import { releaseLocksOf } from './storage.ts';
import { DateValue, type Stored } from './values.ts';

export interface Manifest {
  readonly timeZone?: string;
  readonly runtimeVersion?: string;
  readonly oauthScopes?: readonly string[];
  readonly [key: string]: unknown;
}

export interface LoadOptions {
  /** Script file names in push order; unlisted files follow, sorted. Defaults to Code.js first. */
  readonly order?: readonly string[];
  /**
   * Apply the manifest to the emulator (default true): its timeZone, and its oauthScopes or, when it
   * lists none, the scopes Apps Script would infer from the code (auth.ts, inferScopes).
   */
  readonly applyManifest?: boolean;
  /** Apps Script libraries by identifier, e.g. { Paicha: 'dist/gas' }, visible to the scripts. */
  readonly libraries?: Readonly<Record<string, string | readonly ScriptFile[]>>;
}

export interface CallOptions {
  readonly authMode?: AuthModeName | object;
  readonly timeLimitMs?: number;
}

export interface Execution {
  readonly functionName: string;
  readonly authMode: AuthModeName;
  /** Service calls made while the files ran top to bottom, before the function was called. */
  readonly topLevelCalls: number;
  readonly elapsedMs: number;
}

/** Reads every .js/.gs script and .html file in `dir` (clasp's rootDir) plus appsscript.json. */
export function loadBundle(dir: string, emulator: Emulator, options: LoadOptions = {}): Runtime {
  const files = walk(dir);
  const env = Emulator.env(emulator);
  for (const f of files.filter((f) => f.endsWith('.html')))
    env.htmlFiles.set(f.slice(0, -'.html'.length), readFileSync(join(dir, f), 'utf8'));
  const manifestFile = files.find((f) => f === 'appsscript.json');
  const manifest = manifestFile ? (JSON.parse(readFileSync(join(dir, manifestFile), 'utf8')) as Manifest) : undefined;
  return loadScripts(readScripts(dir), emulator, options, manifest);
}

/** Runs scripts given as text; loadBundle reads them from a directory. */
export function loadScripts(scripts: readonly ScriptFile[], emulator: Emulator, options: LoadOptions = {}, manifest?: Manifest): Runtime {
  if (manifest?.runtimeVersion !== undefined && manifest.runtimeVersion !== 'V8')
    throw new Error('emulator: only the V8 runtime is emulated');
  const env = Emulator.env(emulator);
  if (manifest && options.applyManifest !== false) {
    env.auth.scopes = manifest.oauthScopes ? new Set(manifest.oauthScopes) : inferScopes(scripts.map((f) => f.code));
    if (manifest.timeZone) env.scriptTimeZone = manifest.timeZone;
  }
  const libraries = Object.entries(options.libraries ?? {}).map(([id, source]) =>
    libraryScript(id, typeof source === 'string' ? readScripts(source) : source),
  );
  const ordered = orderFiles(scripts, options.order);
  return new Runtime(emulator, [...libraries, ...ordered.map((f) => new vm.Script(f.code, { filename: f.name }))], manifest);
}

export class Runtime {
  readonly #emulator: Emulator;
  readonly #env: Env;
  readonly #scripts: readonly vm.Script[];
  readonly manifest: Manifest | undefined;
  #nextExecution = 1;
  #last: Execution | undefined;

  constructor(emulator: Emulator, scripts: readonly vm.Script[], manifest: Manifest | undefined) {
    this.#emulator = emulator;
    this.#env = Emulator.env(emulator);
    this.#scripts = scripts;
    this.manifest = manifest;
  }

  /** The last execution's name, mode, top-level call count and virtual time. */
  get lastExecution(): Execution | undefined {
    return this.#last;
  }

  /** Top-level function declarations: what menus, triggers and google.script.run can call. */
  functions(): string[] {
    return this.#execute('(list)', 'FULL', EXECUTION_LIMIT_MS, (realm) =>
      Object.keys(Object.getOwnPropertyDescriptors(realm.global)).filter((k) => typeof realm.global[k] === 'function' && !BUILTINS.has(k)),
    );
  }

  /**
   * Calls a top-level function. With an event object that has an authMode (as triggers pass), the
   * execution runs in that mode: call('onOpen', { authMode: ScriptApp.AuthMode.NONE }).
   */
  call(name: string, event?: Record<string, unknown>, options: CallOptions = {}): unknown {
    const mode = modeName((options.authMode ?? event?.['authMode'] ?? 'FULL') as AuthModeName | object);
    // The event carries the enum value itself, so `e.authMode === ScriptApp.AuthMode.NONE` holds.
    const args = event === undefined ? [] : [{ ...event, ...('authMode' in event ? { authMode: AuthMode[mode] } : {}) }];
    return this.invoke(name, args, { ...options, authMode: mode });
  }

  invoke(name: string, args: readonly unknown[], options: CallOptions = {}): unknown {
    const mode = modeName(options.authMode ?? 'FULL');
    return this.#execute(name, mode, options.timeLimitMs ?? EXECUTION_LIMIT_MS, (realm) => {
      const fn = realm.global[name];
      if (typeof fn !== 'function') throw this.#env.fail(`Script function not found: ${name}`);
      return (fn as (...a: unknown[]) => unknown)(...args);
    });
  }

  /** Runs code in an execution, after the bundle's files (e.g. a consumer of a library). */
  evaluate(code: string, options: CallOptions = {}): unknown {
    const script = new vm.Script(code, { filename: 'evaluate.js' });
    return this.#execute('(evaluate)', modeName(options.authMode ?? 'FULL'), options.timeLimitMs ?? EXECUTION_LIMIT_MS, (realm) =>
      script.runInContext(realm.context),
    );
  }

  /** The simple trigger onOpen(e); LIMITED by default, NONE for an add-on not yet used in the file. */
  onOpen(options: { authMode?: AuthModeName | object } = {}): unknown {
    const mode = modeName(options.authMode ?? 'LIMITED');
    return this.#trigger('onOpen', mode, SIMPLE_TRIGGER_LIMIT_MS, () => this.#event(mode, {}));
  }

  /** onInstall(e) runs in FULL when a user installs the add-on. */
  onInstall(): unknown {
    return this.#trigger('onInstall', 'FULL', EXECUTION_LIMIT_MS, () => this.#event('FULL', {}));
  }

  /**
   * Fires onEdit(e) for a range (a Range from the emulator or A1 like "Sheet1!B3"). `value` and
   * `oldValue` are set only for a single cell, as Sheets does.
   */
  onEdit(range: unknown, extra: { value?: unknown; oldValue?: unknown; authMode?: AuthModeName | object } = {}): unknown {
    const mode = modeName(extra.authMode ?? 'LIMITED');
    return this.#trigger('onEdit', mode, SIMPLE_TRIGGER_LIMIT_MS, () => {
      const g = this.#geometry(range);
      const fields: Record<string, unknown> = { range: makeRange(this.#env, g.sheet, g.row, g.column, g.numRows, g.numColumns) };
      if (g.numRows === 1 && g.numColumns === 1) {
        fields['value'] = 'value' in extra ? extra.value : this.#eventValue(g.sheet.value(g.row, g.column));
        if (extra.oldValue !== undefined) fields['oldValue'] = extra.oldValue;
      }
      return this.#event(mode, fields);
    });
  }

  /** A user types `value` (or pastes a grid) into a range, then onEdit fires if the script has one. */
  edit(a1: string, value: unknown): unknown {
    const g = this.#geometry(a1);
    const target = rawRange(this.#env, g.sheet, g.row, g.column, g.numRows, g.numColumns);
    const single = g.numRows === 1 && g.numColumns === 1;
    const before = single ? g.sheet.value(g.row, g.column) : '';
    if (Array.isArray(value)) target.setValues(value);
    else target.setValue(value);
    const extra: { value?: unknown; oldValue?: unknown } = {};
    if (single && before !== '') extra.oldValue = this.#eventValue(before);
    return this.onEdit(a1, extra);
  }

  /**
   * Clicks a recorded menu item by caption, by a caption path through submenus, or by the path the
   * menu bar shows (['Extensions', PROJECT, ITEM] for an add-on menu), in FULL mode.
   */
  clickMenu(path: string | readonly string[]): unknown {
    const full = typeof path === 'string' ? [path] : path;
    const underExtensions = full[0] === 'Extensions' && full[1] === this.#env.projectName;
    const captions = underExtensions ? full.slice(2) : full;
    const find = (items: readonly MenuItemRecord[], rest: readonly string[]): string | undefined => {
      const [head, ...tail] = rest;
      for (const item of items) {
        if (item.type === 'item' && tail.length === 0 && item.caption === head) return item.functionName;
        if (item.type === 'submenu' && item.caption === head) return find(item.items, tail);
      }
      return undefined;
    };
    for (const menu of this.#env.records.menus) {
      if (underExtensions && menu.kind !== 'addon') continue;
      const fn = find(menu.items, captions) ?? (menu.caption === captions[0] ? find(menu.items, captions.slice(1)) : undefined);
      if (fn) return this.invoke(fn, []);
    }
    throw new Error(`emulator: no menu item ${full.join(' › ')}`);
  }

  #trigger(name: string, mode: AuthModeName, limitMs: number, event: () => object): unknown {
    return this.#execute(name, mode, limitMs, (realm) => {
      const fn = realm.global[name];
      return typeof fn === 'function' ? (fn as (e: object) => unknown)(event()) : undefined;
    });
  }

  #event(mode: AuthModeName, fields: Record<string, unknown>): object {
    const entries: [string, unknown][] = [['authMode', AuthMode[mode]], ['user', makeUser(this.#env)], ...Object.entries(fields)];
    if (mode !== 'NONE') entries.push(['source', makeSpreadsheet(this.#env)]);
    return realmObject(this.#env.realm, entries);
  }

  // onEdit's e.value/e.oldValue are strings, as Sheets passes them; dates as their serial number.
  #eventValue(v: Stored): string {
    if (v instanceof DateValue) return String(serialFromMs(v.ms, this.#env.doc.timeZone));
    if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
    return String(v);
  }

  #geometry(range: unknown): Block {
    if (typeof range === 'string') {
      const ref = parseA1(range);
      const sheet = ref?.sheetName === undefined ? this.#env.doc.activeSheet() : this.#env.doc.sheetByName(ref.sheetName);
      if (!ref || !sheet) throw new Error(`emulator: no range ${range}`);
      const row = ref.startRow ?? 1;
      const column = ref.startColumn ?? 1;
      return {
        sheet,
        row,
        column,
        numRows: (ref.endRow ?? sheet.maxRows) - row + 1,
        numColumns: (ref.endColumn ?? sheet.maxColumns) - column + 1,
      };
    }
    const facade = this.#env.unwrap<RangeFacade>('Range', range);
    if (!facade) throw new Error('emulator: onEdit needs a Range or an A1 reference');
    return RangeFacade.geometry(facade);
  }

  #execute<T>(name: string, mode: AuthModeName, limitMs: number, body: (realm: Realm) => T): T {
    const env = this.#env;
    const saved = { realm: env.realm, mode: env.auth.mode, executionId: env.executionId };
    const id = this.#nextExecution++;
    const realm = this.#emulator.newRealm();
    env.realm = realm;
    env.auth.mode = mode;
    env.executionId = id;
    env.meter.beginExecution(limitMs);
    const tz = process.env['TZ'];
    setProcessZone(env.scriptTimeZone);
    const before = env.meter.totalCalls();
    let topLevelCalls = 0;
    try {
      for (const script of this.#scripts) script.runInContext(realm.context);
      topLevelCalls = env.meter.totalCalls() - before;
      return body(realm);
    } finally {
      restoreProcessZone(tz);
      releaseLocksOf(env, id);
      const elapsedMs = env.meter.endExecution();
      this.#last = { functionName: name, authMode: mode, topLevelCalls, elapsedMs };
      env.realm = saved.realm;
      env.auth.mode = saved.mode;
      env.executionId = saved.executionId;
    }
  }
}

// In Apps Script, Date's local time (getHours, toString …) is the script's time zone from the
// manifest. V8 takes it from the process, so an execution sets TZ and puts it back afterwards
// (Node applies a TZ change immediately; executions are synchronous, so nothing else sees it).
function setProcessZone(zone: string): void {
  if (isKnownZone(zone) && !/^(GMT|UTC)[+-]/i.test(zone)) process.env['TZ'] = zone;
}

function restoreProcessZone(previous: string | undefined): void {
  if (previous === undefined) delete process.env['TZ'];
  else process.env['TZ'] = previous;
}

function modeName(mode: AuthModeName | object): AuthModeName {
  const name = enumName(mode);
  if (name === undefined || !(name in AuthMode)) throw new Error(`emulator: unknown auth mode ${String(mode)}`);
  return name as AuthModeName;
}
