import { stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { FILE_THINGS } from '../../../lib/i18n/files.ts';
import { writeError, type FileWriteError } from './errors.ts';

/**
 * Checks, before any work, that `path` can take a new summary workbook: an .xlsx name, not a folder,
 * a pipe or a device, not a link loop, in a folder that exists. Whether an existing file there is
 * paicha's own is the writer's to judge. Resolves when it can; rejects with a FileWriteError saying why.
 */
export async function checkOutputPath(path: string, suggestedName: string): Promise<void> {
  const info = await stat(path).catch((e: NodeJS.ErrnoException) => e);
  if (info instanceof Error) {
    if (info.code === 'ELOOP') throw writeError(path, 'io', 'linkLoop', {}, info);
    if (info.code === 'ENOTDIR') throw writeError(path, 'io', 'folderMissing', {}, info);
    if (info.code !== 'ENOENT') return;
    if (extname(path).toLowerCase() !== '.xlsx') throw badExtension(path);
    const parent = await stat(dirname(path)).catch((e: NodeJS.ErrnoException) => e);
    if (parent instanceof Error || !parent.isDirectory())
      throw writeError(path, 'io', 'folderMissing', {}, parent instanceof Error ? parent : undefined);
    return;
  }
  if (info.isDirectory()) throw writeError(path, 'not-paicha-output', 'outFolder', { suggestion: join(path, suggestedName) });
  if (!info.isFile()) {
    throw writeError(path, 'not-paicha-output', 'notRegular', {
      what: info.isFIFO() ? FILE_THINGS.fifo : info.isSocket() ? FILE_THINGS.socket : FILE_THINGS.device,
    });
  }
  if (extname(path).toLowerCase() !== '.xlsx') throw badExtension(path);
}

const badExtension = (path: string): FileWriteError => writeError(path, 'bad-extension', 'badExtension', { name: basename(path) });
