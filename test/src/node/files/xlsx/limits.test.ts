// Hostile and huge .xlsx files: each is refused within seconds with a message naming the limit and
// what to do, and nothing close to the file's inflated size is ever held in memory.
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { constants, deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main } from '../../../../../src/node/cli/main.ts';
import { FileLimitError, XLSX_LIMITS } from '../../../../../src/node/files/xlsx/limits.ts';
import { Declined } from '../../../../../src/node/files/xlsx/declined.ts';
import { readXlsxFast } from '../../../../../src/node/files/xlsx/read.ts';
import { readXlsxContents } from '../../../../../src/node/files/read-xlsx.ts';
import { readWorkbookFile } from '../../../../../src/node/files/read-workbook.ts';
import { editXlsx, tempDir, writeWorkbook, writeZip, zipText, type DeflatedPart } from '../helpers.ts';
import { listZipEntries, readZipEntry } from '../../../../../src/node/files/zip.ts';

const dir = await tempDir();
const base = await writeWorkbook(join(dir, 'base.xlsx'), (wb) => {
  const ws = wb.addWorksheet('住户登记');
  ws.addRow(['小区', '楼号', '门牌号', '核查状态']);
  ws.addRow(['金都小区', 12, '301', '入户登记']);
});
const baseSheet = await zipText(base, 'xl/worksheets/sheet1.xml');
const withRows = (rows: string): string => baseSheet.replace('</sheetData>', `${rows}</sheetData>`).replace(/<dimension[^>]*\/>/, '');

/** A part whose deflated form repeats one full-flushed block: tiny on disk, `repeat` × `body` inflated. */
function bombPart(head: string, body: string, repeat: number, tail: string): Buffer {
  const flush = { finishFlush: constants.Z_FULL_FLUSH };
  const block = deflateRawSync(Buffer.from(body), flush);
  return Buffer.concat([deflateRawSync(Buffer.from(head), flush), ...Array<Buffer>(repeat).fill(block), deflateRawSync(Buffer.from(tail))]);
}

/** `base.xlsx` with its sheet part replaced by pre-deflated bytes that state a size of 1,000 bytes. */
async function withDeflatedSheet(name: string, deflated: Buffer): Promise<string> {
  const parts: Record<string, Buffer | DeflatedPart> = {};
  for (const e of (await listZipEntries(base)) ?? []) {
    parts[e.name] = e.name === 'xl/worksheets/sheet1.xml' ? { deflated, statedSize: 1000 } : await readZipEntry(base, e);
  }
  return writeZip(join(dir, name), parts);
}

async function refusal(path: string): Promise<FileLimitError> {
  const error = await readWorkbookFile(path).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(FileLimitError);
  return error as FileLimitError;
}

describe('limits of an .xlsx', () => {
  it('refuses a stray cell at XFD1048576 without building its used range', async () => {
    const path = await editXlsx(base, join(dir, 'stray.xlsx'), {
      'xl/worksheets/sheet1.xml': () => withRows('<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t> </t></is></c></row>'),
    });
    expect((await stat(path)).size).toBeLessThan(10_000);
    const started = performance.now();
    const error = await refusal(path);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(error.limit).toBe('cells');
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('住户登记');
    expect(error.message).toContain('XFD1048576');
    expect(error.message).toMatch(/delete the rows and columns beyond your data/);
  });

  it('refuses used ranges of more than 10 million cells, naming the sheet and the range', async () => {
    const path = await editXlsx(base, join(dir, 'wide.xlsx'), {
      'xl/worksheets/sheet1.xml': () => withRows('<row r="400000"><c r="Z400000"><v>1</v></c></row>'),
    });
    const error = await refusal(path);
    expect(error.limit).toBe('cells');
    expect(error.found).toBe(26 * 400_000);
    expect(error.message).toContain('A1:Z400000');
    expect(error.message).toMatch(/Split the data into several files|split the data into several files/);
  });

  it("refuses a cell beyond Excel's last column", async () => {
    const path = await editXlsx(base, join(dir, 'column.xlsx'), {
      'xl/worksheets/sheet1.xml': () => withRows('<row r="3"><c r="XFE3"><v>1</v></c></row>'),
    });
    expect((await refusal(path)).limit).toBe('columns');
  });

  it("refuses a zip bomb of 60 million rows (8 MB on disk) at Excel's last row", async () => {
    const rows = '<row><c><v>1</v></c></row>'.repeat(1000);
    const path = await withDeflatedSheet('rows-bomb.xlsx', bombPart('<worksheet><sheetData>', rows, 60_000, '</sheetData></worksheet>'));
    expect((await stat(path)).size).toBeLessThan(12_000_000);
    const error = await refusal(path);
    expect(error.limit).toBe('rows');
    expect(error.message).toContain('A1048577');
  });

  it('refuses a part that inflates past 512 MB although the zip says 1 KB', async () => {
    const path = await withDeflatedSheet(
      'bytes-bomb.xlsx',
      bombPart('<worksheet><sheetData>', ' '.repeat(1 << 20), 600, '</sheetData></worksheet>'),
    );
    const used = process.memoryUsage().rss;
    const error = await refusal(path);
    expect(error.limit).toBe('partBytes');
    expect(error.message).toContain('xl/worksheets/sheet1.xml');
    expect(error.message).toContain('512 MB');
    // Whitespace between rows is never carried: nothing near the inflated size was held.
    expect(process.memoryUsage().rss - used).toBeLessThan(200 * 1024 * 1024);
  }, 60_000);

  it('refuses a part the zip itself states is larger than 512 MB before inflating it', async () => {
    const path = await withDeflatedSheet('stated.xlsx', deflateRawSync(Buffer.from(withRows(''))));
    const bytes = await readFile(path);
    // Rewrite the stated size of the sheet part in its central directory entry.
    const at = bytes.indexOf(Buffer.from('xl/worksheets/sheet1.xml'), bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])));
    bytes.writeUInt32LE(XLSX_LIMITS.partBytes + 1, at - 46 + 24);
    await writeFile(path, bytes);
    expect((await refusal(path)).limit).toBe('partBytes');
  });

  it('makes the CLI exit 2 with the message', async () => {
    const path = await editXlsx(base, join(dir, 'stray-cli.xlsx'), {
      'xl/worksheets/sheet1.xml': () => withRows('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'),
    });
    const err: string[] = [];
    const code = await main(['tally', path, '--json'], {
      out: () => undefined,
      err: (t) => void err.push(t),
      isTty: false,
      cwd: dir,
      env: {},
      today: () => '2020-02-03',
    });
    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(/XFD1048576.*Ctrl\+End/s);
  });
});

describe('what the fast reader declines goes to ExcelJS', () => {
  it('cells typed as ISO dates (t="d")', async () => {
    const path = await editXlsx(base, join(dir, 'iso-date.xlsx'), {
      'xl/worksheets/sheet1.xml': () => withRows('<row r="3"><c r="A3" t="d"><v>2020-02-01T00:00:00</v></c></row>'),
    });
    await expect(readXlsxFast(path)).rejects.toBeInstanceOf(Declined);
    expect(await readXlsxContents(path)).toEqual(await readXlsxContents(path, { reader: 'exceljs' }));
  });
});

describe('damaged sheet XML', () => {
  it('ends with a value or an error, never a hang or a crash of the process (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: baseSheet.length }),
        fc.integer({ min: 0, max: 40 }),
        fc.constantFrom('', '<', '>', '"', "'", '</c>', '<row>', '<c r="', '&', '/>'),
        async (at, cut, insert) => {
          const xml = baseSheet.slice(0, at) + insert + baseSheet.slice(at + cut);
          const path = await editXlsx(base, join(dir, 'damaged.xlsx'), { 'xl/worksheets/sheet1.xml': () => xml });
          const outcome = await readXlsxFast(path).then(
            (c) => c.sheets.length,
            (e: unknown) => (e instanceof Error ? e.name : 'not an Error'),
          );
          expect(outcome).not.toBe('not an Error');
        },
      ),
      { numRuns: 150 },
    );
  });
});
