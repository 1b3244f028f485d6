import { randomBytes } from 'node:crypto';
import { open, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { FileWriteError } from './errors.ts';

/** The bytes to write, or a function that writes them into the open temporary file. */
export type FileContent = Uint8Array | ((file: FileHandle) => Promise<void>);

/**
 * Writes `path` so that it is either the old file or the whole new one, never half of either: the
 * content goes to a temporary file in the same directory (same file system, so the rename is
 * atomic), is flushed to disk, and is then renamed over `path`. If anything fails before the rename
 * the temporary file is removed and `path` is untouched. An existing file's permissions are kept.
 */
export async function writeFileAtomic(path: string, content: FileContent): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const mode = await stat(path).then(
    (s) => s.mode & 0o777,
    () => 0o666,
  );
  let file: FileHandle | undefined;
  try {
    file = await open(temp, 'wx', mode);
    if (typeof content === 'function') await content(file);
    else await file.writeFile(content);
    await file.sync();
    await file.close();
    file = undefined;
    await rename(temp, path);
  } catch (error) {
    await file?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw describe(path, error);
  }
  await syncDirectory(dir);
}

// The rename itself is durable only once the directory entry is flushed; not possible on Windows.
async function syncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // best effort
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

function describe(path: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES') {
    return new FileWriteError(
      path,
      code === 'EACCES' ? 'io' : 'busy',
      code === 'EACCES' ? 'permission denied' : 'the file is open in another program or locked',
      code === 'EACCES'
        ? 'Check the folder is writable, or choose another output with --out.'
        : 'Close it (e.g. in Excel or WPS) and run paicha again.',
      { cause: error },
    );
  }
  if (code === 'ENOENT') {
    return new FileWriteError(path, 'io', 'its folder does not exist', 'Create the folder or choose another output with --out.', {
      cause: error,
    });
  }
  if (code === 'ENOSPC') {
    return new FileWriteError(path, 'io', 'the disk is full', 'Free some space and run paicha again; the old file is unchanged.', {
      cause: error,
    });
  }
  return error;
}
