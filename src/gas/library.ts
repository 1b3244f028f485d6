import { checkWorkbook as check } from '../../lib/check.ts';
import { tallyWorkbook as tally } from '../../lib/result.ts';
import type { TallyOptions } from '../../lib/options.ts';
import type { InputSheet } from '../../lib/table/sheet.ts';

// The Apps Script library surface: plain data in, plain data out, so another script's
// `Paicha.tallyWorkbook(...)` gets exactly what `paicha tally --json` prints.
export const tallyWorkbook = (sheets: readonly InputSheet[], options?: TallyOptions) => tally(sheets, options);
export const checkWorkbook = (sheets: readonly InputSheet[], options?: TallyOptions) => check(sheets, options);
