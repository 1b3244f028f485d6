import { chmod, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../../src/node/files/atomic.ts';
import { FileWriteError } from '../../../../src/node/files/errors.ts';
import { tempDir } from './helpers.ts';

const dir = await tempDir();
const OLD = Buffer.from('the old workbook, whole');

describe('writeFileAtomic', () => {
  it('replaces the file with the new bytes and leaves nothing behind', async () => {
    const path = join(dir, 'a.xlsx');
    await writeFile(path, OLD);
    await writeFileAtomic(path, Buffer.from('new'));
    expect(await readFile(path, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['a.xlsx']);
  });

  it('creates a file that did not exist', async () => {
    const path = join(dir, 'fresh.xlsx');
    await writeFileAtomic(path, new Uint8Array([1, 2, 3]));
    expect([...(await readFile(path))]).toEqual([1, 2, 3]);
  });

  it('leaves the old file whole when the writer fails midway', async () => {
    const path = join(dir, 'b.xlsx');
    await writeFile(path, OLD);
    const failing = async (file: import('node:fs/promises').FileHandle): Promise<void> => {
      await file.write(Buffer.from('half of the new wor'));
      throw new Error('disk unplugged');
    };
    await expect(writeFileAtomic(path, failing)).rejects.toThrow('disk unplugged');
    expect(await readFile(path)).toEqual(OLD);
    expect((await readdir(dir)).filter((n) => n.startsWith('.b.xlsx'))).toEqual([]);
  });

  it('streams content through a writer function', async () => {
    const path = join(dir, 'c.xlsx');
    await writeFileAtomic(path, async (file) => {
      await file.write('part 1, ');
      await file.write('part 2');
    });
    expect(await readFile(path, 'utf8')).toBe('part 1, part 2');
  });

  it('keeps the permissions of the file it replaces', async () => {
    const path = join(dir, 'd.xlsx');
    await writeFile(path, OLD);
    await chmod(path, 0o640);
    await writeFileAtomic(path, Buffer.from('new'));
    expect((await stat(path)).mode & 0o777).toBe(0o640);
  });

  it('says what to do when the folder does not exist', async () => {
    const error = await writeFileAtomic(join(dir, 'missing', 'e.xlsx'), Buffer.from('x')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileWriteError);
    expect((error as Error).message).toMatch(/folder does not exist/);
  });
});
