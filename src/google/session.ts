// Every Sheets API call paicha makes goes through here: the read quota, retries, clear errors.
import type { sheets_v4 } from '@googleapis/sheets';
import { httpStatus, toRemoteError } from './errors.ts';
import type { TokenBucket } from './rate-limit.ts';
import { DEFAULT_RETRY, RetriesExhausted, withRetry, type RetryPolicy } from './retry.ts';

export type SheetsSession = {
  readonly api: sheets_v4.Sheets;
  readonly retry: RetryPolicy;
  /** Gates every read request (retries included); none when a command makes only a few. */
  readonly reads?: TokenBucket;
  /** Who paicha runs as, for the "share it with …" message. */
  readonly account: () => Promise<string>;
};

export function session(api: sheets_v4.Sheets, o: Partial<Omit<SheetsSession, 'api'>> = {}): SheetsSession {
  return {
    api,
    retry: o.retry ?? DEFAULT_RETRY,
    ...(o.reads ? { reads: o.reads } : {}),
    account: o.account ?? (() => Promise.resolve('the account paicha runs as')),
  };
}

export type CallKind = 'read' | 'write' | 'write-once';

/**
 * One API call on one spreadsheet, retried with backoff; any failure comes out as a RemoteError.
 * `write-once` is a request that must not be applied twice (addSheet): not retried after a dropped
 * connection.
 */
export async function call<T>(s: SheetsSession, spreadsheetId: string, kind: CallKind, fn: () => Promise<{ data: T }>): Promise<T> {
  const reads = s.reads;
  try {
    const res = await withRetry(fn, s.retry, {
      idempotent: kind !== 'write-once',
      ...(kind === 'read' && reads ? { before: () => reads.take() } : {}),
    });
    return res.data;
  } catch (e) {
    const attempts = e instanceof RetriesExhausted ? e.attempts : undefined;
    const cause = e instanceof RetriesExhausted ? e.cause : e;
    // Who we run as is looked up only when it is part of the message.
    const account = httpStatus(cause) === 403 ? await s.account() : '';
    throw toRemoteError(cause, { spreadsheetId, account, ...(attempts !== undefined ? { attempts } : {}) });
  }
}
