import { access } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { templateSheets } from '../../../lib/render/template.ts';
import { writeTemplateXlsx } from '../files/write-template.ts';
import { parseCommand, parseLocale, UsageError } from './args.ts';
import { helpText } from './help.ts';
import { EXIT, type Io } from './io.ts';

export async function initCli(argv: readonly string[], io: Io): Promise<number> {
  const { values: v, positionals } = parseCommand('init', argv);
  if (v.help) {
    io.out(helpText('init', v.locale));
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError('initOneFile');
  const path = resolve(io.cwd, positionals[0]!);
  if (extname(path).toLowerCase() !== '.xlsx') throw new UsageError('initXlsx');
  const exists = await access(path).then(
    () => true,
    () => false,
  );
  if (exists && !v.force) throw new UsageError('initExists', { file: positionals[0]! });
  const locale = parseLocale(v.locale) ?? 'zh-Hans';
  await writeTemplateXlsx(path, templateSheets(locale));
  io.out(`${path}`);
  return EXIT.ok;
}
