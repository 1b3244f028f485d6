import { CLI_WORDS as W } from '../../../lib/i18n/cli.ts';
import { LIST_SEPARATOR } from '../../../lib/i18n/locale.ts';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { exampleWorkbookBuffer } from '../../../examples/workbook.ts';
import { tallyCommand } from '../../commands/tally.ts';
import { MemoryWorkbook } from '../../memory-workbook.ts';
import { writeFileAtomic } from '../files/atomic.ts';
import { writeGeneratedXlsx } from '../files/write-xlsx.ts';
import { renderDashboard } from '../../../lib/render/dashboard/page.ts';
import { parseCommand, parseLocale } from './args.ts';
import { helpText } from './help.ts';
import { loadFiles } from './inputs.ts';
import { EXIT, type Io } from './io.ts';
import { summaryText } from './print.ts';

// The demo's as-of day: the day of the ledger's last donation; the register was last updated on day 3.
export const DEMO_DAY = '2020-02-06';

/** Generates the example workbook, tallies it through the same file path a user's file takes. */
export async function demoCli(argv: readonly string[], io: Io): Promise<number> {
  const { values: v } = parseCommand('demo', argv);
  if (v.help) {
    io.out(helpText('demo', v.locale));
    return EXIT.ok;
  }
  const locale = parseLocale(v.locale) ?? 'zh-Hans';
  const dir = resolve(io.cwd, v.out ?? 'out');
  await mkdir(dir, { recursive: true });
  const input = join(dir, 'paicha-demo.xlsx');
  const output = join(dir, 'paicha-demo.paicha.xlsx');
  const page = join(dir, 'paicha-demo.paicha.html');
  await writeFileAtomic(input, await exampleWorkbookBuffer());
  const inputs = await loadFiles([input]);
  const wb = new MemoryWorkbook(inputs.sheets, inputs.owned);
  const { result, written } = tallyCommand(wb, { asOf: DEMO_DAY, tzOffsetMinutes: 0, locale });
  await writeGeneratedXlsx(output, wb.output(), { inputs: [input] });
  await writeFileAtomic(page, Buffer.from(renderDashboard(result, DEMO_DAY, locale), 'utf8'));
  if (v.json) io.out(JSON.stringify(result, null, 2));
  else {
    io.out(summaryText(result, locale));
    io.out(`\n${W.exampleWorkbook[locale]}: ${input}\n${W.summaryWorkbook[locale]}: ${output} (${written.join(LIST_SEPARATOR[locale])})`);
    io.out(`${W.dashboard[locale]}: ${page}`);
  }
  // The example holds deliberate mistakes to show the problem report; the demo itself succeeded.
  return EXIT.ok;
}
