// Google spreadsheets on the command line: telling a spreadsheet from a file, and opening one.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pickLocale } from '../../../lib/i18n/locale.ts';
import type { RunOptions } from '../../commands/run.ts';
import { sheetsClient } from '../../google/client.ts';
import { TokenBucket } from '../../google/rate-limit.ts';
import { RemoteWorkbook } from '../../google/remote-workbook.ts';
import { DEFAULT_RETRY, realSleep, type Sleep } from '../../google/retry.ts';
import { session, type SheetsSession } from '../../google/session.ts';
import { looksLikeId, looksLikeUrl, parseSpreadsheetId, SpreadsheetIdError } from '../../google/spreadsheet-id.ts';
import { todayInTimeZone } from '../../google/today.ts';
import { UsageError } from './args.ts';
import type { Io } from './io.ts';

/** Clock, sleep and randomness of the Sheets API calls; tests pass fast, deterministic ones. */
export type GoogleDeps = {
  readonly now: () => number;
  readonly sleep: Sleep;
  readonly random: () => number;
};

/** An Io that may carry GoogleDeps (tests); the CLI's own Io does not. */
export type IoWithGoogle = Io & { readonly google?: Partial<GoogleDeps> };

export function googleDeps(io: Io): GoogleDeps {
  const g = (io as IoWithGoogle).google ?? {};
  return { now: g.now ?? Date.now, sleep: g.sleep ?? realSleep, random: g.random ?? Math.random };
}

/**
 * True when a command-line input names a Google spreadsheet: a path that exists on disk is a file;
 * otherwise a docs.google.com URL or an id-shaped string (about 44 letters, digits, - and _) is one.
 */
export async function isSpreadsheetArg(arg: string, cwd: string): Promise<boolean> {
  if (looksLikeUrl(arg)) return true;
  const onDisk = await stat(resolve(cwd, arg)).then(
    () => true,
    () => false,
  );
  return !onDisk && looksLikeId(arg);
}

export function spreadsheetId(arg: string): string {
  try {
    return parseSpreadsheetId(arg);
  } catch (e) {
    if (e instanceof SpreadsheetIdError) throw new UsageError(e.kind, { input: e.input });
    throw e;
  }
}

export type SessionOptions = {
  readonly write: boolean;
  /** Reads allowed per minute; gates every read request (retries too) when given. */
  readonly readsPerMinute?: number;
};

export async function openSession(io: Io, o: SessionOptions): Promise<SheetsSession> {
  const deps = googleDeps(io);
  const client = await sheetsClient(io.env, { write: o.write, cwd: io.cwd });
  return session(client.api, {
    retry: { ...DEFAULT_RETRY, sleep: deps.sleep, random: deps.random },
    account: () => client.account(),
    ...(o.readsPerMinute !== undefined ? { reads: new TokenBucket(o.readsPerMinute, deps.now, deps.sleep) } : {}),
  });
}

/** Opens the spreadsheet an argument names: two read requests. */
export async function openSpreadsheet(io: Io, arg: string, o: SessionOptions): Promise<RemoteWorkbook> {
  return RemoteWorkbook.open(await openSession(io, o), spreadsheetId(arg));
}

/**
 * A spreadsheet's own settings stand in for options not given: its locale picks the language (so
 * the sheet names match the add-on's), and "today" is today in its time zone. Dates arrive as
 * serial numbers, which need no offset.
 */
export function spreadsheetOptions(
  o: RunOptions,
  given: { readonly 'as-of'?: string | undefined },
  ss: { readonly timeZone: string; readonly locale: string },
  io: Io,
): RunOptions {
  return {
    ...o,
    asOf: given['as-of'] ?? todayInTimeZone(ss.timeZone, new Date(googleDeps(io).now())),
    locale: o.locale ?? pickLocale(ss.locale),
  };
}

/** `<title>.paicha.xlsx` in the working folder, with characters file systems refuse replaced. */
export function remoteOutput(title: string, cwd: string): string {
  const safe =
    title
      .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')
      .replace(/^\.+/, '')
      .trim() || 'spreadsheet';
  return resolve(cwd, `${safe}.paicha.xlsx`);
}

/** PAICHA_READS_PER_MINUTE, default 60: the Sheets API's read quota per user. */
export function readsPerMinute(io: Io): number {
  const v = io.env['PAICHA_READS_PER_MINUTE'];
  if (v === undefined || v === '') return 60;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError('badReadsPerMinute', { value: v });
  return n;
}
