// The fast reader against ExcelJS's document reader, cell by cell: on every published ledger, the
// demo workbook, files LibreOffice wrote, and workbooks fast-check makes with every kind of cell.
import { readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleWorkbookBuffer } from '../../../../../examples/workbook.ts';
import { readXlsxContents } from '../../../../../src/node/files/read-xlsx.ts';
import { REALDATA } from '../../../../helpers/realdata.ts';
import { editXlsx, tempDir } from '../helpers.ts';
import { convert } from './soffice.ts';

const dir = await tempDir();

async function agree(path: string): Promise<void> {
  const oracle = await readXlsxContents(path, { reader: 'exceljs' });
  const fast = await readXlsxContents(path);
  expect(fast).toEqual(oracle);
}

describe('the fast reader agrees with ExcelJS', () => {
  const ledgers = readdirSync(REALDATA).filter((f) => f.endsWith('.xlsx'));

  it('has published .xlsx ledgers to compare', () => {
    expect(ledgers.length).toBeGreaterThanOrEqual(2);
  });

  it.each(ledgers)('on the published ledger %s', async (file) => {
    await agree(join(REALDATA, file));
  });

  it('on the demo workbook', async () => {
    const path = join(dir, 'demo.xlsx');
    await writeFile(path, await exampleWorkbookBuffer());
    await agree(path);
    expect((await readXlsxContents(path)).sheets.map((s) => s.name)).toEqual(['住户登记', '捐款捐物', '重点人员登记', '健康监测']);
  });

  it('on files LibreOffice wrote (the .xls ledgers and the demo, saved as .xlsx)', async () => {
    const demo = join(dir, 'lo-demo.xlsx');
    await writeFile(demo, await exampleWorkbookBuffer());
    const sources = [
      demo,
      ...readdirSync(REALDATA)
        .filter((f) => f.endsWith('.xls'))
        .map((f) => join(REALDATA, f)),
    ];
    const out = join(dir, 'libreoffice');
    convert(sources, 'xlsx:Calc MS Excel 2007 XML', out, join(dir, 'lo-profile'));
    for (const source of sources) {
      const path = join(out, basename(source).replace(/\.xlsx?$/, '.xlsx'));
      await agree(path);
      expect((await readXlsxContents(path)).sheets[0]!.values.length).toBeGreaterThan(10);
    }
  }, 240_000);

  it('on workbooks with every kind of cell, number format and merge (fast-check)', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(workbookSpec, async (spec) => {
        const path = join(dir, `fuzz-${n++}.xlsx`);
        await writeSpec(path, spec);
        await agree(path);
      }),
      { numRuns: 80 },
    );
  });

  it('on what other writers write: inline strings in runs, built-in Chinese date formats, str, error and shared-formula cells', async () => {
    const base = join(dir, 'other-base.xlsx');
    await writeSpec(base, {
      date1904: false,
      streaming: false,
      sheets: [
        {
          name: '住户',
          hidden: false,
          merges: [],
          rows: [
            [
              { kind: 'number', value: 43852, numFmt: 'yyyy-mm-dd' },
              { kind: 'number', value: 43853.5, numFmt: '0.00' },
              { kind: 'text', value: '金都' },
            ],
          ],
        },
      ],
    });
    const path = await editXlsx(base, join(dir, 'other.xlsx'), {
      'xl/styles.xml': (xml) => xml.replace(/numFmtId="164"/g, 'numFmtId="31"').replace(/numFmtId="2"/, 'numFmtId="58"'),
      'xl/worksheets/sheet1.xml': (xml) =>
        xml.replace(
          '</sheetData>',
          '<row r="2"><c r="A2" t="inlineStr"><is><r><rPr><b/></rPr><t xml:space="preserve">金都 </t></r><r><t>小区_x000D_</t></r></is></c><c r="B2" t="inlineStr"><is><t>_x000D_ plain</t></is></c>' +
            '<c r="C2" t="str"><v>a &amp;amp; b</v></c><c r="D2" t="e"><v>#N/A</v></c><c r="E2" t="b"><v>1</v></c><c r="F2"><f t="shared" si="0"/><v>3</v></c><c r="G2" t="e"><f>1/0</f><v>#DIV/0!</v></c></row></sheetData>',
        ),
    });
    await agree(path);
    const [sheet] = (await readXlsxContents(path)).sheets;
    expect(sheet!.values[0]![0]).toEqual(new Date(Date.UTC(2020, 0, 22)));
    expect(sheet!.values[1]).toEqual(['金都 小区\r', '_x000D_ plain', 'a & b', '#N/A', true, 3, '#DIV/0!']);
  });
});

type CellSpec =
  | { kind: 'empty' }
  | { kind: 'text'; value: string }
  | { kind: 'number'; value: number; numFmt?: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'date'; value: Date; numFmt: string }
  | { kind: 'error'; value: string }
  | { kind: 'formula'; result: number | string | boolean | { error: string } | Date | null; numFmt?: string }
  | { kind: 'rich'; runs: string[] }
  | { kind: 'link'; text: string };
type SheetSpec = { name: string; hidden: boolean; rows: CellSpec[][]; merges: [number, number, number, number][] };
type WorkbookSpec = { date1904: boolean; streaming: boolean; sheets: SheetSpec[] };

const TEXTS = [
  '金都小区',
  '  前后空格  ',
  '\u3000张三\u00a0',
  '0301',
  '=SUM(A1)',
  'a & b <c> "d"',
  '多\n行',
  '\t制表',
  '_x000D_',
  '_x005F_x0041_',
  '😀 emoji',
  'Ελληνικά',
  '入戶登記',
  ' ',
  'TRUE',
  '#N/A',
];
const NUMBER_FORMATS = [
  'General',
  '0',
  '0.00',
  '#,##0.00',
  '0%',
  '@',
  'yyyy-mm-dd',
  'yyyy"年"m"月"d"日"',
  'm"月"d"日"',
  '[$-804]yyyy/m/d',
  'h:mm',
  '[h]:mm:ss',
  'mm:ss',
  '0.00"h"',
  '0.00\\h',
  '"d"0',
  '[Red]0.00',
  'dd/mm/yyyy hh:mm',
  '0.00_);[Red](0.00)',
  '#,##0"元"',
];
const ERRORS = ['#N/A', '#REF!', '#NAME?', '#VALUE!', '#DIV/0!', '#NUM!', '#NULL!'];

const text = fc
  .oneof(fc.constantFrom(...TEXTS), fc.string({ maxLength: 10 }), fc.string({ unit: 'grapheme', maxLength: 6 }))
  .map((s) => s.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g, ''));
const date = fc
  .date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true })
  .map((d) => new Date(Math.round(d.getTime() / 1000) * 1000));
const number = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }),
  fc.integer({ min: -1000, max: 100_000 }),
);
const cell: fc.Arbitrary<CellSpec> = fc.oneof(
  { weight: 4, arbitrary: fc.constant<CellSpec>({ kind: 'empty' }) },
  { weight: 4, arbitrary: text.map((value): CellSpec => ({ kind: 'text', value })) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('number' as const), value: number, numFmt: fc.constantFrom(...NUMBER_FORMATS) }) },
  { weight: 1, arbitrary: fc.boolean().map((value): CellSpec => ({ kind: 'boolean', value })) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('date' as const), value: date, numFmt: fc.constantFrom(...NUMBER_FORMATS.slice(6, 12)) }),
  },
  { weight: 1, arbitrary: fc.constantFrom(...ERRORS).map((value): CellSpec => ({ kind: 'error', value })) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('formula' as const),
      result: fc.oneof(
        number,
        text,
        fc.boolean(),
        fc.constantFrom(...ERRORS).map((error) => ({ error })),
        date,
        fc.constant(null),
      ),
      numFmt: fc.constantFrom(...NUMBER_FORMATS),
    }),
  },
  { weight: 1, arbitrary: fc.array(text, { minLength: 1, maxLength: 3 }).map((runs): CellSpec => ({ kind: 'rich', runs })) },
  { weight: 1, arbitrary: text.map((t): CellSpec => ({ kind: 'link', text: t })) },
);
const sheet = (name: string): fc.Arbitrary<SheetSpec> =>
  fc.record({
    name: fc.constant(name),
    hidden: fc.boolean(),
    rows: fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 12 }),
    merges: fc.array(
      fc.tuple(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 2 }),
      ),
      { maxLength: 3 },
    ),
  });
const workbookSpec: fc.Arbitrary<WorkbookSpec> = fc.record({
  date1904: fc.boolean(),
  streaming: fc.boolean(),
  sheets: fc.constantFrom(['住户登记'], ['捐款', "Bob's 表"], ['甲', '乙', '丙 1']).chain((names) => fc.tuple(...names.map(sheet))),
});

function cellValue(c: CellSpec): ExcelJS.CellValue {
  switch (c.kind) {
    case 'empty':
      return null;
    case 'text':
    case 'number':
    case 'boolean':
    case 'date':
      return c.value;
    case 'error':
      return { error: c.value as ExcelJS.CellErrorValue['error'] };
    case 'formula':
      return { formula: 'A1', result: c.result ?? undefined } as ExcelJS.CellFormulaValue;
    case 'rich':
      return { richText: c.runs.map((t, i) => (i % 2 === 0 ? { text: t } : { text: t, font: { bold: true } })) };
    case 'link':
      return { text: c.text, hyperlink: 'https://example.org/' };
  }
}

/** Writes a spec with ExcelJS's document writer (shared strings) or its streaming writer. */
async function writeSpec(path: string, spec: WorkbookSpec): Promise<void> {
  const fill = (ws: ExcelJS.Worksheet, s: SheetSpec): void => {
    s.rows.forEach((cells, r) => {
      const row = ws.getRow(r + 1);
      cells.forEach((c, i) => {
        const target = row.getCell(i + 1);
        target.value = cellValue(c);
        if ('numFmt' in c && c.numFmt !== undefined) target.numFmt = c.numFmt;
      });
      if (spec.streaming) row.commit();
    });
    for (const [top, left, h, w] of s.merges) {
      try {
        ws.mergeCells(top, left, top + h, left + w);
      } catch {
        // overlapping merges are refused by ExcelJS: skipped
      }
    }
  };
  if (spec.streaming) {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: true });
    for (const s of spec.sheets) {
      const ws = wb.addWorksheet(s.name, { state: s.hidden ? 'hidden' : 'visible' });
      fill(ws, s);
      ws.commit();
    }
    await wb.commit();
    return;
  }
  const wb = new ExcelJS.Workbook();
  if (spec.date1904) wb.properties.date1904 = true;
  for (const s of spec.sheets) fill(wb.addWorksheet(s.name, { state: s.hidden ? 'hidden' : 'visible' }), s);
  await wb.xlsx.writeFile(path);
}
