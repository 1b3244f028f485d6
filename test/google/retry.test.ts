import { describe, expect, it } from 'vitest';
import { toRemoteError } from '../../src/google/errors.ts';
import { TokenBucket } from '../../src/google/rate-limit.ts';
import { backoffMs, isRetryable, RetriesExhausted, retryAfterMs, withRetry, type RetryPolicy } from '../../src/google/retry.ts';

const httpError = (status: number, headers: Record<string, string> = {}) =>
  Object.assign(new Error(`HTTP ${status}`), {
    status,
    response: { status, headers: new Headers(headers), data: { error: { message: `api says ${status}` } } },
  });
const dropped = () => Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });

function policy(waits: number[], random = 0.5): RetryPolicy {
  return { attempts: 4, baseMs: 100, capMs: 1000, random: () => random, sleep: async (ms) => void waits.push(ms) };
}

describe('retry with backoff', () => {
  it('grows the wait exponentially with full jitter, up to the cap', () => {
    const p = { baseMs: 100, capMs: 1000 };
    expect([0, 1, 2, 3, 4, 5].map((n) => backoffMs(n, { ...p, random: () => 0.999 }))).toEqual([99, 199, 399, 799, 999, 999]);
    expect(backoffMs(3, { ...p, random: () => 0 })).toBe(0);
    expect(backoffMs(0, { ...p, random: () => 0.5 }, 7000)).toBe(7000);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(retryAfterMs(httpError(429, { 'retry-after': '3' }))).toBe(3000);
    expect(
      retryAfterMs(httpError(503, { 'retry-after': 'Wed, 21 Oct 2015 07:28:10 GMT' }), Date.parse('Wed, 21 Oct 2015 07:28:00 GMT')),
    ).toBe(10_000);
    expect(retryAfterMs({ response: { headers: { 'retry-after': '1.5' } } })).toBe(1500);
    expect(retryAfterMs(httpError(429))).toBeUndefined();
  });

  it('retries 429, 5xx and dropped connections; never 4xx; not a dropped write that must run once', () => {
    expect([429, 500, 502, 503, 504].map((s) => isRetryable(httpError(s), true))).toEqual([true, true, true, true, true]);
    expect([400, 401, 403, 404].map((s) => isRetryable(httpError(s), true))).toEqual([false, false, false, false]);
    expect(isRetryable(dropped(), true)).toBe(true);
    expect(isRetryable(dropped(), false)).toBe(false);
    expect(isRetryable(httpError(503), false)).toBe(true);
    expect(isRetryable(new Error('Could not load the default credentials'), true)).toBe(false);
  });

  it('honours Retry-After and gives up after the last attempt', async () => {
    const waits: number[] = [];
    let calls = 0;
    const ok = await withRetry(async () => {
      calls++;
      if (calls === 1) throw httpError(429, { 'retry-after': '2' });
      if (calls === 2) throw httpError(503);
      return 'done';
    }, policy(waits));
    expect([ok, waits]).toEqual(['done', [2000, 100]]);

    const before: number[] = [];
    const failing = withRetry(() => Promise.reject(httpError(500)), policy([]), { before: async () => void before.push(1) });
    await expect(failing).rejects.toBeInstanceOf(RetriesExhausted);
    await expect(failing).rejects.toMatchObject({ attempts: 4 });
    expect(before).toHaveLength(4);
    await expect(withRetry(() => Promise.reject(httpError(404)), policy([]))).rejects.toMatchObject({ status: 404 });
  });
});

describe('clear errors', () => {
  const ctx = { spreadsheetId: 'ID', account: 'paicha@team.iam.gserviceaccount.com' };
  it.each([
    [
      403,
      'no access to spreadsheet ID: share the spreadsheet with paicha@team.iam.gserviceaccount.com (or use an account that can open it)',
    ],
    [404, 'no spreadsheet with id ID: check the id or URL'],
    [400, 'ID: the Sheets API refused the request: api says 400'],
    [429, 'ID: the Sheets API quota is used up after 6 attempts; wait a minute, or lower --concurrency or PAICHA_READS_PER_MINUTE'],
  ])('%i', (status, message) => {
    const e = toRemoteError(httpError(status), { ...ctx, attempts: 6 });
    expect([e.status, e.spreadsheetId, e.message]).toEqual([status, 'ID', message]);
  });
});

describe('token bucket', () => {
  it('spaces requests so no 60 s ever holds more than the quota', async () => {
    let now = 0;
    const bucket = new TokenBucket(
      60,
      () => now,
      async (ms) => void (now += ms),
    );
    const granted: number[] = [];
    await Promise.all(Array.from({ length: 150 }, () => bucket.take().then(() => granted.push(now))));
    expect(granted.slice(0, 4)).toEqual([0, 1000, 2000, 3000]);
    const busiest = Math.max(...granted.map((t) => granted.filter((x) => x > t - 60_000 && x <= t).length));
    expect(busiest).toBe(60);
  });

  it('lets a burst through when asked, then keeps the rate', async () => {
    let now = 0;
    const bucket = new TokenBucket(
      6,
      () => now,
      async (ms) => void (now += ms),
      3,
    );
    const granted: number[] = [];
    for (let i = 0; i < 5; i++) {
      await bucket.take();
      granted.push(now);
    }
    expect(granted).toEqual([0, 0, 0, 10_000, 20_000]);
  });
});
