// What tests steer and observe: injected faults, per-minute quotas and the request log.

export type RequestKind =
  | 'get'
  | 'values.get'
  | 'values.batchGet'
  | 'values.update'
  | 'values.batchUpdate'
  | 'values.clear'
  | 'values.batchClear'
  | 'batchUpdate'
  | 'unknown';

/** Read or write, as the API's quotas count them. */
export const isRead = (kind: RequestKind): boolean => kind === 'get' || kind === 'values.get' || kind === 'values.batchGet';

export type LoggedRequest = {
  readonly seq: number;
  readonly method: string;
  /** Path without the query, percent-decoded: `/v4/spreadsheets/ID/values:batchGet`. */
  readonly path: string;
  readonly query: string;
  readonly spreadsheetId: string | undefined;
  readonly kind: RequestKind;
  /** HTTP status answered; 0 when the connection was dropped on purpose. */
  readonly status: number;
  /** `ranges` of a batchGet, `data[].range` of a values.batchUpdate, request kinds of a batchUpdate. */
  readonly detail: readonly string[];
  readonly auth: 'bearer' | 'key' | 'none';
  /** Clock time (the emulator's `now`) when the request arrived. */
  readonly at: number;
};

export type Fault = {
  /** Only requests on this spreadsheet; any when left out. */
  readonly spreadsheetId?: string;
  /** Only this kind of request; any when left out. */
  readonly method?: RequestKind;
  /** HTTP status to answer with (Google's message for it), or `'reset'` to drop the connection. */
  readonly status: number | 'reset';
  /** How many matching requests fail; default 1. */
  readonly times?: number;
  readonly message?: string;
  /** Wait this long before answering (the fault's status, or the real answer when `status` is 200). */
  readonly delayMs?: number;
};

export class FaultPlan {
  #faults: { fault: Fault; left: number }[] = [];

  add(fault: Fault): void {
    this.#faults.push({ fault, left: fault.times ?? 1 });
  }

  clear(): void {
    this.#faults = [];
  }

  /** The first matching fault, consumed once. */
  take(spreadsheetId: string | undefined, kind: RequestKind): Fault | undefined {
    const hit = this.#faults.find(
      (f) =>
        f.left > 0 &&
        (f.fault.spreadsheetId === undefined || f.fault.spreadsheetId === spreadsheetId) &&
        (f.fault.method === undefined || f.fault.method === kind),
    );
    if (!hit) return undefined;
    hit.left -= 1;
    return hit.fault;
  }

  pending(): number {
    return this.#faults.reduce((n, f) => n + f.left, 0);
  }
}

/** A per-minute quota over a sliding 60-second window of the given clock. */
export class Quota {
  #times: number[] = [];

  constructor(
    readonly perMinute: number | undefined,
    readonly now: () => number,
  ) {}

  /** Count one request; false (and not counted) when the quota is spent. */
  admit(): boolean {
    if (this.perMinute === undefined) return true;
    const t = this.now();
    this.#times = this.#times.filter((x) => x > t - 60_000);
    if (this.#times.length >= this.perMinute) return false;
    this.#times.push(t);
    return true;
  }
}
