// The loopback HTTP server: authentication, injected faults, quotas, 404/403, then the endpoint.
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { QuoteStyle } from './a1.ts';
import {
  ApiError,
  apiKeyNotSupported,
  badRequest,
  errorForStatus,
  methodNotFound,
  notFound,
  permissionDenied,
  quotaExceeded,
  unauthenticated,
} from './errors.ts';
import { type Fault, FaultPlan, type LoggedRequest, Quota, isRead } from './faults.ts';
import { type Route, detailOf, handle, isWrite, route, withFields } from './router.ts';
import { type Spreadsheet, cloneSpreadsheet } from './store.ts';

export type SheetsEmulatorOptions = {
  /** Read requests (get, values.get, values.batchGet) allowed in any 60 s; more answer 429. */
  readonly readQuotaPerMinute?: number;
  readonly writeQuotaPerMinute?: number;
  /** The clock quotas are counted on (ms); a test may pass a virtual one. Default `Date.now`. */
  readonly now?: () => number;
  /** How returned ranges quote sheet titles: `'always'` (what the API sends today) or `'when-needed'`. */
  readonly quoteSheetNames?: QuoteStyle;
  /** Added to every answer, to make concurrency observable. */
  readonly latencyMs?: number;
  /** Seed for generated ids (sheetId, metadataId, chartId, spreadsheet ids). */
  readonly seed?: number;
};

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export class EmulatorCore {
  readonly spreadsheets = new Map<string, Spreadsheet>();
  readonly denied = new Set<string>();
  readonly faults = new FaultPlan();
  readonly log: LoggedRequest[] = [];
  readonly random: () => number;
  readonly now: () => number;
  readonly quote: QuoteStyle;
  inFlight = 0;
  maxInFlight = 0;
  #reads: Quota;
  #writes: Quota;

  constructor(readonly options: SheetsEmulatorOptions) {
    this.random = mulberry32(options.seed ?? 20200201);
    this.now = options.now ?? Date.now;
    this.quote = options.quoteSheetNames ?? 'always';
    this.#reads = new Quota(options.readQuotaPerMinute, this.now);
    this.#writes = new Quota(options.writeQuotaPerMinute, this.now);
  }

  async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const r: Route = route(req.method ?? 'GET', url.pathname);
    const at = this.now();
    const raw = await readBody(req);
    let body: unknown;
    const bearer = /^Bearer \S+/i.test(req.headers.authorization ?? '');
    const auth = bearer ? 'bearer' : url.searchParams.has('key') ? 'key' : 'none';
    let status = 200;
    let answer: unknown;
    let fault: Fault | undefined;
    try {
      if (raw !== '') {
        try {
          body = JSON.parse(raw);
        } catch {
          throw badRequest(`Invalid JSON payload received. Unexpected token.\n${raw.slice(0, 40)}\n^`);
        }
      }
      if (auth === 'none') throw unauthenticated();
      if (auth === 'key' && isWrite(r.kind)) throw apiKeyNotSupported();
      fault = this.faults.take(r.spreadsheetId, r.kind);
      if (fault?.delayMs) await sleep(fault.delayMs);
      if (fault && fault.status !== 200 && fault.status !== 'reset') {
        throw errorForStatus(fault.status, isRead(r.kind) ? 'Read' : 'Write', fault.message);
      }
      if (r.kind === 'unknown') throw methodNotFound();
      const quota = isRead(r.kind) ? this.#reads : this.#writes;
      if (!quota.admit()) throw quotaExceeded(isRead(r.kind) ? 'Read' : 'Write');
      const ss = this.spreadsheets.get(r.spreadsheetId ?? '');
      if (!ss) throw notFound();
      if (this.denied.has(ss.id)) throw permissionDenied();
      // Requests are atomic: a write works on a copy that replaces the spreadsheet only on success.
      const target = isWrite(r.kind) ? cloneSpreadsheet(ss) : ss;
      const cfg = { quote: this.quote, random: this.random };
      answer = withFields(handle(r, target, url.searchParams, body ?? {}, cfg), url.searchParams);
      if (target !== ss) this.spreadsheets.set(ss.id, target);
    } catch (e) {
      // An exception that is not an API error is a bug in the emulator: say so rather than pose as Google.
      const err = e instanceof ApiError ? e : errorForStatus(500, 'Read', `Sheets emulator bug: ${String(e)}`);
      status = err.code;
      answer = err.body();
    }
    if (this.options.latencyMs) await sleep(this.options.latencyMs);
    const dropped = fault?.status === 'reset';
    this.log.push({
      seq: this.log.length + 1,
      method: req.method ?? 'GET',
      path: safeDecode(url.pathname),
      query: url.search,
      spreadsheetId: r.spreadsheetId,
      kind: r.kind,
      status: dropped ? 0 : status,
      detail: detailOf(r, url.searchParams, body),
      auth,
      at,
    });
    this.inFlight -= 1;
    if (dropped) {
      req.socket.destroy();
      return;
    }
    const text = JSON.stringify(answer, null, 2);
    res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function listen(core: EmulatorCore): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    core.serve(req, res).catch((e: unknown) => {
      res.statusCode = 500;
      res.end(String(e));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return { server, port: (server.address() as AddressInfo).port };
}
