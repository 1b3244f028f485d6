/** Why a file could not be read; the CLI may word it in the user's locale from the code. */
export type FileReadErrorCode =
  | 'not-found'
  | 'empty'
  | 'unsupported-format'
  | 'encrypted'
  | 'corrupt'
  | 'encoding'
  | 'too-large'
  | 'io';

/** Why paicha refused to write, or could not. */
export type FileWriteErrorCode =
  | 'would-overwrite-input'
  | 'not-paicha-output'
  | 'in-place-unsupported'
  | 'bad-extension'
  | 'busy'
  | 'io';

/** A file paicha cannot read. The message says which file, why, and what to do. */
export class FileReadError extends Error {
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
