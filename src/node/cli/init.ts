import { access } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { templateSheets } from '../../../lib/render/template.ts';
import { writeTemplateXlsx } from '../files/write-template.ts';
import { parseCommand, parseLocale, UsageError } from './args.ts';
import { HELP } from './help.ts';
import { EXIT, type Io } from './io.ts';

export async function initCli(argv: readonly string[], io: Io): Promise<number> {
  const { values: v, positionals } = parseCommand('init', argv);
  if (v.help) {
    io.out(HELP['init']!);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError('name exactly one FILE to create');
  const path = resolve(io.cwd, positionals[0]!);
  if (extname(path).toLowerCase() !== '.xlsx') throw new UsageError('the template is an .xlsx file: name it NAME.xlsx');
  const exists = await access(path).then(() => true, () => false);
  if (exists && !v.force) throw new UsageError(`${positionals[0]} exists; paicha will not overwrite it (use --force)`);
  const locale = parseLocale(v.locale) ?? 'zh-Hans';
  await writeTemplateXlsx(path, templateSheets(locale));
  io.out(`${path}`);
  return EXIT.ok;
}
