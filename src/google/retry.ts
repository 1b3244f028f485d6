// Exponential backoff with full jitter (delay = random × min(cap, base × 2^n)), as Google's API
// guidance asks for 429 and 5xx. gaxios' own retry is off (client.ts) so that every attempt passes
// through here and through the read quota.
import { httpStatus, networkCode } from './errors.ts';

export type Sleep = (ms: number) => Promise<void>;

export type RetryPolicy = {
  /** Attempts in all, the first included. */
  readonly attempts: number;
  readonly baseMs: number;
  readonly capMs: number;
  readonly sleep: Sleep;
  /** In [0, 1); injectable so tests are deterministic. */
  readonly random: () => number;
};

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const MAX_RETRY_AFTER_MS = 5 * 60_000;

export const DEFAULT_RETRY: RetryPolicy = { attempts: 6, baseMs: 500, capMs: 32_000, sleep: realSleep, random: Math.random };

export type RetryOptions = {
  /**
   * False for requests that must not run twice. Such a request is still retried when the API
   * answered 429/5xx (it was not applied), but not when the connection dropped (it may have been).
   */
  readonly idempotent?: boolean;
  /** Runs before every attempt: the read quota's token bucket. */
  readonly before?: () => Promise<void>;
};

/** Thrown when retries ran out; carries the last failure and how many attempts were made. */
export class RetriesExhausted extends Error {
  override name = 'RetriesExhausted';
  constructor(
    override readonly cause: unknown,
    readonly attempts: number,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
  }
}

export function isRetryable(e: unknown, idempotent: boolean): boolean {
  const status = httpStatus(e);
  if (status !== undefined) return status === 429 || status >= 500;
  return idempotent && networkCode(e) !== undefined;
}

/** Seconds or an HTTP date in a Retry-After header, in ms; undefined when absent or unreadable. */
export function retryAfterMs(e: unknown, now: number = Date.now()): number | undefined {
  const headers = (e as { response?: { headers?: unknown } } | null)?.response?.headers;
  let value: unknown;
  if (headers && typeof (headers as Headers).get === 'function') value = (headers as Headers).get('retry-after');
  else if (headers && typeof headers === 'object') value = (headers as Record<string, unknown>)['retry-after'];
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** The wait before retry number `n` (0-based). */
export function backoffMs(n: number, p: Pick<RetryPolicy, 'baseMs' | 'capMs' | 'random'>, retryAfter?: number): number {
  // The server's own wait wins over the cap, within reason.
  if (retryAfter !== undefined) return Math.min(retryAfter, MAX_RETRY_AFTER_MS);
  return Math.floor(p.random() * Math.min(p.capMs, p.baseMs * 2 ** n));
}

/** Runs `call` until it succeeds, fails for good, or the attempts run out (then RetriesExhausted). */
export async function withRetry<T>(call: () => Promise<T>, policy: RetryPolicy, o: RetryOptions = {}): Promise<T> {
  const idempotent = o.idempotent ?? true;
  for (let attempt = 1; ; attempt++) {
    await o.before?.();
    try {
      return await call();
    } catch (e) {
      if (!isRetryable(e, idempotent)) throw e;
      if (attempt >= policy.attempts) throw new RetriesExhausted(e, attempt);
      await policy.sleep(backoffMs(attempt - 1, policy, retryAfterMs(e)));
    }
  }
}
