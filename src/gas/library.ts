import { checkWorkbook as check } from '../../lib/check.ts';
import { tallyWorkbook as tally } from '../../lib/result.ts';
import type { TallyOptions } from '../../lib/options.ts';
import type { InputSheet } from '../../lib/table/sheet.ts';
import { blobGbkEncoder } from './gbk.ts';

// The Apps Script library surface: plain data in, plain data out, so another script's
// `Paicha.tallyWorkbook(...)` gets exactly what `paicha tally --json` prints, the mojibake check included
// (the CLI brings its GBK table; here Java's GBK does the encoding, as in the menu's tally).
const withGbk = (options: TallyOptions | undefined): TallyOptions => ({ ...options, encodeGbk: options?.encodeGbk ?? blobGbkEncoder() });
export const tallyWorkbook = (sheets: readonly InputSheet[], options?: TallyOptions) => tally(sheets, withGbk(options));
export const checkWorkbook = (sheets: readonly InputSheet[], options?: TallyOptions) => check(sheets, withGbk(options));
