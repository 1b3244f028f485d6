import { CLI_WORDS as W } from '../../../lib/i18n/cli.ts';
import { DEFAULT_LOCALE, fill, LIST_SEPARATOR } from '../../../lib/i18n/locale.ts';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { TallyResult } from '../../../lib/result.ts';
import { tallyCommand } from '../../commands/tally.ts';
import { MemoryWorkbook } from '../../memory-workbook.ts';
import { FileWorkbook } from '../files/file-workbook.ts';
import { writeGeneratedXlsx } from '../files/write-xlsx.ts';
import { writeFileAtomic } from '../files/atomic.ts';
import { renderDashboard } from '../../../lib/render/dashboard/page.ts';
import { parseCommand, UsageError } from './args.ts';
import { helpText } from './help.ts';
import { checkOutputPath } from '../files/output-target.ts';
import { HEAVY_ROWS, loadInputs, rowsIn } from './inputs.ts';
import { withRegister } from './no-register.ts';
import { Progress } from './progress.ts';
import { EXIT, type Io } from './io.ts';
import { runOptions } from './options.ts';
import { summaryText } from './print.ts';
import { isSpreadsheetArg, openSpreadsheet, remoteOutput, spreadsheetOptions } from './remote.ts';
import { spreadsheetUrl } from '../../google/spreadsheet-id.ts';

/** households.xlsx → households.paicha.xlsx, beside the input. */
const defaultOutput = (input: string): string => join(dirname(input), `${basename(input, extname(input))}.paicha.xlsx`);

/** The dashboard page goes where the summary workbook would by default: NAME.paicha.html. */
const pageBeside = (defaultXlsx: string): string => defaultXlsx.replace(/\.xlsx$/, '.html');

export async function tallyCli(argv: readonly string[], io: Io): Promise<number> {
  const { values: v, positionals } = parseCommand('tally', argv);
  if (v.help) {
    io.out(helpText('tally', v.locale));
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError('needFiles');
  const files = positionals.map((f) => resolve(io.cwd, f));
  let o = runOptions(v, io);
  let result: TallyResult;
  let written: readonly string[];
  let refused: readonly string[];
  let target: string;
  let page: string;
  const remote = await Promise.all(positionals.map((p) => isSpreadsheetArg(p, io.cwd)));

  if (v.write) {
    if (positionals.length !== 1 || !remote[0]) throw new UsageError('tallyWriteOne');
    if (v.out || v['in-place']) throw new UsageError('writeExcludes');
    const wb = await openSpreadsheet(io, positionals[0]!, { write: true });
    o = spreadsheetOptions(o, v, wb, io);
    ({ result, written, refused } = withRegister(positionals, () => tallyCommand(wb, o, { requireRegister: true })));
    await wb.flush();
    target = `${wb.title} (${spreadsheetUrl(wb.id)})`;
    page = pageBeside(remoteOutput(wb.title, io.cwd));
  } else if (v['in-place']) {
    if (remote.some(Boolean)) throw new UsageError('inPlaceNotRemote');
    if (files.length !== 1) throw new UsageError('inPlaceOneFile');
    if (v.out) throw new UsageError('inPlaceAndOut');
    if (extname(files[0]!).toLowerCase() !== '.xlsx') throw new UsageError('inPlaceXlsxOnly');
    const wb = await FileWorkbook.open(files[0]!);
    const losses = await wb.inPlaceLosses();
    if (losses.length > 0) io.err(fill(W.inPlaceLosses[o.locale ?? DEFAULT_LOCALE], { losses: losses.join('; ') }));
    ({ result, written, refused } = withRegister(positionals, () => tallyCommand(wb, o, { requireRegister: true })));
    await wb.save({ mode: 'in-place' });
    target = files[0]!;
    page = pageBeside(defaultOutput(files[0]!));
  } else {
    // Where the workbook goes is checked before any work (a folder, a pipe, a missing folder).
    const writes = !v.json || v.out !== undefined;
    if (writes && v.out !== undefined)
      await checkOutputPath(resolve(io.cwd, v.out), basename(remote[0] ? 'spreadsheet.paicha.xlsx' : defaultOutput(files[0]!)));
    const progress = new Progress(io.status, { locale: o.locale ?? 'zh-Hans' });
    try {
      // A spreadsheet is only read here; the generated sheets go to a local .xlsx.
      const inputs = await loadInputs(positionals, io, progress);
      const first = inputs.spreadsheets[0];
      if (first) o = spreadsheetOptions(o, v, first, io);
      const fallback = remote[0] && first ? remoteOutput(first.title, io.cwd) : defaultOutput(files[0]!);
      target = resolve(io.cwd, v.out ?? fallback);
      page = pageBeside(fallback);
      if (inputs.files.includes(target)) throw new UsageError('outIsInput', { out: v.out ?? '' });
      const wb = new MemoryWorkbook(inputs.sheets, inputs.owned);
      const rows = rowsIn(inputs.sheets);
      progress.phase('tallying', { rows: rows.toLocaleString('en') }, rows >= HEAVY_ROWS);
      ({ result, written, refused } = withRegister(positionals, () => tallyCommand(wb, o, { requireRegister: true })));
      // --json is for pipes and scripts: it writes a workbook only when --out asks for one.
      if (writes) {
        progress.phase('writing', { file: basename(target) });
        await writeGeneratedXlsx(target, wb.output(), { inputs: inputs.files.length === positionals.length ? inputs.files : [] });
      }
    } finally {
      progress.done();
    }
  }
  if (v.html) await writeFileAtomic(page, Buffer.from(renderDashboard(result, o.asOf, o.locale ?? 'zh-Hans'), 'utf8'));

  if (v.json) io.out(JSON.stringify(result, null, 2));
  else {
    io.out(summaryText(result, o.locale ?? 'zh-Hans'));
    io.out(`\n→ ${target}: ${written.join(LIST_SEPARATOR[o.locale ?? DEFAULT_LOCALE])}`);
    if (v.html) io.out(`→ ${page}`);
  }
  for (const name of refused) io.err(fill(W.refusedSheet[o.locale ?? DEFAULT_LOCALE], { name }));
  return result.problems.errors > 0 ? EXIT.dataErrors : EXIT.ok;
}
