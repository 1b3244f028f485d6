import { READ_WORDS, WRITE_WORDS, type ReadReason, type WriteReason } from '../../../lib/i18n/files.ts';
import { fill, type Locale, type Words } from '../../../lib/i18n/locale.ts';

/** Why a file could not be read; the CLI may word it in the user's locale from the code. */
export type FileReadErrorCode = 'not-found' | 'empty' | 'unsupported-format' | 'encrypted' | 'corrupt' | 'encoding' | 'too-large' | 'io';

/** Why paicha refused to write, or could not. */
export type FileWriteErrorCode = 'would-overwrite-input' | 'not-paicha-output' | 'in-place-unsupported' | 'bad-extension' | 'busy' | 'io';

/** Params of a reason's words (lib/i18n/files.ts): text, numbers already formatted, or words in every locale. */
export type ReasonParams = Readonly<Record<string, string | number | Words>>;

/** The params in one locale. */
export function paramsIn(params: ReasonParams, locale: Locale): Record<string, string | number> {
  const flat: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) if (typeof v !== 'object') flat[k] = v;
  // Words may hold placeholders of their own (第 {row} 行), filled from the plain params.
  const out: Record<string, string | number> = { ...flat };
  for (const [k, v] of Object.entries(params)) if (typeof v === 'object') out[k] = fill(v[locale], flat);
  return out;
}

/** A file paicha cannot read. The message says which file, why, and what to do. */
export class FileReadError extends Error {
  /** The words of lib/i18n/files.ts that say this in every locale; absent on older errors (worded by code). */
  reason: { readonly key: ReadReason; readonly params: ReasonParams } | undefined;

  constructor(
    readonly path: string,
    readonly code: FileReadErrorCode,
    why: string,
    todo: string,
    options?: { cause?: unknown },
  ) {
    super(`Cannot read ${path}: ${why}. ${todo}`, options);
    this.name = 'FileReadError';
  }
}

/** A file paicha will not or cannot write. The message says which file, why, and what to do. */
export class FileWriteError extends Error {
  /** The words of lib/i18n/files.ts that say this in every locale; absent on older errors (worded by code). */
  reason: { readonly key: WriteReason; readonly params: ReasonParams } | undefined;

  constructor(
    readonly path: string,
    readonly code: FileWriteErrorCode,
    why: string,
    todo: string,
    options?: { cause?: unknown },
  ) {
    super(`Cannot write ${path}: ${why}. ${todo}`, options);
    this.name = 'FileWriteError';
  }
}

const english = (words: { why: Words; todo: Words }, params: ReasonParams) => ({
  why: fill(words.why.en, paramsIn(params, 'en')),
  todo: fill(words.todo.en, paramsIn(params, 'en')),
});

/** A FileReadError worded from lib/i18n/files.ts (its message is the English one). */
export function readError(
  path: string,
  code: FileReadErrorCode,
  key: ReadReason,
  params: ReasonParams = {},
  cause?: unknown,
): FileReadError {
  const { why, todo } = english(READ_WORDS[key], params);
  const e = new FileReadError(path, code, why, todo, cause === undefined ? undefined : { cause });
  e.reason = { key, params };
  return e;
}

/** A FileWriteError worded from lib/i18n/files.ts (its message is the English one). */
export function writeError(
  path: string,
  code: FileWriteErrorCode,
  key: WriteReason,
  params: ReasonParams = {},
  cause?: unknown,
): FileWriteError {
  const { why, todo } = english(WRITE_WORDS[key], params);
  const e = new FileWriteError(path, code, why, todo, cause === undefined ? undefined : { cause });
  e.reason = { key, params };
  return e;
}
