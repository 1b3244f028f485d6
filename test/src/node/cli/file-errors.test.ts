// Every file error reaches the user as a sentence in their language with exit 2: never a library's
// words, never a stack trace.
import { execFileSync } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../../lib/i18n/locale.ts';
import { fileErrorMessage, internalErrorMessage } from '../../../../src/node/cli/file-errors.ts';
import { FileReadError } from '../../../../src/node/files/errors.ts';
import { FileLimitError } from '../../../../src/node/files/xlsx/limits.ts';
import { runCli, tempDir } from '../../../helpers/cli.ts';

const dir = await tempDir();
await writeFile(join(dir, 'register.csv'), '小区,楼号,门牌号,核查状态\n金都小区,1,101,入户登记\n');
await mkdir(join(dir, 'out'));
await symlink('loop.xlsx', join(dir, 'loop.xlsx'));
execFileSync('mkfifo', [join(dir, 'pipe.csv')]);

// What each locale says, by a phrase of the reason's own words.
const cases: [string, string[], Record<(typeof LOCALES)[number], string>][] = [
  [
    'a FIFO as input',
    ['check', 'pipe.csv'],
    { 'zh-Hans': '不是普通文件，而是管道', 'zh-Hant': '不是普通檔案，而是管道', en: 'not a regular file but a pipe (FIFO)' },
  ],
  [
    '/dev/zero as input',
    ['check', '/dev/zero'],
    { 'zh-Hans': '而是设备文件', 'zh-Hant': '而是裝置檔案', en: 'not a regular file but a device' },
  ],
  ['a link loop as input', ['report', 'loop.xlsx'], { 'zh-Hans': '符号链接循环', 'zh-Hant': '符號連結迴圈', en: 'a link loop' }],
  ['a missing input', ['tally', 'nope.csv'], { 'zh-Hans': '没有这个文件', 'zh-Hant': '沒有這個檔案', en: 'no such file' }],
  [
    'a folder as --out',
    ['tally', 'register.csv', '--out', 'out'],
    {
      'zh-Hans': '这是一个文件夹。请用 --out 指定一个 .xlsx 文件名',
      'zh-Hant': '這是一個資料夾',
      en: 'it is a folder. Name an .xlsx file with --out, e.g. --out',
    },
  ],
  [
    'a link loop as --out',
    ['tally', 'register.csv', '--out', 'loop.xlsx'],
    { 'zh-Hans': '无法写入', 'zh-Hant': '無法寫入', en: 'Cannot write' },
  ],
  [
    '--out in a missing folder',
    ['tally', 'register.csv', '--out', 'gone/x.xlsx'],
    { 'zh-Hans': '所在的文件夹不存在', 'zh-Hant': '所在的資料夾不存在', en: 'its folder does not exist' },
  ],
  [
    '--out that is not .xlsx',
    ['tally', 'register.csv', '--out', 'x.csv'],
    { 'zh-Hans': '以 .xlsx 结尾', 'zh-Hant': '以 .xlsx 結尾', en: 'ending in .xlsx' },
  ],
];

describe('file errors in the CLI', () => {
  it.each(cases)('%s: exit 2 and the reason in each locale, before any work', async (_, args, words) => {
    for (const locale of LOCALES) {
      const run = await runCli([...args, '--locale', locale], dir);
      expect(run.code, `${locale}: ${run.stderr}`).toBe(2);
      expect(run.stderr).toContain(words[locale]);
      expect(run.stdout).toBe('');
      expect(run.stderr).not.toMatch(/\n\s+at |E[A-Z]{3,}:/);
    }
  });

  it('says nothing but the error: a folder as --out is not "not a paicha summary"', async () => {
    const run = await runCli(['tally', 'register.csv', '--out', 'out', '--locale', 'en'], dir);
    expect(run.stderr).not.toContain('not a paicha summary');
  });

  it("keeps a library's own words out of the message (they stay in the cause)", () => {
    const cause = new TypeError("Cannot set properties of undefined (setting 'x')");
    const e = new FileReadError('/data/a.xlsx', 'corrupt', `it could not be read (${cause.message})`, 'Try again.', { cause });
    for (const locale of LOCALES) expect(fileErrorMessage(e, locale)).not.toContain('Cannot set properties');
    expect(internalErrorMessage(cause, 'en')).toContain('please report');
  });

  it("words the .xlsx reader's limit errors by their limit, in every locale", () => {
    const e = new FileLimitError(
      '/data/bomb.xlsx',
      'totalBytes',
      3 * 1024 ** 3,
      'its parts unpack to more than 1,024 MB in all',
      'Split it',
    );
    expect(fileErrorMessage(e, 'zh-Hans')).toBe(
      '无法读取 /data/bomb.xlsx：它解压后超过 1,024 MB（一个文件的上限）。如果它真是登记表，请拆成几个文件再一起统计；很小的文件解压出这么大，说明它已损坏或是“压缩炸弹”。',
    );
    expect(fileErrorMessage(new FileLimitError('/d/x.xlsx', 'cells', 17_179_869_184, 'too many', 'Split it'), 'en')).toContain(
      '17,179,869,184 cells, more than the limit of 10,000,000',
    );
  });

  it('an unwrapped file-system error is said by its errno for the path it names', () => {
    const eloop = Object.assign(new Error("ELOOP: too many symbolic links encountered, stat '/x/a.csv'"), {
      code: 'ELOOP',
      path: '/x/a.csv',
      syscall: 'stat',
    });
    expect(fileErrorMessage(eloop, 'en')).toBe(
      'Cannot read /x/a.csv: it is a symbolic link that points back to itself (a link loop). Name the real file instead.',
    );
  });
});
