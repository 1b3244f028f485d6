import type { RunOptions } from '../../commands/run.ts';
import { nodeGbkEncoder } from '../files/gbk.ts';
import { parseAsOf, parseColumns, parseCount, parseCutoff, parseLocale, parseYuan, UsageError } from './args.ts';
import type { Io } from './io.ts';

type CommonValues = {
  locale?: string | undefined;
  'as-of'?: string | undefined;
  column?: string[] | undefined;
  'max-problems'?: string | undefined;
  'max-donation'?: string | undefined;
  cutoff?: string | undefined;
  'watch-days'?: string | undefined;
};

/**
 * The tally options every data command shares. File grids carry UTC-midnight Dates: offset 0. Text
 * is checked for mojibake with Node's GB18030 tables.
 */
export function runOptions(v: CommonValues, io: Io): RunOptions {
  const locale = parseLocale(v.locale);
  const columns = parseColumns(v.column);
  const maxProblems = parseCount(v['max-problems'], '--max-problems');
  const maxDonation = parseYuan(v['max-donation'], '--max-donation');
  const cutoff = parseCutoff(v.cutoff);
  const watchDays = parseCount(v['watch-days'], '--watch-days');
  if (watchDays === 0) throw new UsageError('badWatchDays', { value: '0' });
  return {
    asOf: parseAsOf(v['as-of'], io.today()),
    tzOffsetMinutes: 0,
    encodeGbk: nodeGbkEncoder(),
    ...(locale ? { locale } : {}),
    ...(columns ? { columns } : {}),
    ...(maxProblems !== undefined ? { maxProblems } : {}),
    ...(maxDonation !== undefined ? { maxDonation } : {}),
    ...(cutoff !== undefined ? { cutoff } : {}),
    ...(watchDays !== undefined ? { watchDays } : {}),
  };
}
