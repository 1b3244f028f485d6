// A TypeScript user of the installed package: compiled with tsc --noEmit under moduleResolution
// node16 and bundler. Each @ts-expect-error fails the compile if the types it guards became `any`.
/// <reference types="paicha/apps-script" />
import { tallyWorkbook, checkWorkbook, type TallyResult, type TallyOptions, type InputSheet } from 'paicha';
import { EXIT, main, nodeIo, readWorkbookFile, writeGeneratedXlsx, type Io, type WorkbookFile } from 'paicha/node';

const sheets: InputSheet[] = [
  {
    name: '住户登记',
    values: [
      ['小区', '楼号', '门牌号'],
      ['金都小区', 12, '301'],
    ],
  },
];
const options: TallyOptions = { locale: 'en', asOf: '2020-02-03' };
const result: TallyResult = tallyWorkbook(sheets, options);
const rate: number = result.households.rate;
// @ts-expect-error a rate is a number
const notText: string = result.households.rate;
// @ts-expect-error no such locale
tallyWorkbook(sheets, { locale: 'fr' });
const errors: number = checkWorkbook(sheets).errors;

async function fromFiles(path: string): Promise<number> {
  const file: WorkbookFile = await readWorkbookFile(path);
  // @ts-expect-error the path of the output comes first
  await writeGeneratedXlsx([], path);
  const io: Io = nodeIo();
  const code: number = await main(['check', path], io);
  return file.sheets.length + code + EXIT.ok;
}

// The Apps Script library's global, from paicha/apps-script.
declare const inAppsScript: boolean;
const viaLibrary: TallyResult | undefined = inAppsScript ? Paicha.tallyWorkbook(sheets, options) : undefined;

export { rate, notText, errors, fromFiles, viaLibrary };
