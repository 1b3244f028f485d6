// 待跟进 printed per building: a volunteer takes the page of one building on the evening round.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSheets } from '../../../../../lib/index.ts';
import { followUpSheet } from '../../../../../lib/render/households.ts';
import { writeGeneratedXlsx } from '../../../../../src/node/files/write-xlsx.ts';
import { tempDir, zipText } from '../helpers.ts';
import { convert } from './soffice.ts';

const dir = await tempDir();
const rows: (string | number)[][] = [['小区', '楼号', '门牌号', '核查状态']];
for (const [compound, building, n] of [
  ['金都小区', '1号楼', 3],
  ['金都小区', '2号楼', 2],
  ['银杏苑', '1号楼', 4],
] as const) {
  for (let i = 1; i <= n; i++) rows.push([compound, building, String(100 + i), '敲不开门']);
}
const analysis = analyzeSheets([{ name: '住户登记', values: rows }], { asOf: '2020-02-03' });
const sheet = followUpSheet(analysis.tallies.households.sortedFollowUps(), 'zh-Hans');

describe('待跟进 printing', () => {
  it('printed as one list: now a page break after each building', async () => {
    expect(sheet.pageBreaks).toEqual([3, 5]);
    const out = join(dir, 'follow.xlsx');
    await writeGeneratedXlsx(out, [sheet]);
    expect(await zipText(out, 'xl/worksheets/sheet1.xml')).toContain(
      '<rowBreaks count="2" manualBreakCount="2"><brk id="4" max="16383" man="1"/><brk id="6" max="16383" man="1"/></rowBreaks>',
    );
  });

  it('LibreOffice prints it as one page a building, each with the header row', async () => {
    const out = join(dir, 'pages.xlsx');
    await writeGeneratedXlsx(out, [sheet]);
    convert([out], 'pdf', join(dir, 'pdf'), join(dir, 'lo-profile'));
    const pdf = join(dir, 'pdf', 'pages.pdf');
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
      .split('\f')
      .filter((p) => p.trim() !== '');
    expect(pages.length).toBe(3);
    expect(pages.map((p) => p.includes('门牌号') && p.includes('建议下一步'))).toEqual([true, true, true]);
    expect(pages.map((p) => (p.match(/敲不开门/g) ?? []).length)).toEqual([3, 2, 4]);
  }, 240_000);
});
