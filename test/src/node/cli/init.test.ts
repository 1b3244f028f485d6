import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateSheets } from '../../../../lib/index.ts';
import { tallyWorkbook } from '../../../../lib/index.ts';
import { readWorkbookFile } from '../../../../src/node/files/read-workbook.ts';
import { zipText } from '../files/helpers.ts';
import { runCli, tempDir } from '../../../helpers/cli.ts';

describe('the template (paicha init, 创建模板表)', () => {
  it('had only the household register: now the donation ledger too, each read back as an empty register', async () => {
    const dir = await tempDir();
    expect((await runCli(['init', 't.xlsx'], dir)).code).toBe(0);
    const t = await readWorkbookFile(join(dir, 't.xlsx'));
    expect(t.sheets.map((s) => s.name)).toEqual(['住户登记', '走访记录', '捐款捐物', '门店排查', '工作台账', '重点人员登记', '健康监测']);
    expect(t.sheets[2]!.values[0]).toEqual([
      '日期',
      '捐赠人',
      '捐赠人类型',
      '界别',
      '类别',
      '金额',
      '物资名称',
      '数量',
      '单位',
      '折价',
      '收据编号',
      '公示',
      '备注',
    ]);
  });

  it('the status column had two overlapping rules (I10:I5000 beside I2:I5000): one rule a word column', async () => {
    const dir = await tempDir();
    await runCli(['init', 't.xlsx'], dir);
    const rules = (xml: string) => [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1]);
    expect(rules(await zipText(join(dir, 't.xlsx'), 'xl/worksheets/sheet1.xml'))).toEqual(['I2:I5000']);
    expect(rules(await zipText(join(dir, 't.xlsx'), 'xl/worksheets/sheet3.xml'))).toEqual(['C2:C5000', 'E2:E5000', 'L2:L5000']);
  });

  it.each(['zh-Hans', 'zh-Hant', 'en'] as const)('every word a drop-down offers in %s is read back as meant, with no problem', (locale) => {
    const [households, , donations] = templateSheets(locale);
    const status =
      households!.choices[households!.header.indexOf(locale === 'en' ? 'Status' : locale === 'zh-Hant' ? '核查狀態' : '核查状态')]!;
    expect(status).toContain(locale === 'en' ? 'Vacant (confirmed)' : locale === 'zh-Hant' ? '空置已核實' : '空置已核实');
    const h = donations!.header;
    const rows = Object.entries(donations!.choices).flatMap(([col, words]) =>
      words.map((w) => {
        const row: (string | number)[] = h.map(() => '');
        row[0] = '2020-02-01';
        row[1] = '甲公司';
        row[5] = 100;
        row[Number(col)] = w;
        if (w === donations!.choices[4]![1]) Object.assign(row, { 5: '', 6: '口罩', 7: 100, 9: 500 }); // goods
        return row;
      }),
    );
    const r = tallyWorkbook([{ name: donations!.name, values: [h, ...rows] }], { asOf: '2020-02-03', locale });
    expect(r.problems.items.filter((p) => p.severity !== 'info').map((p) => `${p.code} ${p.value}`)).toEqual([]);
    expect(r.donations.count).toBe(rows.length);
  });
});
