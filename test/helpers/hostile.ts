// Hostile and unlucky input files, generated on demand (none is committed): what issue 19 tried
// against paicha. Each names what paicha must answer: the exit code and a phrase of its message.
import { execFileSync } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';

export type HostileCase = {
  readonly name: string;
  /** The command line, with FILE paths relative to the folder the files are in. */
  readonly args: readonly string[];
  readonly exit: 0 | 1 | 2;
  /** A phrase the answer holds (stdout or stderr), in the default locale. */
  readonly says: string;
};

const HEADER = '小区,楼号,门牌号,核查状态';
const row = (i: number) => `金都小区,${(i % 12) + 1},${101 + i},入户登记`;

/** Deterministic noise. */
export function noise(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let s = seed;
  for (let i = 0; i < length; i++) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    out[i] = s >> 16;
  }
  return out;
}

/** An .xls container (CFB) whose Workbook stream holds these bytes. */
export function xlsWith(stream: Uint8Array): Buffer {
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, '/Workbook', stream);
  return XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer;
}

/** A register of `rows` distinct dwellings in 40 compounds, as a CSV a team would export (12 columns). */
export function registerCsv(rows: number): string {
  const statuses = ['入户登记', '电话登记', '敲不开门', '不在家', '空置', '', '疑似无人居住'];
  const lines = ['工作组,小区,楼号,单元,门牌号,户主姓名,联系电话,常住人数,核查状态,走访次数,最近走访,备注'];
  for (let i = 0; i < rows; i++) {
    const c = i % 40;
    const j = Math.floor(i / 40);
    lines.push(
      `第${(c % 4) + 1}组,小区${c},${(j % 50) + 1}号楼,${(Math.floor(j / 50) % 4) + 1},${1000 + Math.floor(j / 50)},张${i % 97},138${String(10_000_000 + i).slice(-8)},${(i % 5) + 1},${statuses[i % 7]},${i % 3},2020-02-0${(i % 3) + 1},`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Writes every hostile file into `dir` and returns the cases to run on them. */
export async function writeHostileFiles(dir: string): Promise<HostileCase[]> {
  const put = (name: string, bytes: string | Uint8Array) => writeFile(join(dir, name), bytes);
  // A 2 MB CSV whose second row has a million fields.
  await put('wide.csv', `${HEADER}\n${Array.from({ length: 1_000_000 }, () => 'a').join(',')}\n`);
  await put('quote.csv', `${HEADER}\n${row(0)}\n"${row(1)}\n${row(2)}\n`);
  await put('nul.csv', `${HEADER}\n${Array.from({ length: 2000 }, (_, i) => row(i)).join('\n')}\n${row(2000).replace('金都', '金都\0')}\n`);
  await put('garbage.xls', xlsWith(noise(20_000, 7)));
  const empty = new ExcelJS.Workbook();
  empty.addWorksheet('住户登记');
  await empty.xlsx.writeFile(join(dir, 'empty.xlsx'));
  await put('latin1.csv', Buffer.from(Buffer.from(`${HEADER}\n${row(0)}\n${row(1)}\n`, 'utf8').toString('latin1'), 'utf8'));
  await put('fffd.csv', `${HEADER}\n${'\ufffd'.repeat(4)},1,101,${'\ufffd'.repeat(4)}\n${'\ufffd'.repeat(2)},2,102,\ufffd\ufffd\n`);
  await put('escape.csv', `${HEADER}\n${row(0)}\n金都小区,\x1b]0;pwned\x07,102,入户登记\n金都小区,3,\x1b[2J103,入户登记\n`);
  await put('amount.csv', '日期,捐赠人,类别,金额\n2020-02-01,张三,捐款,500\n2020-02-01,李四,捐款,13800138000\n');
  await put('leak.csv', `${HEADER},最近走访\n金都小区,1,101,13800138000,370782198001011234\n`);
  await put('register.csv', `${HEADER}\n${row(0)}\n`);
  execFileSync('mkfifo', [join(dir, 'pipe.csv')]);
  await symlink('loop.csv', join(dir, 'loop.csv'));
  await mkdir(join(dir, 'out'));
  return [
    { name: 'a 1,000,000-field row', args: ['tally', 'wide.csv'], exit: 2, says: '第 2 行有 1,000,000 列，超过上限 16,384 列' },
    { name: 'an unterminated quote', args: ['tally', 'quote.csv', '--json'], exit: 1, says: '"total": 3' },
    { name: 'a NUL past the first 8 KB', args: ['check', 'nul.csv'], exit: 1, says: 'nul!A2002' },
    { name: 'an .xls whose Workbook stream is garbage', args: ['check', 'garbage.xls'], exit: 2, says: '读不出任何表' },
    { name: 'a 0-row workbook', args: ['tally', 'empty.xlsx'], exit: 2, says: '没有任何数据' },
    { name: 'UTF-8 read as Latin-1', args: ['check', 'latin1.csv'], exit: 1, says: '乱码' },
    { name: 'text full of U+FFFD', args: ['check', 'fffd.csv'], exit: 1, says: '乱码' },
    { name: 'escape sequences in cells', args: ['report', 'escape.csv'], exit: 0, says: '日报' },
    { name: 'a phone number typed into 金额', args: ['tally', 'amount.csv', '--json'], exit: 1, says: '"cash": 500' },
    { name: 'a phone and an ID in non-personal columns', args: ['check', 'leak.csv'], exit: 1, says: '138****8000' },
    { name: 'a FIFO', args: ['check', 'pipe.csv'], exit: 2, says: '管道' },
    { name: '/dev/zero', args: ['check', '/dev/zero'], exit: 2, says: '设备文件' },
    { name: 'a symbolic link loop', args: ['check', 'loop.csv'], exit: 2, says: '符号链接循环' },
    { name: 'a folder as --out', args: ['tally', 'register.csv', '--out', 'out'], exit: 2, says: '这是一个文件夹' },
  ];
}
