import { ByteBudget } from './limits.ts';
import { ZipParts } from './zip-read.ts';

/**
 * Inflates every part once, counting bytes and keeping none, so a file the fast reader declines
 * meets the same byte limits before ExcelJS (which has none) reads it. A zip paicha cannot list
 * itself is left to ExcelJS, which says what is wrong with it.
 */
export async function checkInflatedSizes(path: string): Promise<void> {
  const zip = await ZipParts.open(path, new ByteBudget(path)).catch(() => undefined);
  if (zip === undefined) return;
  try {
    for (const entry of zip.entries) {
      if ((entry.flags & 1) !== 0 || (entry.method !== 0 && entry.method !== 8)) continue;
      for await (const chunk of zip.chunks(entry)) void chunk;
    }
  } finally {
    await zip.close();
  }
}
