import { parseArgs } from 'node:util';
import { USAGE_WORDS, type UsageCode } from '../../../lib/i18n/cli.ts';
import { fill, isLocale, LOCALES, type Locale } from '../../../lib/i18n/locale.ts';
import { OptionError, parseAsOf as readAsOf, resolveOptions } from '../../../lib/options.ts';

/** A command line paicha cannot run (exit 2), said in the user's locale by main(). */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(
    readonly code: UsageCode,
    readonly params: Readonly<Record<string, string | number>> = {},
    /** The error this one puts in context, said as its {reason}. */
    readonly inner?: UsageError,
  ) {
    super(fill(USAGE_WORDS[code].en, { ...params, ...(inner ? { reason: inner.message } : {}) }));
  }

  say(locale: Locale): string {
    return fill(USAGE_WORDS[this.code][locale], { ...this.params, ...(this.inner ? { reason: this.inner.say(locale) } : {}) });
  }
}

/** node:util's parseArgs errors, in paicha's words: its own messages are English only. */
function argsError(e: unknown): UsageError {
  const code = (e as { code?: string }).code;
  const message = e instanceof Error ? e.message : String(e);
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError('unknownOption', { option: quoted });
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return new UsageError('optionValue', { option: /(--?[\w-]+)/.exec(message)?.[1] ?? quoted });
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return new UsageError('unexpected', { value: quoted });
  return new UsageError('badArguments');
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
  tally: {
    ...COMMON,
    json: { type: 'boolean' },
    out: { type: 'string', short: 'o' },
    'in-place': { type: 'boolean' },
    write: { type: 'boolean' },
    html: { type: 'boolean' },
  },
  check: { ...COMMON, json: { type: 'boolean' }, write: { type: 'boolean' } },
  report: { ...COMMON },
  init: { locale: COMMON.locale, help: COMMON.help, force: { type: 'boolean' } },
  demo: { locale: COMMON.locale, help: COMMON.help, out: { type: 'string', short: 'o' }, json: { type: 'boolean' } },
  addon: { locale: COMMON.locale, help: COMMON.help },
  rollup: {
    ...COMMON,
    json: { type: 'boolean' },
    out: { type: 'string', short: 'o' },
    write: { type: 'string' },
    list: { type: 'string' },
    concurrency: { type: 'string' },
  },
} as const;

export type CommandName = keyof typeof OPTIONS;

type Parsed<C extends CommandName> = ReturnType<
  typeof parseArgs<{ args: string[]; options: (typeof OPTIONS)[C]; allowPositionals: true; strict: true }>
>;

export function parseCommand<C extends CommandName>(name: C, argv: readonly string[]): Parsed<C> {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS[name], allowPositionals: true, strict: true });
  } catch (e) {
    throw argsError(e);
  }
}

export function parseLocale(v: string | undefined): Locale | undefined {
  if (v === undefined) return undefined;
  if (isLocale(v)) return v;
  throw new UsageError('badLocale', { locales: LOCALES.join(', '), value: v });
}

/** --as-of: a day (2020-02-03) or a day and time (2020-02-01T23:00) that exists; today when not given. */
export function parseAsOf(v: string | undefined, today: string): string {
  if (v === undefined) return today;
  try {
    readAsOf(v);
  } catch (e) {
    if (e instanceof OptionError) throw new UsageError('badAsOf', { value: v });
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
    if (eq <= 0) throw new UsageError('badColumn', { value: pair });
    out[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return out;
}

export function parseCount(v: string | undefined, flag: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new UsageError('badCount', { flag, value: v });
  return n;
}

/** --max-donation YUAN: the ceiling of one donation, a positive amount (1e8, 100000000 or 100,000,000). */
export function parseYuan(v: string | undefined, flag: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v.replace(/,/g, ''));
  if (!Number.isFinite(n) || n <= 0) throw new UsageError('badYuan', { flag, value: v });
  return n;
}

/** --cutoff HH:MM: the day's reporting deadline for shops and the duty log (default 20:00). */
export function parseCutoff(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  try {
    resolveOptions({ cutoff: v });
  } catch (e) {
    if (e instanceof OptionError) throw new UsageError('badCutoff', { value: v });
    throw e;
  }
  return v;
}
