import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { FileReadError, readWorkbookFile } from '../../../../src/node/files/read-workbook.ts';
import { realdata, tempDir, writeWorkbook, writeZip } from './helpers.ts';

const dir = await tempDir();
const file = async (name: string, bytes: Uint8Array | string): Promise<string> => {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
};
const xlsx = await writeWorkbook(join(dir, 'real.xlsx'), (wb) => {
  wb.addWorksheet('住户').addRow(['小区', '楼号']);
});

describe('readWorkbookFile decides by the bytes, not the name', () => {
  const cases: [string, () => Promise<string>, string, unknown][] = [
    ['an .xlsx', async () => xlsx, 'xlsx', [['小区', '楼号']]],
    [
      'an .xls that is really an .xlsx',
      async () => copyFile(xlsx, join(dir, 'renamed.xls')).then(() => join(dir, 'renamed.xls')),
      'xlsx',
      [['小区', '楼号']],
    ],
    ['a real .xls (BIFF8)', async () => realdata('hubei-rc-cash-2020-01-22_25.xls'), 'xls', undefined],
    [
      'an .xls that is really tab-separated text',
      async () => file('export.xls', iconv.encode('小区\t楼号\r\n金都\t12\r\n', 'gbk')),
      'csv',
      [
        ['小区', '楼号'],
        ['金都', '12'],
      ],
    ],
    ['a .csv', async () => file('list.csv', '小区,楼号\n'), 'csv', [['小区', '楼号']]],
    ['a .txt holding CSV', async () => file('list.txt', '小区,楼号\n'), 'csv', [['小区', '楼号']]],
    ['an .xlsx that is really CSV', async () => file('fake.xlsx', '小区,楼号\n'), 'csv', [['小区', '楼号']]],
  ];
  it.each(cases)('%s', async (_name, make, format, values) => {
    const read = await readWorkbookFile(await make());
    expect(read.format).toBe(format);
    if (values !== undefined) expect(read.sheets[0]!.values).toEqual(values);
  });

  it('reports the encoding of a CSV', async () => {
    const read = await readWorkbookFile(await file('gbk.csv', iconv.encode('所在小区,楼号\n金都小区,12号楼', 'gbk')));
    expect(read).toEqual({
      format: 'csv',
      sheets: [
        {
          name: 'gbk',
          values: [
            ['所在小区', '楼号'],
            ['金都小区', '12号楼'],
          ],
        },
      ],
      generatedSheets: [],
      encoding: 'gb18030',
    });
  });
});

describe('readWorkbookFile refuses clearly', () => {
  // Zips that identify as other formats by the parts they hold.
  const zipWith = async (name: string, parts: Record<string, string>): Promise<string> => writeZip(join(dir, name), parts);

  // Excel saves a password-protected .xlsx as an OLE2 container holding the encrypted package.
  const encrypted = async (): Promise<string> => {
    type Cfb = {
      utils: { cfb_new(): unknown; cfb_add(c: unknown, name: string, data: Buffer): void };
      write(c: unknown, o: object): Buffer;
    };
    const CFB = (XLSX as unknown as { CFB: Cfb }).CFB;
    const container = CFB.utils.cfb_new();
    CFB.utils.cfb_add(container, '/EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
    CFB.utils.cfb_add(container, '/EncryptedPackage', Buffer.alloc(64, 1));
    return file('locked.xlsx', CFB.write(container, { type: 'buffer' }));
  };

  const cases: [string, () => Promise<string>, string, RegExp][] = [
    ['a password-protected .xlsx', encrypted, 'encrypted', /password-protected[\s\S]*remove the password/],
    ['a missing file', async () => join(dir, 'nope.xlsx'), 'not-found', /no such file/],
    ['an empty file', async () => file('empty.xlsx', ''), 'empty', /empty/],
    ['a folder', async () => mkdir(join(dir, 'folder.xlsx')).then(() => join(dir, 'folder.xlsx')), 'unsupported-format', /folder/],
    [
      'an .xls that is a web page',
      async () => file('web.xls', '\ufeff<html><body><table><tr><td>1</td></tr></table></body></html>'),
      'unsupported-format',
      /web page \(HTML\)[\s\S]*save it as an Excel workbook/,
    ],
    [
      'an Excel 2003 XML file',
      async () => file('old.xls', '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>'),
      'unsupported-format',
      /2003 XML/,
    ],
    ['a PDF', async () => file('ledger.xls', '%PDF-1.4\n%\u00e2\u00e3'), 'unsupported-format', /PDF/],
    ['a binary file', async () => file('photo.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])), 'unsupported-format', /binary/],
    [
      'an .ods',
      async () => zipWith('sheet.ods', { mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' }),
      'unsupported-format',
      /OpenDocument/,
    ],
    [
      'an .xlsb',
      async () => zipWith('sheet.xlsb', { '[Content_Types].xml': '<x/>', 'xl/workbook.bin': 'x' }),
      'unsupported-format',
      /\.xlsb/,
    ],
    ['a zip without a workbook', async () => zipWith('photos.xlsx', { 'a.txt': 'x' }), 'unsupported-format', /zip archive/],
    [
      'a damaged .xlsx',
      async () => zipWith('damaged.xlsx', { 'xl/workbook.xml': '<workbook><sheets><sheet' }),
      'corrupt',
      /could not be read/,
    ],
    [
      'a damaged .xls',
      async () => file('damaged.xls', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600, 7)])),
      'corrupt',
      /legacy \.xls/,
    ],
  ];
  it.each(cases)('%s', async (_name, make, code, message) => {
    const path = await make();
    const error = await readWorkbookFile(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileReadError);
    expect((error as FileReadError).code).toBe(code);
    expect((error as Error).message).toContain(path);
    expect((error as Error).message).toMatch(message);
  });
});
