import { CLI_WORDS as W } from '../../../lib/i18n/cli.ts';
import { DEFAULT_LOCALE, fill } from '../../../lib/i18n/locale.ts';
import { checkCommand } from '../../commands/check.ts';
import { reportCommand } from '../../commands/report.ts';
import { MemoryWorkbook } from '../../memory-workbook.ts';
import { parseCommand, UsageError } from './args.ts';
import { helpText } from './help.ts';
import type { RunOptions } from '../../commands/run.ts';
import { HEAVY_ROWS, loadInputs, rowsIn, type LoadedInputs } from './inputs.ts';
import { withRegister } from './no-register.ts';
import { Progress } from './progress.ts';
import { EXIT, type Io } from './io.ts';
import { runOptions } from './options.ts';
import { problemsText } from './print.ts';
import { isSpreadsheetArg, openSpreadsheet, spreadsheetOptions } from './remote.ts';

export async function checkCli(argv: readonly string[], io: Io): Promise<number> {
  const { values: v, positionals } = parseCommand('check', argv);
  if (v.help) {
    io.out(helpText('check', v.locale));
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError('needFiles');
  let o = runOptions(v, io);
  if (v.write) {
    // Only into a Google spreadsheet: a local file is never written by check.
    if (positionals.length !== 1 || !(await isSpreadsheetArg(positionals[0]!, io.cwd))) {
      throw new UsageError('checkWriteOne');
    }
    const wb = await openSpreadsheet(io, positionals[0]!, { write: true });
    o = spreadsheetOptions(o, v, wb, io);
    const { problems, refused } = withRegister(positionals, () => checkCommand(wb, { ...o, write: true }, { requireRegister: true }));
    await wb.flush();
    io.out(v.json ? JSON.stringify(problems, null, 2) : problemsText(problems, o.locale ?? 'zh-Hans'));
    for (const name of refused) io.err(fill(W.refusedSheet[o.locale ?? DEFAULT_LOCALE], { name }));
    return problems.errors > 0 ? EXIT.dataErrors : EXIT.ok;
  }
  const [{ problems }, used] = await withProgress(io, o, v, positionals, (inputs, run) =>
    withRegister(positionals, () =>
      checkCommand(new MemoryWorkbook(inputs.sheets, inputs.owned), { ...run, write: false }, { requireRegister: true }),
    ),
  );
  io.out(v.json ? JSON.stringify(problems, null, 2) : problemsText(problems, used.locale ?? 'zh-Hans'));
  return problems.errors > 0 ? EXIT.dataErrors : EXIT.ok;
}

export async function reportCli(argv: readonly string[], io: Io): Promise<number> {
  const { values: v, positionals } = parseCommand('report', argv);
  if (v.help) {
    io.out(helpText('report', v.locale));
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError('needFiles');
  const o = runOptions(v, io);
  const [lines] = await withProgress(io, o, v, positionals, (inputs, run) =>
    withRegister(positionals, () => reportCommand(new MemoryWorkbook(inputs.sheets, inputs.owned), run, { requireRegister: true })),
  );
  io.out(lines.join('\n'));
  return EXIT.ok;
}

/** Reads the inputs and runs the core on them, with the progress line of a terminal meanwhile. */
async function withProgress<T>(
  io: Io,
  o: RunOptions,
  given: { readonly 'as-of'?: string | undefined },
  args: readonly string[],
  run: (inputs: LoadedInputs, o: RunOptions) => T,
): Promise<[T, RunOptions]> {
  const progress = new Progress(io.status, { locale: o.locale ?? 'zh-Hans' });
  try {
    const inputs = await loadInputs(args, io, progress);
    const first = inputs.spreadsheets[0];
    const options = first ? spreadsheetOptions(o, given, first, io) : o;
    const rows = rowsIn(inputs.sheets);
    progress.phase('tallying', { rows: rows.toLocaleString('en') }, rows >= HEAVY_ROWS);
    return [run(inputs, options), options];
  } finally {
    progress.done();
  }
}
