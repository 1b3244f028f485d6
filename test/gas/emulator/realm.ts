// The JavaScript realm an emulated Apps Script execution runs in: a bare `vm` context that holds the
// ECMAScript built-ins and nothing from Node. Values handed to script code (arrays from getValues,
// Dates, thrown exceptions) are built with this realm's constructors so `instanceof` checks in the
// bundle behave as they do in Apps Script.
import vm from 'node:vm';
import { types } from 'node:util';

export type IcuMode = 'full' | 'none';

export interface Realm {
  readonly context: vm.Context;
  readonly global: Record<string, unknown>;
  readonly Array: ArrayConstructor;
  readonly Date: DateConstructor;
  readonly Error: ErrorConstructor;
  readonly Object: ObjectConstructor;
  readonly Function: FunctionConstructor;
}

/**
 * Host globals that Apps Script does not provide. A fresh vm context already lacks the Node ones;
 * V8 adds its own inspector `console`, which is replaced by the emulated one. The list is checked
 * by the tests, so a Node upgrade that leaks one into contexts is caught.
 */
export const FORBIDDEN_GLOBALS = [
  'process',
  'require',
  'module',
  'exports',
  'global',
  'Buffer',
  'setTimeout',
  'setInterval',
  'setImmediate',
  'clearTimeout',
  'clearInterval',
  'clearImmediate',
  'queueMicrotask',
  'structuredClone',
  'TextEncoder',
  'TextDecoder',
  'URL',
  'URLSearchParams',
  'atob',
  'btoa',
  'fetch',
  'AbortController',
  'performance',
  'crypto',
] as const;

/** `now`: a pinned clock (ms since the epoch) for `new Date()` and `Date.now()`; the real clock otherwise. */
export function createRealm(icu: IcuMode = 'full', now?: number): Realm {
  const context = vm.createContext({}, { name: 'apps-script' });
  const global = vm.runInContext('globalThis', context) as Record<string, unknown>;
  delete global['console'];
  for (const name of FORBIDDEN_GLOBALS) delete global[name];
  if (icu === 'none') stripIcu(context);
  if (now !== undefined) pinClock(context, now);
  const pick = <T>(name: string): T => global[name] as T;
  return {
    context,
    global,
    Array: pick('Array'),
    Date: pick('Date'),
    Error: pick('Error'),
    Object: pick('Object'),
    Function: pick('Function'),
  };
}

// Whether Apps Script's V8 carries full ICU data cannot be checked from here (DESIGN.md), so a test
// can run the bundle with every ICU-backed entry point missing and prove lib/ does not need them.
function stripIcu(context: vm.Context): void {
  vm.runInContext(
    `(() => {
      delete globalThis.Intl;
      const missing = (name) => function () {
        throw new Error(name + ' needs ICU data, which this emulated runtime was started without (icu: "none")');
      };
      const patch = (proto, names, owner) => {
        for (const n of names) Object.defineProperty(proto, n, { value: missing(owner + '.prototype.' + n), writable: true, configurable: true });
      };
      patch(String.prototype, ['normalize', 'localeCompare', 'toLocaleUpperCase', 'toLocaleLowerCase'], 'String');
      patch(Number.prototype, ['toLocaleString'], 'Number');
      patch(BigInt.prototype, ['toLocaleString'], 'BigInt');
      patch(Array.prototype, ['toLocaleString'], 'Array');
      patch(Date.prototype, ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString'], 'Date');
    })()`,
    context,
  );
}

// A test needs the add-on's "now" (its as-of moment) to be the one other adapters are given. The
// constructor stays the realm's own (a Proxy), so every Date, old or new, is still `instanceof Date`.
function pinClock(context: vm.Context, now: number): void {
  vm.runInContext(
    `(() => {
      const RealDate = Date;
      globalThis.Date = new Proxy(RealDate, {
        construct: (target, args, newTarget) => Reflect.construct(target, args.length === 0 ? [${now}] : args, newTarget),
        apply: (target, self, args) => new RealDate(${now}).toString(),
        get: (target, key) => (key === 'now' ? () => ${now} : Reflect.get(target, key)),
      });
    })()`,
    context,
  );
}

/** Dates from any realm (the vm's or Node's). */
export const isDate = (value: unknown): value is Date => types.isDate(value);

/** A plain (non-array) object from any realm. */
export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !types.isDate(value);

export function realmArray<T>(realm: Realm, items: Iterable<T>): T[] {
  const out = new realm.Array<T>();
  for (const item of items) out.push(item);
  return out;
}

export function realmObject(realm: Realm, entries: Iterable<readonly [string, unknown]>): Record<string, unknown> {
  const out = new realm.Object() as Record<string, unknown>;
  for (const [k, v] of entries) out[k] = v;
  return out;
}

/**
 * Apps Script service errors: `e.name` is "Exception" and `String(e)` reads "Exception: <message>",
 * as the execution log shows them.
 */
export function exception(realm: Realm, message: string): Error {
  const error = new realm.Error(message);
  error.name = 'Exception';
  return error;
}
