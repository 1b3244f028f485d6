// Developer metadata on the spreadsheet and on sheets, and the finder that searches it.
// https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata
// https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder
// A spreadsheet's finder searches every location in the spreadsheet, a sheet's finder only that
// sheet; getDeveloperMetadata() returns only what sits on the object itself.
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility, enumName, type VisibilityName } from './enums.ts';
import type { Env } from './env.ts';
import type { MetadataModel } from './model.ts';
import { makeSheet } from './sheet.ts';
import { makeSpreadsheet } from './spreadsheet.ts';

const visibilityOf = (v: unknown): VisibilityName | undefined => {
  const name = typeof v === 'object' ? enumName(v) : undefined;
  return name === 'DOCUMENT' || name === 'PROJECT' ? name : undefined;
};

/** addDeveloperMetadata(key), (key, value), (key, visibility), (key, value, visibility). */
export function addMetadata(env: Env, kind: string, sheetId: number | undefined, args: readonly unknown[]): void {
  const [key, a, b] = args;
  let value: string | null = null;
  let visibility: VisibilityName | undefined = 'DOCUMENT';
  if (typeof key !== 'string' || args.length > 3) throw env.badArguments(kind, 'addDeveloperMetadata', args);
  if (args.length === 2) {
    if (typeof a === 'string') value = a;
    else visibility = visibilityOf(a);
  } else if (args.length === 3) {
    if (typeof a !== 'string') throw env.badArguments(kind, 'addDeveloperMetadata', args);
    value = a;
    visibility = visibilityOf(b);
  }
  if (visibility === undefined) throw env.badArguments(kind, 'addDeveloperMetadata', args);
  env.doc.metadata.push({ id: env.doc.newMetadataId(), key, value, visibility, sheetId });
}

export function metadataOn(env: Env, sheetId: number | undefined): unknown[] {
  return env.arr(env.doc.metadata.filter((m) => m.sheetId === sheetId).map((m) => makeMetadata(env, m)));
}

export function makeMetadata(env: Env, model: MetadataModel): DeveloperMetadataFacade {
  return env.wrap('DeveloperMetadata', new DeveloperMetadataFacade(env, model));
}

export function makeFinder(env: Env, scope: number | 'all'): FinderFacade {
  return env.wrap('DeveloperMetadataFinder', new FinderFacade(env, scope));
}

export class DeveloperMetadataFacade {
  readonly #env: Env;
  readonly #model: MetadataModel;

  constructor(env: Env, model: MetadataModel) {
    this.#env = env;
    this.#model = model;
  }

  getId(): number {
    return this.#model.id;
  }
  getKey(): string {
    return this.#model.key;
  }
  getValue(): string | null {
    return this.#model.value;
  }
  getVisibility(): unknown {
    return DeveloperMetadataVisibility[this.#model.visibility];
  }
  getLocation(): unknown {
    return this.#env.wrap('DeveloperMetadataLocation', new LocationFacade(this.#env, this.#model.sheetId));
  }
  setKey(key: unknown): this {
    if (typeof key !== 'string') throw this.#env.badArguments('DeveloperMetadata', 'setKey', [key]);
    this.#model.key = key;
    return this;
  }
  setValue(value: unknown): this {
    this.#model.value = value === null || value === undefined ? null : String(value);
    return this;
  }
  setVisibility(visibility: unknown): this {
    const v = visibilityOf(visibility);
    if (!v) throw this.#env.badArguments('DeveloperMetadata', 'setVisibility', [visibility]);
    this.#model.visibility = v;
    return this;
  }
  remove(): void {
    this.#env.doc.metadata = this.#env.doc.metadata.filter((m) => m !== this.#model);
  }
  toString(): string {
    return 'DeveloperMetadata';
  }
}

class LocationFacade {
  readonly #env: Env;
  readonly #sheetId: number | undefined;

  constructor(env: Env, sheetId: number | undefined) {
    this.#env = env;
    this.#sheetId = sheetId;
  }

  getLocationType(): unknown {
    return this.#sheetId === undefined ? DeveloperMetadataLocationType.SPREADSHEET : DeveloperMetadataLocationType.SHEET;
  }
  getSpreadsheet(): unknown {
    return this.#sheetId === undefined ? makeSpreadsheet(this.#env) : null;
  }
  getSheet(): unknown {
    const sheet = this.#sheetId === undefined ? undefined : this.#env.doc.sheetById(this.#sheetId);
    return sheet ? makeSheet(this.#env, sheet) : null;
  }
  toString(): string {
    return 'DeveloperMetadataLocation';
  }
}

export class FinderFacade {
  readonly #env: Env;
  readonly #scope: number | 'all';
  readonly #tests: ((m: MetadataModel) => boolean)[] = [];

  constructor(env: Env, scope: number | 'all') {
    this.#env = env;
    this.#scope = scope;
  }

  withKey(key: unknown): this {
    return this.#add('withKey', typeof key === 'string', (m) => m.key === key, key);
  }
  withValue(value: unknown): this {
    return this.#add('withValue', typeof value === 'string', (m) => m.value === value, value);
  }
  withId(id: unknown): this {
    return this.#add('withId', typeof id === 'number', (m) => m.id === id, id);
  }
  withVisibility(visibility: unknown): this {
    const v = visibilityOf(visibility);
    return this.#add('withVisibility', v !== undefined, (m) => m.visibility === v, visibility);
  }
  withLocationType(locationType: unknown): this {
    const t = typeof locationType === 'object' ? enumName(locationType) : undefined;
    const ok = t !== undefined && t in DeveloperMetadataLocationType;
    return this.#add('withLocationType', ok, (m) => (m.sheetId === undefined ? 'SPREADSHEET' : 'SHEET') === t, locationType);
  }
  /** Only changes range-scoped searches, which the emulator does not offer. */
  onIntersectingLocations(): this {
    return this;
  }
  find(): unknown[] {
    const scope = this.#scope;
    const found = this.#env.doc.metadata.filter((m) => (scope === 'all' || m.sheetId === scope) && this.#tests.every((t) => t(m)));
    return this.#env.arr(found.map((m) => makeMetadata(this.#env, m)));
  }
  toString(): string {
    return 'DeveloperMetadataFinder';
  }

  #add(method: string, ok: boolean, test: (m: MetadataModel) => boolean, arg: unknown): this {
    if (!ok) throw this.#env.badArguments('DeveloperMetadataFinder', method, [arg]);
    this.#tests.push(test);
    return this;
  }
}
