// Counts every service call and sums a virtual elapsed time from a per-call cost model, so tests
// can check call budgets (DESIGN.md: calls for a tally do not grow with rows) and the Apps Script
// execution limits (6 minutes per execution, 30 seconds for a simple trigger) without waiting.
// https://developers.google.com/apps-script/guides/services/quotas#current_limitations

/**
 * Virtual cost of calls, in milliseconds. Google publishes no per-call figures, only the advice to
 * batch ("Use batch operations" in https://developers.google.com/apps-script/guides/support/best-practices):
 * the defaults are order-of-magnitude guesses — a round trip to the Sheets backend costs tens of
 * milliseconds, reading or writing a cell a few microseconds, and local calls (builders, Logger,
 * enums, range geometry) almost nothing. Only ratios and the 6-minute limit should be asserted.
 */
export interface CostModel {
  /** A call that reaches a Google backend (spreadsheet data, UI, properties, locks). */
  readonly serviceCallMs: number;
  /** A call answered inside the runtime (menus being built, HtmlOutput, Utilities, Logger). */
  readonly localCallMs: number;
  readonly perCellReadMs: number;
  readonly perCellWriteMs: number;
  /** Per-method overrides keyed like `Range.getRow`. */
  readonly methodMs: Readonly<Record<string, number>>;
}

export const DEFAULT_COST: CostModel = {
  serviceCallMs: 25,
  localCallMs: 0,
  perCellReadMs: 0.005,
  perCellWriteMs: 0.02,
  methodMs: {
    'Range.getRow': 1,
    'Range.getColumn': 1,
    'Range.getNumRows': 1,
    'Range.getNumColumns': 1,
    'Range.getLastRow': 1,
    'Range.getLastColumn': 1,
    'Range.getA1Notation': 1,
    'Range.getSheet': 1,
    'Range.getHeight': 1,
    'Range.getWidth': 1,
    'Spreadsheet.getId': 1,
    'Spreadsheet.getName': 1,
    'Sheet.getName': 1,
    'Sheet.getSheetId': 1,
    'SpreadsheetApp.getUi': 1,
  },
};

/** https://developers.google.com/apps-script/guides/services/quotas — script runtime 6 min / execution. */
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;
/** https://developers.google.com/apps-script/guides/triggers#restrictions — simple triggers: 30 s. */
export const SIMPLE_TRIGGER_LIMIT_MS = 30 * 1000;

export class Meter {
  readonly #counts = new Map<string, number>();
  #cost: CostModel;
  #elapsed = 0;
  #executionStart = 0;
  #limitMs = Number.POSITIVE_INFINITY;
  readonly #onLimit: () => Error;

  constructor(cost: Partial<CostModel> | undefined, onLimit: () => Error) {
    this.#cost = { ...DEFAULT_COST, ...cost, methodMs: { ...DEFAULT_COST.methodMs, ...cost?.methodMs } };
    this.#onLimit = onLimit;
  }

  count(key: string, local: boolean): void {
    this.#counts.set(key, (this.#counts.get(key) ?? 0) + 1);
    this.spend(this.#cost.methodMs[key] ?? (local ? this.#cost.localCallMs : this.#cost.serviceCallMs));
  }

  cells(n: number, direction: 'read' | 'write'): void {
    this.spend(n * (direction === 'read' ? this.#cost.perCellReadMs : this.#cost.perCellWriteMs));
  }

  /** Virtual time passing: Utilities.sleep, a lock wait, per-call cost. */
  spend(ms: number): void {
    this.#elapsed += ms;
    // Apps Script kills the execution; a script that catches the error fails again at its next call.
    if (this.#elapsed - this.#executionStart > this.#limitMs) throw this.#onLimit();
  }

  beginExecution(limitMs: number): void {
    this.#executionStart = this.#elapsed;
    this.#limitMs = limitMs;
  }

  endExecution(): number {
    this.#limitMs = Number.POSITIVE_INFINITY;
    return this.#elapsed - this.#executionStart;
  }

  calls(): Record<string, number> {
    return Object.fromEntries([...this.#counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }

  totalCalls(filter?: (key: string) => boolean): number {
    let n = 0;
    for (const [k, v] of this.#counts) if (!filter || filter(k)) n += v;
    return n;
  }

  resetCalls(): void {
    this.#counts.clear();
    this.#elapsed = 0;
    this.#executionStart = 0;
  }

  elapsedMs(): number {
    return this.#elapsed;
  }
}
