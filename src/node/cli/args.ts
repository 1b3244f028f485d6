import { parseArgs } from 'node:util';
import { LOCALES, type Locale } from '../../../lib/i18n/locale.ts';
import { OptionError, parseAsOf as readAsOf, resolveOptions } from '../../../lib/options.ts';

export class UsageError extends Error {
  override name = 'UsageError';
}

const COMMON = {
  locale: { type: 'string' },
  'as-of': { type: 'string' },
  column: { type: 'string', multiple: true },
  'max-problems': { type: 'string' },
  'max-donation': { type: 'string' },
  cutoff: { type: 'string' },
  'watch-days': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const OPTIONS = {
  tally: { ...COMMON, json: { type: 'boolean' }, out: { type: 'string', short: 'o' }, 'in-place': { type: 'boolean' }, write: { type: 'boolean' }, html: { type: 'boolean' } },
  check: { ...COMMON, json: { type: 'boolean' }, write: { type: 'boolean' } },
  report: { ...COMMON },
  init: { locale: COMMON.locale, help: COMMON.help, force: { type: 'boolean' } },
  demo: { locale: COMMON.locale, help: COMMON.help, out: { type: 'string', short: 'o' }, json: { type: 'boolean' } },
  addon: { locale: COMMON.locale, help: COMMON.help },
  rollup: { ...COMMON, json: { type: 'boolean' }, out: { type: 'string', short: 'o' }, write: { type: 'string' }, list: { type: 'string' }, concurrency: { type: 'string' } },
} as const;

export type CommandName = keyof typeof OPTIONS;

type Parsed<C extends CommandName> = ReturnType<typeof parseArgs<{ args: string[]; options: (typeof OPTIONS)[C]; allowPositionals: true; strict: true }>>;

export function parseCommand<C extends CommandName>(name: C, argv: readonly string[]): Parsed<C> {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS[name], allowPositionals: true, strict: true });
  } catch (e) {
    // Node's own wording of an unknown option leaves a quote open ('-- "--bogus"): said whole here.
    const unknown = (e as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /'(-[^']*)'/.exec((e as Error).message)?.[1] : undefined;
    if (unknown !== undefined) throw new UsageError(`unknown option "${unknown}" (a FILE starting with "-" goes after "--", as in: -- "${unknown}")`);
    throw new UsageError((e as Error).message);
  }
}

export function parseLocale(v: string | undefined): Locale | undefined {
  if (v === undefined) return undefined;
  if ((LOCALES as readonly string[]).includes(v)) return v as Locale;
  throw new UsageError(`--locale must be one of ${LOCALES.join(', ')}, not "${v}"`);
}

/** --as-of: a day (2020-02-03) or a day and time (2020-02-01T23:00) that exists; today when not given. */
export function parseAsOf(v: string | undefined, today: string): string {
  if (v === undefined) return today;
  try {
    readAsOf(v);
  } catch (e) {
    if (e instanceof OptionError) throw new UsageError(`--as-of takes ${e.expected}, not "${v}"`);
    throw e;
  }
  return v;
}

/** --column "楼栋编号=building" (repeatable): a team's own header for a field. */
export function parseColumns(v: readonly string[] | undefined): Record<string, string> | undefined {
  if (!v || v.length === 0) return undefined;
  const out: Record<string, string> = {};
  for (const pair of v) {
    const eq = pair.lastIndexOf('=');
    if (eq <= 0) throw new UsageError(`--column takes HEADER=FIELD, e.g. --column "楼栋编号=building", not "${pair}"`);
    out[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return out;
}

export function parseCount(v: string | undefined, flag: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${flag} takes a whole number, not "${v}"`);
  return n;
}

/** --max-donation YUAN: the ceiling of one donation, a positive amount (1e8, 100000000 or 100,000,000). */
export function parseYuan(v: string | undefined, flag: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v.replace(/,/g, ''));
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${flag} takes an amount in yuan greater than 0, e.g. ${flag} 100000000, not "${v}"`);
  return n;
}

/** --cutoff HH:MM: the day's reporting deadline for shops and the duty log (default 20:00). */
export function parseCutoff(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  try {
    resolveOptions({ cutoff: v });
  } catch (e) {
    if (e instanceof OptionError) throw new UsageError(`--cutoff takes ${e.expected}, e.g. --cutoff 20:00, not "${v}"`);
    throw e;
  }
  return v;
}
