// What a failed Sheets API call means to the person running paicha. googleapis rejects with a
// GaxiosError: `status` is the HTTP status, `code` a string for network failures (ECONNRESET…).

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

const NETWORK = /^(ECONNRESET|ECONNREFUSED|ECONNABORTED|ETIMEDOUT|ESOCKETTIMEDOUT|EPIPE|EAI_AGAIN|ENOTFOUND|ENETUNREACH|EHOSTUNREACH|ENETDOWN|UND_ERR_\w+|TimeoutError)$/;

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
export function apiMessage(e: unknown): string {
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
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export type ErrorContext = {
  readonly spreadsheetId: string;
  /** Who paicha runs as, for "share the spreadsheet with …". */
  readonly account: string;
  /** Attempts made before giving up (retried failures only). */
  readonly attempts?: number;
};

const NOT_SIGNED_IN =
  'not signed in to Google: set GOOGLE_APPLICATION_CREDENTIALS to a service-account key file, run `gcloud auth application-default login`, or set GOOGLE_OAUTH_ACCESS_TOKEN (tokens expire after an hour)';

/** Turns any error from a Sheets API call into a RemoteError with a clear message. */
export function toRemoteError(e: unknown, c: ErrorContext): RemoteError {
  if (e instanceof RemoteError) return e;
  const id = c.spreadsheetId;
  const status = httpStatus(e);
  const tries = c.attempts !== undefined && c.attempts > 1 ? ` after ${c.attempts} attempts` : '';
  const say = (s: number, text: string) => new RemoteError(id, s, text, { cause: e });
  if (status === undefined) {
    const net = networkCode(e);
    if (net !== undefined) return say(0, `could not reach the Google Sheets API (${net})${tries}: check the network and try again`);
    if (/default credentials|no credentials|invalid_grant|ENOENT.*json/i.test(apiMessage(e))) return say(401, `${NOT_SIGNED_IN} (${apiMessage(e)})`);
    return say(0, `${id}: ${apiMessage(e)}`);
  }
  switch (status) {
    case 400:
      return say(400, `${id}: the Sheets API refused the request: ${apiMessage(e)}`);
    case 401:
      return say(401, NOT_SIGNED_IN);
    case 403:
      return say(403, `no access to spreadsheet ${id}: share the spreadsheet with ${c.account} (or use an account that can open it)`);
    case 404:
      return say(404, `no spreadsheet with id ${id}: check the id or URL`);
    case 429:
      return say(429, `${id}: the Sheets API quota is used up${tries}; wait a minute, or lower --concurrency or PAICHA_READS_PER_MINUTE`);
    default:
      if (status >= 500) return say(status, `${id}: the Sheets API failed (${status} ${apiMessage(e)})${tries}; try again later`);
      return say(status, `${id}: ${status} ${apiMessage(e)}`);
  }
}
