// PropertiesService and LockService: the per-document, per-script and per-user state a script keeps
// between executions, and the locks that serialize executions.
// https://developers.google.com/apps-script/reference/properties/properties-service
// https://developers.google.com/apps-script/reference/lock/lock
// Document properties and the document lock belong to the emulated spreadsheet; script and user
// ones to the emulator. A lock is held by an execution (runtime.ts numbers them) and is released
// when that execution ends, as Apps Script does; tests simulate a concurrent execution holding a
// lock with Emulator.locks.hold().
import type { Env } from './env.ts';
import type { LockOwner } from './model.ts';
import { realmObject } from './realm.ts';

export function makePropertiesService(env: Env): unknown {
  const props = (store: Map<string, string>): unknown => env.wrap('Properties', new PropertiesFacade(env, store));
  return env.wrap('PropertiesService', {
    getDocumentProperties: () => props(env.doc.properties),
    getScriptProperties: () => props(env.scriptProperties),
    getUserProperties: () => props(env.userProperties),
    toString: () => 'PropertiesService',
  });
}

export class PropertiesFacade {
  readonly #env: Env;
  readonly #store: Map<string, string>;

  constructor(env: Env, store: Map<string, string>) {
    this.#env = env;
    this.#store = store;
  }

  getProperty(key: unknown): string | null {
    return this.#store.get(String(key)) ?? null;
  }
  getProperties(): Record<string, unknown> {
    return realmObject(this.#env.realm, this.#store);
  }
  getKeys(): string[] {
    return this.#env.arr(this.#store.keys());
  }
  setProperty(key: unknown, value: unknown): this {
    if (typeof key !== 'string') throw this.#env.badArguments('Properties', 'setProperty', [key, value]);
    this.#store.set(key, String(value));
    return this;
  }
  setProperties(properties: unknown, deleteAllOthers?: unknown): this {
    if (typeof properties !== 'object' || properties === null) throw this.#env.badArguments('Properties', 'setProperties', [properties]);
    if (deleteAllOthers === true) this.#store.clear();
    for (const [k, v] of Object.entries(properties)) this.#store.set(k, String(v));
    return this;
  }
  deleteProperty(key: unknown): this {
    this.#store.delete(String(key));
    return this;
  }
  deleteAllProperties(): this {
    this.#store.clear();
    return this;
  }
  toString(): string {
    return 'Properties';
  }
}

export type LockScope = 'document' | 'script' | 'user';

export function lockOwner(env: Env, scope: LockScope): LockOwner | undefined {
  return scope === 'document' ? env.doc.lockOwner : env.locks[scope];
}

export function setLockOwner(env: Env, scope: LockScope, owner: LockOwner | undefined): void {
  if (scope === 'document') env.doc.lockOwner = owner;
  else env.locks[scope] = owner;
}

/** Frees every lock the execution holds; runtime.ts calls it when an execution ends. */
export function releaseLocksOf(env: Env, executionId: number): void {
  for (const scope of ['document', 'script', 'user'] as const) {
    if (lockOwner(env, scope) === executionId) setLockOwner(env, scope, undefined);
  }
}

export function makeLockService(env: Env): unknown {
  const lock = (scope: LockScope): unknown => env.wrap('Lock', new LockFacade(env, scope));
  return env.wrap('LockService', {
    getDocumentLock: () => lock('document'),
    getScriptLock: () => lock('script'),
    getUserLock: () => lock('user'),
    toString: () => 'LockService',
  });
}

export class LockFacade {
  readonly #env: Env;
  readonly #scope: LockScope;
  #held = false;

  constructor(env: Env, scope: LockScope) {
    this.#env = env;
    this.#scope = scope;
  }

  /** Waits up to the timeout (virtual time) and reports whether the lock was acquired. */
  tryLock(timeoutInMillis: unknown): boolean {
    if (typeof timeoutInMillis !== 'number' || timeoutInMillis < 0) throw this.#env.badArguments('Lock', 'tryLock', [timeoutInMillis]);
    const owner = lockOwner(this.#env, this.#scope);
    if (owner === undefined || owner === this.#env.executionId) {
      setLockOwner(this.#env, this.#scope, this.#env.executionId);
      this.#held = true;
      return true;
    }
    this.#env.meter.spend(timeoutInMillis);
    return false;
  }

  waitLock(timeoutInMillis: unknown): void {
    if (!this.tryLock(timeoutInMillis)) throw this.#env.fail('Lock timeout: another process was holding the lock for too long.');
  }

  releaseLock(): void {
    if (this.#held && lockOwner(this.#env, this.#scope) === this.#env.executionId) setLockOwner(this.#env, this.#scope, undefined);
    this.#held = false;
  }

  hasLock(): boolean {
    return this.#held && lockOwner(this.#env, this.#scope) === this.#env.executionId;
  }

  toString(): string {
    return 'Lock';
  }
}
