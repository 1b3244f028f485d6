import { READ_WORDS, type ReadReason } from '../../../lib/i18n/files.ts';
import { fill } from '../../../lib/i18n/locale.ts';
import { paramsIn, type ReasonParams } from './errors.ts';
import { FileLimitError, type XlsxLimit } from './xlsx/limits.ts';

// The limits of one file are the .xlsx reader's (xlsx/limits.ts), applied to every format: a CSV or
// an .xls beyond them is refused with the same error type and the same figures.

/** A {@link FileLimitError} worded from lib/i18n/files.ts, so the CLI can say it in any locale. */
export function limitError(path: string, limit: XlsxLimit, found: number, key: ReadReason, params: ReasonParams): FileLimitError {
  const en = paramsIn(params, 'en');
  const words = READ_WORDS[key];
  // FileLimitError appends the final full stop to what to do.
  const e = new FileLimitError(path, limit, found, fill(words.why.en, en), fill(words.todo.en, en).replace(/\.$/, ''));
  e.reason = { key, params };
  return e;
}

/** 536870912 → '512 MB'. */
export const megabytes = (bytes: number): string => `${Math.round(bytes / 1024 / 1024).toLocaleString('en')} MB`;
