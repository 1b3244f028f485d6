import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { FileReadError } from '../../../../src/node/files/errors.ts';
import { decodeText, parseDelimited, readCsv } from '../../../../src/node/files/read-csv.ts';
import { tempDir } from './helpers.ts';

const dir = await tempDir();
const file = async (name: string, bytes: Uint8Array | string): Promise<string> => {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
};

describe('parseDelimited (RFC 4180, lenient like Excel)', () => {
  const cases: [string, string, string[][]][] = [
    ['empty text', '', []],
    ['one field', 'a', [['a']]],
    ['final newline adds no record', 'a,b\n', [['a', 'b']]],
    [
      'CRLF',
      'a,b\r\nc,d\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'lone CR (old Mac Excel)',
      'a,b\rc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['empty fields', ',a,,b,', [['', 'a', '', 'b', '']]],
    ['blank line in the middle', 'a\n\nb', [['a'], [''], ['b']]],
    ['quoted delimiter', '"金都,北区",12', [['金都,北区', '12']]],
    ['doubled quotes', '"他说""好""",x', [['他说"好"', 'x']]],
    ['embedded newline', '"第一行\n第二行",x\ny', [['第一行\n第二行', 'x'], ['y']]],
    ['embedded CRLF', '"a\r\nb"\r\nc', [['a\r\nb'], ['c']]],
    ['empty quoted field', '"",""', [['', '']]],
    ['text after a closing quote is kept', '"ab"c,d', [['abc', 'd']]],
    ['a quote inside an unquoted field is literal', 'a"b,c', [['a"b', 'c']]],
    ['a quote never closed is read as if it were not there (it would swallow every later row)', '"abc,d\ne', [['abc', 'd'], ['e']]],
    ['leading zeros and signs stay text', '0301,+1,-1,=1', [['0301', '+1', '-1', '=1']]],
  ];
  it.each(cases)('%s', (_name, text, rows) => {
    expect(parseDelimited(text, ',')).toEqual(rows);
  });

  it('splits on tabs for TSV', () => {
    expect(parseDelimited('a\t"b\tc"\n1,2\t3', '\t')).toEqual([
      ['a', 'b\tc'],
      ['1,2', '3'],
    ]);
  });
});

describe('decodeText', () => {
  const text = '所在小区,楼号\n金都小区,12号楼';
  const cases: [string, Uint8Array, string][] = [
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'utf-8-bom'],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'utf-16le'],
    ['UTF-16 BE with BOM', iconv.encode(text, 'utf16-be', { addBOM: true }), 'utf-16be'],
    ['UTF-8', Buffer.from(text), 'utf-8'],
    ['GBK (Excel on Chinese Windows)', iconv.encode(text, 'gbk'), 'gb18030'],
    ['GB18030 four-byte characters', iconv.encode(`${text}𠀀`, 'gb18030'), 'gb18030'],
  ];
  it.each(cases)('%s', (_name, bytes, encoding) => {
    const decoded = decodeText(bytes);
    expect(decoded?.encoding).toBe(encoding);
    expect(decoded?.text.startsWith(text)).toBe(true);
    expect(decoded?.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('refuses bytes that are neither UTF-8 nor GB18030', () => {
    expect(decodeText(Buffer.from([0x61, 0xff, 0xfe, 0xff, 0x62]))).toBeUndefined();
  });
});

describe('readCsv', () => {
  it('reads a GBK CSV right and names the sheet after the file', async () => {
    const path = await file('住户登记.csv', iconv.encode('所在小区,楼号\r\n金都小区,12号楼\r\n', 'gbk'));
    expect(await readCsv(path)).toEqual({
      sheets: [
        {
          name: '住户登记',
          values: [
            ['所在小区', '楼号'],
            ['金都小区', '12号楼'],
          ],
        },
      ],
      encoding: 'gb18030',
      delimiter: ',',
    });
  });

  it('reads UTF-8 with BOM and keeps every cell a string as typed', async () => {
    const path = await file('bom.csv', '\ufeff门牌号,人数,电话\n0301, 3 ,138 0013 8000\n');
    const { sheets, encoding } = await readCsv(path);
    expect(encoding).toBe('utf-8-bom');
    expect(sheets[0].values).toEqual([
      ['门牌号', '人数', '电话'],
      ['0301', ' 3 ', '138 0013 8000'],
    ]);
  });

  it('pads ragged rows into a rectangle and drops trailing empty rows and columns', async () => {
    const path = await file('ragged.csv', 'a,b,,\nc\n,,\n\n');
    expect((await readCsv(path)).sheets[0].values).toEqual([
      ['a', 'b'],
      ['c', ''],
    ]);
  });

  it('reads an empty CSV as one empty cell, as Sheets shows an empty sheet', async () => {
    expect((await readCsv(await file('empty.csv', '\ufeff'))).sheets[0].values).toEqual([['']]);
  });

  it('reads TSV by extension, and by tabs dominating the first line (Excel "Unicode text")', async () => {
    const tsv = await file('list.tsv', 'a,1\tb\n');
    expect((await readCsv(tsv)).sheets[0].values).toEqual([['a,1', 'b']]);
    const unicodeText = await file(
      'unicode.txt',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('小区\t楼号\t备注, 说明\n金都\t12\t', 'utf16le')]),
    );
    const read = await readCsv(unicodeText);
    expect(read.delimiter).toBe('\t');
    expect(read.encoding).toBe('utf-16le');
    expect(read.sheets[0].values).toEqual([
      ['小区', '楼号', '备注, 说明'],
      ['金都', '12', ''],
    ]);
  });

  it('says which file is neither UTF-8 nor GB18030, and what to do', async () => {
    const path = await file('neither.csv', Buffer.from([0x61, 0x2c, 0xff, 0xff, 0x0a]));
    const error = await readCsv(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileReadError);
    expect((error as FileReadError).code).toBe('encoding');
    expect((error as Error).message).toContain(path);
    expect((error as Error).message).toMatch(/CSV UTF-8/);
  });
});
