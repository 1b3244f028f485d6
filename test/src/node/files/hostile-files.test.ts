// Files that are not what they claim, generated here: each is refused with its own reason (and
// never hangs, never crashes), or read with what is wrong in it reported.
import { execFileSync } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileReadError, readWorkbookFile } from '../../../../src/node/files/read-workbook.ts';
import { FileLimitError } from '../../../../src/node/files/xlsx/limits.ts';
import { noise, xlsWith } from '../../../helpers/hostile.ts';
import { tempDir, writeWorkbook } from './helpers.ts';

const dir = await tempDir();
const file = async (name: string, bytes: Uint8Array | string): Promise<string> => {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
};
const reasonOf = (path: string) =>
  readWorkbookFile(path).then(
    () => 'read',
    (e: unknown) => (e instanceof FileReadError ? (e.reason?.key ?? e.code) : `not a FileReadError: ${String(e)}`),
  );

describe('files that never end, or are not files', () => {
  it('a FIFO is refused before it is opened (it would block forever)', async () => {
    const fifo = join(dir, 'pipe.csv');
    execFileSync('mkfifo', [fifo]);
    expect(await reasonOf(fifo)).toBe('notRegular');
  });

  it('/dev/zero is a device, not "empty (0 bytes)"', async () => {
    expect(await reasonOf('/dev/zero')).toBe('notRegular');
  });

  it('a folder, a symbolic link to itself, a missing file', async () => {
    await mkdir(join(dir, 'folder.xlsx'));
    await symlink('loop.csv', join(dir, 'loop.csv'));
    expect([
      await reasonOf(join(dir, 'folder.xlsx')),
      await reasonOf(join(dir, 'loop.csv')),
      await reasonOf(join(dir, 'nope.csv')),
    ]).toEqual(['folder', 'linkLoop', 'notFound']);
  });
});

describe('workbooks with nothing to read', () => {
  it.each([1, 7, 99])('an .xls whose Workbook stream is garbage (seed %i)', async (seed) => {
    expect(await reasonOf(await file(`garbage-${seed}.xls`, xlsWith(noise(20_000, seed))))).toBe('xlsGarbage');
  });

  it('an .xls whose stream starts like BIFF8 and then is garbage', async () => {
    const stream = Buffer.alloc(2000, 0x41);
    stream.writeUInt16LE(0x0809, 0);
    stream.writeUInt16LE(16, 2);
    stream.writeUInt16LE(0x0600, 4);
    stream.writeUInt16LE(0x0005, 6);
    expect(await reasonOf(await file('biff-then-garbage.xls', xlsWith(stream)))).toBe('xlsGarbage');
  });

  it('a 0-row workbook: an .xlsx with empty sheets, a CSV of only separators and blank lines', async () => {
    const empty = await writeWorkbook(join(dir, 'empty.xlsx'), (wb) => {
      wb.addWorksheet('住户登记');
      wb.addWorksheet('Sheet2');
    });
    expect(await reasonOf(empty)).toBe('emptyWorkbook');
    expect(await reasonOf(await file('commas.csv', ',,,\n\n , \n'))).toBe('read');
    expect(await reasonOf(await file('separators.csv', ',,,\n\n,,\n'))).toBe('emptyWorkbook');
  });
});

describe('NUL bytes: the same rule wherever they are', () => {
  const register = (rows: number) => `小区,楼号,门牌号\n${Array.from({ length: rows }, (_, i) => `金都小区,1,${101 + i}`).join('\n')}\n`;

  it('a stray NUL is text with a control character in its cell, in the first 8 KB or far after it', async () => {
    const early = register(5).replace('金都小区,1,102', '金都\0小区,1,102');
    const late = register(5000).replace('金都小区,1,5100', '金都\0小区,1,5100');
    expect(Buffer.byteLength(late.slice(0, late.indexOf('\0')))).toBeGreaterThan(64 * 1024);
    for (const [name, text] of [
      ['early.csv', early],
      ['late.csv', late],
    ] as const) {
      const read = await readWorkbookFile(await file(name, text));
      expect(read.sheets[0]!.values.flat().filter((c) => typeof c === 'string' && c.includes('\0'))).toEqual(['金都\0小区']);
    }
  });

  it('a file with a block dense with NULs is binary, in its first 8 KB or far after it', async () => {
    const binary = (text: string) => text.replace(/,/g, ',\0\0');
    const early = binary(register(50)) + register(5000);
    const late = register(5000) + binary(register(50));
    expect(await reasonOf(await file('nul-early.csv', early))).toBe('binary');
    expect(await reasonOf(await file('nul-late.csv', late))).toBe('binary');
  });
});

describe("a CSV past the limits of one file (the .xlsx reader's)", () => {
  it('a row wider than Excel is refused as a FileLimitError naming the row and its width', async () => {
    const wide = await file('wide.csv', `小区,楼号\n${'a,'.repeat(20_000)}a\n`);
    const error = await readWorkbookFile(wide).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileLimitError);
    expect(error).toMatchObject({ limit: 'columns', found: 20_001, reason: { key: 'limitColumns' } });
    expect((error as Error).message).toContain('row 2 has 20,001 columns, beyond the limit of 16,384');
  });

  it('an unclosed quote is kept with the sheet as a problem of the file, the rows after it read', async () => {
    const read = await readWorkbookFile(await file('quote.csv', '小区,楼号,门牌号\n金都小区,1,101\n"金都小区,2,102\n金都小区,3,103\n'));
    expect(read.sheets[0]).toEqual({
      name: 'quote',
      values: [
        ['小区', '楼号', '门牌号'],
        ['金都小区', '1', '101'],
        ['金都小区', '2', '102'],
        ['金都小区', '3', '103'],
      ],
      problems: [{ code: 'unclosed-quote', row: 3, column: 'A', value: '金都小区' }],
    });
  });
});
