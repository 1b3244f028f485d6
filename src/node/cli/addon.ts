import { readFileSync } from 'node:fs';
import { copyFile, mkdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ADDON_FILE_NAMES, installText, sizeTable } from '../../build/paste.ts';
import { parseCommand, parseLocale, UsageError } from './args.ts';
import { helpText } from './help.ts';
import { EXIT, type Io } from './io.ts';

/** The package's own folder: where package.json names paicha, above this module (src/ or build/src/). */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      if ((JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string }).name === 'paicha') return dir;
    } catch {
      // no package.json here: look higher
    }
    const up = dirname(dir);
    if (up === dir) throw new Error('paicha addon: cannot find the paicha package folder');
    dir = up;
  }
}

type Built = { name: string; bytes: number };

// In a clone the CLI runs its TypeScript sources (bin/paicha.js): build the add-on from them, as the
// rest of the CLI never runs anything older than the sources. The specifier is computed so the
// compiled CLI does not carry the builder, which needs esbuild, a dev dependency.
const FROM_SOURCES = import.meta.url.endsWith('.ts');

async function buildFromSources(to: string): Promise<Built[]> {
  const builder = new URL('../../build/addon.ts', import.meta.url).href;
  const { addonFiles, writeAddon } = (await import(builder)) as {
    addonFiles: () => Promise<(Built & { content: string; kind: string })[]>;
    writeAddon: (dir: string, files: readonly { name: string; content: string }[]) => Promise<void>;
  };
  const files = await addonFiles();
  await writeAddon(to, files);
  return files.map(({ name, bytes }) => ({ name, bytes }));
}

/** The installed package ships the files `npm run build` wrote (dist/addon). */
async function copyBuilt(to: string): Promise<Built[]> {
  const from = join(packageRoot(), 'dist', 'addon');
  const missing = (
    await Promise.all(
      ADDON_FILE_NAMES.map((f) =>
        stat(join(from, f)).then(
          () => '',
          () => f,
        ),
      ),
    )
  ).filter(Boolean);
  if (missing.length > 0)
    throw new Error(`the add-on is not built (${missing.join(', ')} missing in ${from}): run npm run build in the paicha folder`);
  const files: Built[] = [];
  for (const name of ADDON_FILE_NAMES) {
    await copyFile(join(from, name), join(to, name));
    files.push({ name, bytes: (await readFile(join(to, name))).length });
  }
  return files;
}

/**
 * `paicha addon [DIR]`: writes the add-on's paste-in files into DIR (default ./paicha-addon), then
 * prints each file's size and how to paste them.
 */
export async function addonCli(argv: readonly string[], io: Io): Promise<number> {
  const { values: v, positionals } = parseCommand('addon', argv);
  if (v.help) {
    io.out(helpText('addon', v.locale));
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new UsageError('addonOneDir');
  const locale = parseLocale(v.locale) ?? 'zh-Hans';
  const to = resolve(io.cwd, positionals[0] ?? 'paicha-addon');
  const existing = await stat(to).catch(() => undefined);
  if (existing && !existing.isDirectory()) throw new UsageError('addonNotFolder', { dir: positionals[0]! });
  await mkdir(to, { recursive: true });
  const files = FROM_SOURCES ? await buildFromSources(to) : await copyBuilt(to);
  io.out(`${to}\n${sizeTable(files)}\n\n${installText(locale)}`);
  return EXIT.ok;
}
