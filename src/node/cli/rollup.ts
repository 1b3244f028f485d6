import { CLI_WORDS as W } from '../../../lib/i18n/cli.ts';
import { formatYuanAmount } from '../../../lib/cells/money.ts';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { percent } from '../../../lib/render/daily-report.ts';
import { writeOwned } from '../../commands/run.ts';
import { RemoteWorkbook } from '../../google/remote-workbook.ts';
import { rollup, rollupTotals, type RollupEntry, type RollupTotals } from '../../google/rollup.ts';
import { rollupSheet } from '../../google/rollup-sheet.ts';
import { spreadsheetUrl } from '../../google/spreadsheet-id.ts';
import { todayInTimeZone } from '../../google/today.ts';
import { writeGeneratedXlsx } from '../files/write-xlsx.ts';
import { parseCommand, parseCount, UsageError } from './args.ts';
import { helpText } from './help.ts';
import { EXIT, type Io } from './io.ts';
import { runOptions } from './options.ts';
import { table } from './print.ts';
import { googleDeps, openSession, readsPerMinute, spreadsheetId } from './remote.ts';
import { fill, pickLocale, type Locale } from '../../../lib/i18n/locale.ts';
import { PROGRESS_WORDS } from '../../../lib/i18n/progress.ts';

const DEFAULT_CONCURRENCY = 4;

/** `paicha rollup ID... | --list FILE [--out FILE | --write ID] [--json] [--concurrency N]` */
export async function rollupCli(argv: readonly string[], io: Io): Promise<number> {
  const { values: v, positionals } = parseCommand('rollup', argv);
  if (v.help) {
    io.out(helpText('rollup', v.locale));
    return EXIT.ok;
  }
  if (v.out !== undefined && v.write !== undefined) throw new UsageError('rollupOutAndWrite');
  const ids = dedupe([...positionals.map(spreadsheetId), ...(v.list === undefined ? [] : await listFile(resolve(io.cwd, v.list)))]);
  if (ids.length === 0) throw new UsageError('rollupNeedIds');
  const target = v.write === undefined ? undefined : spreadsheetId(v.write);
  const concurrency = parseCount(v.concurrency, '--concurrency') ?? DEFAULT_CONCURRENCY;
  if (concurrency < 1) throw new UsageError('badConcurrency');
  const o = runOptions(v, io);
  const now = googleDeps(io).now;
  const session = await openSession(io, { write: target !== undefined, readsPerMinute: readsPerMinute(io) });

  const entries = await rollup(session, ids, {
    concurrency,
    // Each spreadsheet's own "today" and language unless given.
    options: (wb) => ({
      ...o,
      asOf: v['as-of'] ?? todayInTimeZone(wb.timeZone, new Date(now())),
      locale: o.locale ?? pickLocale(wb.locale),
    }),
    onProgress: progressBar(io, ids.length, o.locale ?? 'zh-Hans'),
    locale: o.locale,
  });
  io.status?.clear();
  const totals = rollupTotals(entries);
  const locale: Locale = o.locale ?? 'zh-Hans';
  const sheet = rollupSheet(entries, totals, locale);

  let written = '';
  if (v.out !== undefined) {
    const path = resolve(io.cwd, v.out);
    await writeGeneratedXlsx(path, [sheet]);
    written = path;
  } else if (target !== undefined) {
    const wb = await RemoteWorkbook.open(session, target);
    const { refused } = writeOwned(wb, [sheet]);
    if (refused.length > 0) {
      io.err(fill(W.rollupRefused[locale], { title: wb.title, name: sheet.name }));
    }
    await wb.flush();
    if (refused.length === 0) written = `${wb.title} (${spreadsheetUrl(wb.id)}) › ${sheet.name}`;
  }

  if (v.json) io.out(JSON.stringify({ spreadsheets: entries.map(jsonEntry), totals }, null, 2));
  else {
    io.out(rollupText(entries, totals, locale));
    if (written !== '') io.out(`\n→ ${written}`);
  }
  for (const e of entries) if (!e.ok) io.err(`paicha rollup: ${e.error}`);
  return totals.failed > 0 ? EXIT.dataErrors : EXIT.ok;
}

/** One spreadsheet id or URL a line; blank lines and # comments skipped; text after the id ignored. */
async function listFile(path: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new UsageError('rollupListUnreadable', { path, reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
  }
  const ids: string[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((line, i) => {
      const first = line.trim().split(/\s+/)[0] ?? '';
      if (first === '' || first.startsWith('#')) return;
      try {
        ids.push(spreadsheetId(first));
      } catch (e) {
        if (e instanceof UsageError) throw new UsageError('rollupListLine', { path, line: i + 1 }, e);
        throw e;
      }
    });
  return ids;
}

const dedupe = (ids: readonly string[]): string[] => [...new Set(ids)];

function jsonEntry(e: RollupEntry) {
  return e.ok ? { id: e.id, title: e.title, ok: true, result: e.result } : { id: e.id, title: e.title, ok: false, error: e.error };
}

function rollupText(entries: readonly RollupEntry[], t: RollupTotals, locale: Locale): string {
  const head = [W.spreadsheet, W.households, W.verified, W.rate, W.donationsTotal, W.dataErrors].map((w) => w[locale]);
  const rows = entries.map((e) =>
    e.ok
      ? [
          e.title,
          String(e.result.households.total),
          String(e.result.households.verified),
          percent(e.result.households.rate),
          formatYuanAmount(e.result.donations.total),
          String(e.result.problems.errors),
        ]
      : [e.id, '—', '—', '—', '—', '—'],
  );
  rows.push([W.total[locale], String(t.households), String(t.verified), percent(t.rate), formatYuanAmount(t.donations), String(t.errors)]);
  const failed = t.failed > 0 ? `\n${fill(W.rollupFailed[locale], { failed: t.failed, total: t.spreadsheets })}` : '';
  return table([head, ...rows]) + failed;
}

/** A bar on the progress line of a terminal (stderr); nothing when stderr goes to a pipe or a file. */
function progressBar(io: Io, total: number, locale: Locale): ((done: number, failed: number) => void) | undefined {
  const status = io.status;
  if (!status) return undefined;
  return (done, failed) => {
    const width = 30;
    const filled = Math.round((width * done) / total);
    const tail = failed > 0 ? fill(PROGRESS_WORDS.failed[locale], { n: failed }) : '';
    status.draw(
      `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${fill(PROGRESS_WORDS.spreadsheets[locale], { done, total })}${tail}`,
    );
  };
}
