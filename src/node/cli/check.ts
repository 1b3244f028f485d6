import { checkCommand } from '../../commands/check.ts';
import { reportCommand } from '../../commands/report.ts';
import { MemoryWorkbook } from '../../memory-workbook.ts';
import { parseCommand, UsageError } from './args.ts';
import { HELP } from './help.ts';
import { loadInputs } from './inputs.ts';
import { EXIT, type Io } from './io.ts';
import { runOptions } from './options.ts';
import { problemsText } from './print.ts';
import { isSpreadsheetArg, openSpreadsheet, spreadsheetOptions } from './remote.ts';

export async function checkCli(argv: readonly string[], io: Io): Promise<number> {
  const { values: v, positionals } = parseCommand('check', argv);
  if (v.help) {
    io.out(HELP['check']!);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError('name at least one FILE to check');
  let o = runOptions(v, io);
  if (v.write) {
    // Only into a Google spreadsheet: a local file is never written by check.
    if (positionals.length !== 1 || !(await isSpreadsheetArg(positionals[0]!, io.cwd))) {
      throw new UsageError('--write writes 问题清单 into a Google spreadsheet: name exactly one spreadsheet URL or id');
    }
    const wb = await openSpreadsheet(io, positionals[0]!, { write: true });
    o = spreadsheetOptions(o, v, wb, io);
    const { problems, refused } = checkCommand(wb, { ...o, write: true });
    await wb.flush();
    io.out(v.json ? JSON.stringify(problems, null, 2) : problemsText(problems, o.locale ?? 'zh-Hans'));
    for (const name of refused) io.err(`paicha: a sheet of yours is named "${name}"; paicha left it untouched and did not write its ${name}. Rename your sheet to get it.`);
    return problems.errors > 0 ? EXIT.dataErrors : EXIT.ok;
  }
  const inputs = await loadInputs(positionals, io);
  const first = inputs.spreadsheets[0];
  if (first) o = spreadsheetOptions(o, v, first, io);
  const { problems } = checkCommand(new MemoryWorkbook(inputs.sheets, inputs.owned), { ...o, write: false });
  io.out(v.json ? JSON.stringify(problems, null, 2) : problemsText(problems, o.locale ?? 'zh-Hans'));
  return problems.errors > 0 ? EXIT.dataErrors : EXIT.ok;
}

export async function reportCli(argv: readonly string[], io: Io): Promise<number> {
  const { values: v, positionals } = parseCommand('report', argv);
  if (v.help) {
    io.out(HELP['report']!);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError('name at least one FILE');
  let o = runOptions(v, io);
  const inputs = await loadInputs(positionals, io);
  const first = inputs.spreadsheets[0];
  if (first) o = spreadsheetOptions(o, v, first, io);
  io.out(reportCommand(new MemoryWorkbook(inputs.sheets, inputs.owned), o).join('\n'));
  return EXIT.ok;
}
