// Types for Apps Script projects that add paicha as a library with the identifier `Paicha`.
import type { CheckResult, InputSheet, TallyOptions, TallyResult } from 'paicha';

declare global {
  const Paicha: {
    /** Validates and tallies household and donation sheets; the same object `paicha tally --json` prints. */
    tallyWorkbook(sheets: readonly InputSheet[], options?: TallyOptions): TallyResult;
    /** Only the problems: what volunteers must fix. */
    checkWorkbook(sheets: readonly InputSheet[], options?: TallyOptions): CheckResult;
  };
}
