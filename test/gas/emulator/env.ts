// State shared by every emulated service object, and the one place where a call from script code
// is counted, costed and checked against the authorization mode (instrument()).
import { SERVICE_OF, isLocal, refusal, type AuthState } from './auth.ts';
import type { ButtonName, ButtonSetName } from './enums.ts';
import { Meter, type CostModel } from './meter.ts';
import type { DocumentModel, LockOwner } from './model.ts';
import { createRealm, exception, isDate, realmArray, type IcuMode, type Realm } from './realm.ts';

export type MenuItemRecord =
  | { readonly type: 'item'; readonly caption: string; readonly functionName: string }
  | { readonly type: 'separator' }
  | { readonly type: 'submenu'; readonly caption: string; readonly items: readonly MenuItemRecord[] };

export interface MenuRecord {
  /**
   * 'addon' for Ui.createAddonMenu() (shown under Extensions → the project's name for a bound script),
   * 'custom' for Ui.createMenu(caption) (its own menu beside Help).
   */
  readonly kind: 'addon' | 'custom';
  readonly caption: string | null;
  readonly items: readonly MenuItemRecord[];
}

export interface DialogRecord {
  readonly kind: 'sidebar' | 'modal' | 'modeless';
  readonly title: string;
  readonly content: string;
  readonly width: number | undefined;
  readonly height: number | undefined;
}

export interface LogRecord {
  readonly source: 'Logger' | 'console.log' | 'console.info' | 'console.warn' | 'console.error';
  readonly message: string;
}

export interface Records {
  menus: MenuRecord[];
  alerts: { title: string | undefined; prompt: string; buttons: ButtonSetName; response: ButtonName }[];
  prompts: { title: string | undefined; prompt: string; buttons: ButtonSetName; response: ButtonName; text: string }[];
  toasts: { message: string; title: string; timeoutSeconds: number }[];
  dialogs: DialogRecord[];
  logs: LogRecord[];
  /** Calls refused by the authorization mode or the manifest's scopes. */
  denied: { call: string; message: string }[];
}

/** A queued answer for the next alert or prompt. */
export interface UiResponse {
  readonly button?: ButtonName;
  readonly text?: string;
}

export interface EnvOptions {
  readonly icu: IcuMode;
  readonly cost: Partial<CostModel> | undefined;
  readonly doc: DocumentModel;
  readonly scriptTimeZone: string;
  readonly userLocale: string;
  readonly userEmail: string;
  readonly scriptId: string;
  readonly projectName: string;
  readonly now?: number | undefined;
}

export class Env {
  realm: Realm;
  readonly icu: IcuMode;
  /** A pinned clock (ms), or undefined for the real one. */
  readonly now: number | undefined;
  readonly meter: Meter;
  readonly auth: AuthState = { mode: 'FULL', scopes: undefined };
  doc: DocumentModel;
  readonly records: Records = { menus: [], alerts: [], prompts: [], toasts: [], dialogs: [], logs: [], denied: [] };
  readonly uiResponses: UiResponse[] = [];
  readonly scriptProperties = new Map<string, string>();
  readonly userProperties = new Map<string, string>();
  readonly locks: { script: LockOwner | undefined; user: LockOwner | undefined } = { script: undefined, user: undefined };
  readonly htmlFiles = new Map<string, string>();
  scriptTimeZone: string;
  userLocale: string;
  userEmail: string;
  readonly scriptId: string;
  /** The script project's name: a bound script's add-on menu is under Extensions → this name. */
  projectName: string;
  /** The running execution (runtime.ts); 0 when a test calls services directly. */
  executionId = 0;
  readonly #wrapped = new WeakMap<object, { kind: string; target: object }>();

  constructor(options: EnvOptions) {
    this.icu = options.icu;
    this.now = options.now;
    this.realm = createRealm(options.icu, options.now);
    this.meter = new Meter(options.cost, () => this.fail('Exceeded maximum execution time'));
    this.doc = options.doc;
    this.scriptTimeZone = options.scriptTimeZone;
    this.userLocale = options.userLocale;
    this.userEmail = options.userEmail;
    this.scriptId = options.scriptId;
    this.projectName = options.projectName;
  }

  /**
   * The object script code sees: every method call is counted under `Kind.method`, refused when
   * the authorization mode or scopes forbid it, and costed. Methods run on the unwrapped target so
   * facades keep their state in #private fields out of the script's reach.
   */
  wrap<T extends object>(kind: string, target: T): T {
    const proxy: T = new Proxy(target, {
      get: (t, prop) => {
        const v: unknown = Reflect.get(t, prop);
        if (typeof v !== 'function' || typeof prop === 'symbol' || UNCOUNTED.has(prop)) return v;
        const fn = v as (...args: unknown[]) => unknown;
        return (...args: unknown[]): unknown => {
          this.enter(kind, prop);
          const result = fn.apply(t, args);
          return result === t ? proxy : result;
        };
      },
    });
    this.#wrapped.set(proxy, { kind, target });
    return proxy;
  }

  /** The facade behind a value script code passed in, when it is one of `kind`. */
  unwrap<T extends object>(kind: string, value: unknown): T | undefined {
    if (typeof value !== 'object' || value === null) return undefined;
    const entry = this.#wrapped.get(value);
    return entry?.kind === kind ? (entry.target as T) : undefined;
  }

  enter(kind: string, method: string): void {
    const key = `${kind}.${method}`;
    this.meter.count(key, isLocal(kind, method));
    const message = refusal(this.auth, kind, method);
    if (message !== undefined) {
      this.records.denied.push({ call: key, message });
      throw this.fail(message);
    }
  }

  fail(message: string): Error {
    return exception(this.realm, message);
  }

  /** Apps Script's error for arguments no overload accepts. */
  badArguments(kind: string, method: string, args: readonly unknown[]): Error {
    const service = SERVICE_OF[kind] ?? kind;
    const owner = service === kind ? kind : `${service}.${kind}`;
    return this.fail(
      `The parameters (${args.map((a) => this.#typeName(a)).join(',')}) don't match the method signature for ${owner}.${method}.`,
    );
  }

  #typeName(value: unknown): string {
    if (value === null || value === undefined) return 'null';
    if (typeof value === 'string') return 'String';
    if (typeof value === 'number') return 'number';
    if (typeof value === 'boolean') return 'Boolean';
    if (isDate(value)) return 'Date';
    if (Array.isArray(value)) return `${value.length > 0 ? this.#typeName(value[0]) : 'Object'}[]`;
    const entry = this.#wrapped.get(value as object);
    if (entry) return `${SERVICE_OF[entry.kind] ?? entry.kind}.${entry.kind}`;
    return 'Object';
  }

  arr<T>(items: Iterable<T>): T[] {
    return realmArray(this.realm, items);
  }

  date(ms: number): Date {
    return new this.realm.Date(ms);
  }
}

const UNCOUNTED: ReadonlySet<string> = new Set(['toString', 'valueOf', 'toJSON', 'constructor']);
