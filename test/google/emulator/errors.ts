// Google's JSON error shape (AIP-193) and the messages the Sheets API really sends.
// Messages marked "seen" were checked against published API responses; the rest are plausible
// stand-ins for cases whose exact wording could not be found.

export type GoogleStatus =
  | 'INVALID_ARGUMENT'
  | 'UNAUTHENTICATED'
  | 'PERMISSION_DENIED'
  | 'NOT_FOUND'
  | 'RESOURCE_EXHAUSTED'
  | 'INTERNAL'
  | 'UNIMPLEMENTED'
  | 'UNAVAILABLE'
  | 'DEADLINE_EXCEEDED';

export type ErrorBody = {
  error: { code: number; message: string; status: GoogleStatus; details?: readonly unknown[] };
};

export class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly status: GoogleStatus,
    message: string,
    readonly details?: readonly unknown[],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  body(): ErrorBody {
    const error: ErrorBody['error'] = { code: this.code, message: this.message, status: this.status };
    if (this.details) error.details = this.details;
    return { error };
  }

  /** The same error with a prefix such as `Invalid data[0]: `, as batch endpoints report it. */
  prefixed(prefix: string): ApiError {
    return new ApiError(this.code, this.status, prefix + this.message, this.details);
  }
}

const STATUS_BY_CODE: Record<number, GoogleStatus> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  501: 'UNIMPLEMENTED',
  503: 'UNAVAILABLE',
  504: 'DEADLINE_EXCEEDED',
};

export const badRequest = (message: string, details?: readonly unknown[]): ApiError =>
  new ApiError(400, 'INVALID_ARGUMENT', message, details);

// seen
export const notFound = (): ApiError => new ApiError(404, 'NOT_FOUND', 'Requested entity was not found.');

export const methodNotFound = (): ApiError => new ApiError(404, 'NOT_FOUND', 'Method not found.');

// seen
export const permissionDenied = (): ApiError => new ApiError(403, 'PERMISSION_DENIED', 'The caller does not have permission');

// seen
export const unauthenticated = (): ApiError =>
  new ApiError(
    401,
    'UNAUTHENTICATED',
    'Request is missing required authentication credential. Expected OAuth 2 access token, login cookie ' +
      'or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.',
  );

// seen: what a write answers when the caller sent only an API key
export const apiKeyNotSupported = (): ApiError =>
  new ApiError(
    401,
    'UNAUTHENTICATED',
    'API keys are not supported by this API. Expected OAuth2 access token or other authentication credentials ' +
      'that assert a principal. See https://cloud.google.com/docs/authentication',
  );

// seen: "Unable to parse range: Class Data!A2:E"
export const unparsableRange = (range: string): ApiError => badRequest(`Unable to parse range: ${range}`);

// seen: "Range (query!CRM26) exceeds grid limits. Max rows: 10002, max columns: 35"
export const exceedsGrid = (range: string, rows: number, columns: number): ApiError =>
  badRequest(`Range (${range}) exceeds grid limits. Max rows: ${rows}, max columns: ${columns}`);

// seen: Invalid JSON payload received. Unknown name "DeleteRange" at 'requests[0]': Cannot find field.
export const unknownField = (name: string, at: string): ApiError => {
  const where = at === '' ? '' : ` at '${at}'`;
  const message = `Invalid JSON payload received. Unknown name "${name}"${where}: Cannot find field.`;
  return badRequest(message, [
    {
      '@type': 'type.googleapis.com/google.rpc.BadRequest',
      fieldViolations: [{ field: at, description: message }],
    },
  ]);
};

/** A request kind the real API knows but this emulator does not model: say so, not a fake 400. */
export const notEmulated = (what: string): ApiError =>
  new ApiError(501, 'UNIMPLEMENTED', `The Sheets emulator does not implement ${what}.`);

export type QuotaKind = 'Read' | 'Write';

// seen: metric, limit and ErrorInfo metadata as the API sends them in 2021-2025
export const quotaExceeded = (kind: QuotaKind): ApiError =>
  new ApiError(
    429,
    'RESOURCE_EXHAUSTED',
    `Quota exceeded for quota metric '${kind} requests' and limit '${kind} requests per minute per user' ` +
      `of service 'sheets.googleapis.com' for consumer 'project_number:123456789012'.`,
    [
      {
        '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
        reason: 'RATE_LIMIT_EXCEEDED',
        domain: 'googleapis.com',
        metadata: {
          consumer: 'projects/123456789012',
          quota_limit: `${kind}RequestsPerMinutePerUser`,
          quota_metric: `sheets.googleapis.com/${kind.toLowerCase()}_requests`,
          service: 'sheets.googleapis.com',
        },
      },
    ],
  );

const DEFAULT_MESSAGE: Partial<Record<number, string>> = {
  400: 'Request contains an invalid argument.',
  500: 'Internal error encountered.',
  501: 'Operation is not implemented, or supported, or enabled.',
  503: 'The service is currently unavailable.',
  504: 'The request timed out. Please try again.',
};

/** The error a given HTTP status answers with when injected; `kind` picks the quota message for 429. */
export function errorForStatus(code: number, kind: QuotaKind, message?: string): ApiError {
  if (message === undefined) {
    if (code === 404) return notFound();
    if (code === 403) return permissionDenied();
    if (code === 401) return unauthenticated();
    if (code === 429) return quotaExceeded(kind);
  }
  const status = STATUS_BY_CODE[code] ?? (code >= 500 ? 'INTERNAL' : 'INVALID_ARGUMENT');
  return new ApiError(code, status, message ?? DEFAULT_MESSAGE[code] ?? 'Request failed.');
}
