import { DEFAULT_LOCALE, type Locale } from '../../lib/i18n/locale.ts';
// Many spreadsheets read with bounded concurrency, each tallied on its own; one failing does not
// stop the others. The read quota is kept by the session's token bucket.
import { tallyWorkbook, type TallyResult } from '../../lib/result.ts';
import type { TallyOptions } from '../../lib/options.ts';
import { RemoteError } from './errors.ts';
import { RemoteWorkbook } from './remote-workbook.ts';
import type { SheetsSession } from './session.ts';

export type RollupEntry =
  | { id: string; title: string; ok: true; result: TallyResult }
  | { id: string; title: string; ok: false; error: string; status?: number };

export type RollupTotals = {
  spreadsheets: number;
  counted: number;
  failed: number;
  households: number;
  verified: number;
  unreached: number;
  rate: number;
  /** Yuan, summed in cents. */
  donations: number;
  errors: number;
  warnings: number;
};

export type RollupOptions = {
  readonly concurrency: number;
  /** Tally options for one spreadsheet, once it is open (its time zone decides "today"). */
  readonly options: (wb: RemoteWorkbook) => TallyOptions;
  readonly onProgress?: ((done: number, failed: number) => void) | undefined;
  /** The language a failed spreadsheet's error is said in (default zh-Hans). */
  readonly locale?: Locale | undefined;
};

/** Entries in the order of `ids`. */
export async function rollup(s: SheetsSession, ids: readonly string[], o: RollupOptions): Promise<RollupEntry[]> {
  const out: RollupEntry[] = new Array(ids.length);
  let next = 0;
  let done = 0;
  let failed = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < ids.length; i = next++) {
      const id = ids[i]!;
      const entry = await one(s, id, o);
      out[i] = entry;
      done++;
      if (!entry.ok) failed++;
      o.onProgress?.(done, failed);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(o.concurrency, ids.length)) }, worker));
  return out;
}

async function one(s: SheetsSession, id: string, o: RollupOptions): Promise<RollupEntry> {
  try {
    const wb = await RemoteWorkbook.open(s, id);
    // paicha's own sheets (by their marker) are output, not input.
    const inputs = wb.read(wb.sheetNames().filter((n) => !wb.isGenerated(n)));
    return { id, title: wb.title, ok: true, result: tallyWorkbook(inputs, { ...o.options(wb), exclude: () => false }) };
  } catch (e) {
    const status = e instanceof RemoteError ? e.status : undefined;
    const error = e instanceof RemoteError ? e.say(o.locale ?? DEFAULT_LOCALE) : e instanceof Error ? e.message : String(e);
    return status === undefined ? { id, title: '', ok: false, error } : { id, title: '', ok: false, error, status };
  }
}

const cents = (yuan: number): number => Math.round(yuan * 100);

export function rollupTotals(entries: readonly RollupEntry[]): RollupTotals {
  let households = 0,
    verified = 0,
    donationCents = 0,
    errors = 0,
    warnings = 0,
    counted = 0;
  for (const e of entries) {
    if (!e.ok) continue;
    counted++;
    households += e.result.households.total;
    verified += e.result.households.verified;
    donationCents += cents(e.result.donations.total);
    errors += e.result.problems.errors;
    warnings += e.result.problems.warnings;
  }
  return {
    spreadsheets: entries.length,
    counted,
    failed: entries.length - counted,
    households,
    verified,
    unreached: households - verified,
    rate: households > 0 ? Math.round((verified / households) * 10_000) / 10_000 : 0,
    donations: donationCents / 100,
    errors,
    warnings,
  };
}
