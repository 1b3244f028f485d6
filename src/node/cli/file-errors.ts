import { FILE_FRAME, FILE_THINGS, READ_WORDS, WRITE_WORDS, type FileWords } from '../../../lib/i18n/files.ts';
import { fill, type Locale } from '../../../lib/i18n/locale.ts';
import { ioFailure } from '../files/read-workbook.ts';
import { FileReadError, FileWriteError, paramsIn, type FileReadErrorCode, type FileWriteErrorCode } from '../files/errors.ts';
import { megabytes } from '../files/limit-errors.ts';
import { FileLimitError, XLSX_LIMITS, type XlsxLimit } from '../files/xlsx/limits.ts';

// Every error a file can cause, in the user's locale: the words of lib/i18n/files.ts chosen by the
// error's reason, else by its code. A library's own words never reach the user; an error that is no
// file's fault says it is paicha's.

// Errors made before the reasons existed (the .xlsx reader's, the writers') are worded by code.
const BY_READ_CODE: Readonly<Record<FileReadErrorCode, FileWords>> = {
  'not-found': READ_WORDS.notFound,
  empty: READ_WORDS.empty,
  'unsupported-format': READ_WORDS.binary,
  encrypted: READ_WORDS.encrypted,
  corrupt: READ_WORDS.corrupt,
  encoding: READ_WORDS.encoding,
  'too-large': READ_WORDS.limitUnpacked,
  io: READ_WORDS.io,
};

const BY_WRITE_CODE: Readonly<Record<FileWriteErrorCode, FileWords>> = {
  'would-overwrite-input': WRITE_WORDS.overwriteInput,
  'not-paicha-output': WRITE_WORDS.notPaichaOutput,
  'in-place-unsupported': WRITE_WORDS.inPlaceUnsupported,
  'bad-extension': WRITE_WORDS.badExtension,
  busy: WRITE_WORDS.busy,
  io: WRITE_WORDS.io,
};

const LIMIT_WORDS: Readonly<Record<XlsxLimit, FileWords>> = {
  partBytes: READ_WORDS.limitUnpacked,
  totalBytes: READ_WORDS.limitUnpacked,
  rows: READ_WORDS.limitSheet,
  columns: READ_WORDS.limitSheet,
  cells: READ_WORDS.limitCells,
};

const n = (x: number): string => x.toLocaleString('en');

/** The message of a file error in a locale; undefined when the error is not about a file. */
export function fileErrorMessage(e: unknown, locale: Locale): string | undefined {
  if (e instanceof FileReadError) {
    if (e.reason) return frame('read', e.path, READ_WORDS[e.reason.key], paramsIn(e.reason.params, locale), locale);
    if (e instanceof FileLimitError) return frame('read', e.path, LIMIT_WORDS[e.limit], limitParams(e, locale), locale);
    return frame(
      'read',
      e.path,
      BY_READ_CODE[e.code],
      { format: FILE_THINGS.file[locale], errno: errnoOf(e) ?? e.code, limit: megabytes(XLSX_LIMITS.totalBytes) },
      locale,
    );
  }
  if (e instanceof FileWriteError) {
    const words = e.reason ? (WRITE_WORDS[e.reason.key] as FileWords) : writeWords(e);
    const params = e.reason ? paramsIn(e.reason.params, locale) : { errno: errnoOf(e) ?? e.code, sheets: '' };
    return frame('write', e.path, words, params, locale);
  }
  // A file-system error that reached here unwrapped: said by its errno, for the path it names.
  const errno = e instanceof Error ? errnoOf(e) : undefined;
  const path = (e as NodeJS.ErrnoException | null)?.path;
  if (errno !== undefined && typeof path === 'string') {
    const syscall = (e as NodeJS.ErrnoException).syscall ?? '';
    return fileErrorMessage(
      /^(write|rename|mkdir|unlink|copyfile|symlink|link|rmdir)/.test(syscall) ? writeFailure(path, e) : ioFailure(path, e),
      locale,
    );
  }
  return undefined;
}

function writeFailure(path: string, e: unknown): FileWriteError {
  const f = new FileWriteError(path, 'io', 'writing failed', 'Check the disk and the folder.', { cause: e });
  return f;
}

function frame(kind: 'read' | 'write', file: string, words: FileWords, params: Record<string, string | number>, locale: Locale): string {
  return fill(FILE_FRAME[kind][locale], {
    file,
    why: fill(words.why[locale], params),
    todo: fill(words.todo[locale], params),
  });
}

// A writer's FileWriteError without a reason: its cause's errno tells the finer reason.
function writeWords(e: FileWriteError): FileWords {
  switch (errnoOf(e)) {
    case 'EACCES':
    case 'EROFS':
      return WRITE_WORDS.permission;
    case 'ENOENT':
    case 'ENOTDIR':
      return WRITE_WORDS.folderMissing;
    case 'ENOSPC':
    case 'EDQUOT':
      return WRITE_WORDS.diskFull;
    case 'ELOOP':
      return WRITE_WORDS.linkLoop;
    case 'EISDIR':
      return WRITE_WORDS.outFolder;
    default:
      return e.message.includes('holds sheets paicha did not create') ? WRITE_WORDS.userSheets : BY_WRITE_CODE[e.code];
  }
}

function limitParams(e: FileLimitError, locale: Locale): Record<string, string> {
  const limit = e.limit === 'partBytes' || e.limit === 'totalBytes' ? megabytes(XLSX_LIMITS[e.limit]) : n(XLSX_LIMITS[e.limit]);
  return { found: n(e.found), limit, where: FILE_THINGS.file[locale] };
}

function errnoOf(e: Error): string | undefined {
  let c: unknown = e;
  for (let depth = 0; depth < 4 && c instanceof Error; depth++) {
    const code = (c as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return code;
    c = c.cause;
  }
  return undefined;
}

/** An error that is neither the user's (usage) nor a file's: paicha's own, said as such, with its text. */
export function internalErrorMessage(e: unknown, locale: Locale): string {
  const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return fill(FILE_FRAME.internal[locale], { detail });
}
