// What a failed Sheets API call means to the person running paicha. googleapis rejects with a
// GaxiosError: `status` is the HTTP status, `code` a string for network failures (ECONNRESET…).
import { fill, type Locale } from '../../lib/i18n/locale.ts';
import { REMOTE_WORDS, type RemoteWhy } from '../../lib/i18n/remote.ts';

type ApiFailure = {
  status?: unknown;
  code?: unknown;
  message?: unknown;
  response?: { status?: unknown; headers?: unknown; data?: unknown };
  cause?: unknown;
};

/** The HTTP status of a failed call, or undefined when no answer came. */
export function httpStatus(e: unknown): number | undefined {
  const f = (e ?? {}) as ApiFailure;
  const s = f.status ?? f.response?.status ?? f.code;
  return typeof s === 'number' && s >= 100 ? s : undefined;
}

const NETWORK =
  /^(ECONNRESET|ECONNREFUSED|ECONNABORTED|ETIMEDOUT|ESOCKETTIMEDOUT|EPIPE|EAI_AGAIN|ENOTFOUND|ENETUNREACH|EHOSTUNREACH|ENETDOWN|UND_ERR_\w+|TimeoutError)$/;

/** The system error code of a call that got no answer (ECONNRESET, ETIMEDOUT…). */
export function networkCode(e: unknown): string | undefined {
  for (let x: unknown = e, depth = 0; x && typeof x === 'object' && depth < 4; x = (x as ApiFailure).cause, depth++) {
    const code = (x as ApiFailure).code;
    if (typeof code === 'string' && NETWORK.test(code)) return code;
  }
  const message = e instanceof Error ? e.message : '';
  if (/socket hang up|network|fetch failed|other side closed/i.test(message)) return 'ECONNRESET';
  return undefined;
}

/** The API's own message (`error.message` of Google's JSON error body), else the error's. */
function apiMessage(e: unknown): string {
  const f = (e ?? {}) as ApiFailure;
  const data = f.response?.data as { error?: { message?: unknown } } | undefined;
  const m = data?.error?.message ?? f.message;
  return typeof m === 'string' ? m : String(e);
}

/** A Sheets API failure on one spreadsheet, in words a volunteer coordinator can act on. */
export class RemoteError extends Error {
  override name = 'RemoteError';
  constructor(
    readonly spreadsheetId: string,
    /** HTTP status, or 0 when the API could not be reached. */
    readonly status: number,
    /** Which of lib/i18n/remote.ts' words says it, and what they name. */
    readonly why: RemoteWhy,
    readonly params: Readonly<Record<string, string | number>>,
    options?: { cause?: unknown },
  ) {
    super(sayRemote(why, params, 'en'), options);
  }

  say(locale: Locale): string {
    return sayRemote(this.why, this.params, locale);
  }
}

function sayRemote(why: RemoteWhy, params: Readonly<Record<string, string | number>>, locale: Locale): string {
  const n = params['attempts'];
  const tries = typeof n === 'number' && n > 1 ? fill(REMOTE_WORDS.tries[locale], { n }) : '';
  const detail =
    why === 'notSignedIn'
      ? params['detail']
        ? fill(REMOTE_WORDS.because[locale], { detail: params['detail'] })
        : ''
      : (params['detail'] ?? '');
  return fill(REMOTE_WORDS[why][locale], { ...params, tries, detail });
}

export type ErrorContext = {
  readonly spreadsheetId: string;
  /** Who paicha runs as, for "share the spreadsheet with …". */
  readonly account: string;
  /** Attempts made before giving up (retried failures only). */
  readonly attempts?: number;
};

/** Turns any error from a Sheets API call into a RemoteError with a clear message. */
export function toRemoteError(e: unknown, c: ErrorContext): RemoteError {
  if (e instanceof RemoteError) return e;
  const id = c.spreadsheetId;
  const status = httpStatus(e);
  const base = { id, attempts: c.attempts ?? 1 };
  const say = (s: number, why: RemoteWhy, more: Record<string, string | number> = {}) =>
    new RemoteError(id, s, why, { ...base, ...more }, { cause: e });
  if (status === undefined) {
    const net = networkCode(e);
    if (net !== undefined) return say(0, 'unreachable', { code: net });
    if (/default credentials|no credentials|invalid_grant|ENOENT.*json/i.test(apiMessage(e)))
      return say(401, 'notSignedIn', { detail: apiMessage(e) });
    return say(0, 'other', { detail: apiMessage(e) });
  }
  switch (status) {
    case 400:
      return say(400, 'refused', { detail: apiMessage(e) });
    case 401:
      return say(401, 'notSignedIn');
    case 403:
      return say(403, 'noAccess', { account: c.account });
    case 404:
      return say(404, 'notFound');
    case 429:
      return say(429, 'quota');
    default:
      if (status >= 500) return say(status, 'failed', { status, detail: apiMessage(e) });
      return say(status, 'status', { status, detail: apiMessage(e) });
  }
}
