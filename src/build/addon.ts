// `npm run build:addon` (part of `npm run build`): writes the Google Sheets add-on to dist/addon as the
// files a person pastes into Extensions → Apps Script, which are also the files `clasp push` sends:
//   paicha.gs        the menu's functions and the add-on (everything that touches the spreadsheet)
//   paicha-core.gs   the checking and counting core (lib/), which touches nothing
//   dashboard.html   the 看板 sidebar's page: the dashboard's renderer as a browser script (src/build/pages.ts)
//   help.html        the 帮助/关于 dialog in each locale (src/build/help-page.ts)
//   appsscript.json  the manifest: V8, the time zone and exactly two narrow scopes
//   README.txt       how to paste them, in zh-Hans, zh-Hant and en, with each file's size
// Readable, not minified: a volunteer who opens the editor sees what runs.
import { readFileSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../node/files/atomic.ts';
import { PASTE_WORDS as W } from '../../lib/i18n/paste.ts';
import { fill, LIST_SEPARATOR, LOCALES, type Locale } from '../../lib/i18n/locale.ts';
import { globalFunctions, stubs } from './globals.ts';
import { buildLayers, type BuiltLayer } from './layers.ts';
import { hantDefine, hantTable, sourceFiles, wordsPlugin } from './words.ts';
import { helpPage } from './help-page.ts';
import { dashboardPage } from './pages.ts';
import {
  CORE_FILE,
  DASHBOARD_FILE,
  HELP_FILE,
  installText,
  MAIN_FILE,
  MANIFEST_FILE,
  PASTED_FILES,
  README_FILE,
  sizeTable,
} from './paste.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ADDON_DIR = join(root, 'dist', 'addon');

export type AddonFile = {
  readonly name: string;
  /**
   * script: paste as a script file (parsed on every execution); html: paste as an HTML file (read only
   * when its page is shown); manifest: paste into appsscript.json; text: read, not pasted.
   */
  readonly kind: 'script' | 'html' | 'manifest' | 'text';
  readonly content: string;
  readonly bytes: number;
};

const file = (name: string, kind: AddonFile['kind'], content: string): AddonFile => ({
  name,
  kind,
  content,
  bytes: Buffer.byteLength(content),
});

type Package = { version: string; homepage?: string; repository?: string | { url?: string } };

function packageInfo(): { version: string; homepage: string } {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Package;
  const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  const url = (pkg.homepage ?? repo ?? '').replace(/^git\+/, '').replace(/\.git$/, '');
  return { version: pkg.version, homepage: url.startsWith('https://') ? url : '' };
}

/**
 * The add-on's files. `minify` gives the same code minified, which only the size budget uses
 * (bench/, src/build/size.ts): what is pushed and pasted is the readable code.
 */
export async function addonFiles(options: { minify?: boolean } = {}): Promise<AddonFile[]> {
  return (await addonBuild(options)).files;
}

/** The files and the two layers they were made from (what each source file adds: src/build/size.ts). */
export async function addonBuild(options: { minify?: boolean } = {}): Promise<{ files: AddonFile[]; main: BuiltLayer; core: BuiltLayer }> {
  const info = packageInfo();
  const { main, core } = await addonLayers(options);
  const scripts = [
    file(
      MAIN_FILE,
      'script',
      `${header(MAIN_FILE, info.version, [W.fileMain, W.fileOnlyCurrentDoc])}\n${ONLY_CURRENT_DOC}\n${stubs(globalFunctions(), main.fn)}\n${main.code}`,
    ),
    file(CORE_FILE, 'script', `${header(CORE_FILE, info.version, [W.fileCore], bundledPackages(core))}\n${core.code}`),
  ];
  const pages = [
    file(DASHBOARD_FILE, 'html', await dashboardPage(root, htmlComment(header(DASHBOARD_FILE, info.version, [W.fileDashboard])), options)),
    file(HELP_FILE, 'html', helpPage(htmlComment(header(HELP_FILE, info.version, [W.fileHelp])), info)),
  ];
  const manifest = file(MANIFEST_FILE, 'manifest', readFileSync(join(root, 'appsscript.json'), 'utf8'));
  const files = [...scripts, ...pages, manifest];
  return { files: [...files, file(README_FILE, 'text', readme(info.version, files))], main, core };
}

/** The add-on layer (src/gas) and the core layer (lib/ and its packages), as built code. */
async function addonLayers(options: { minify?: boolean } = {}): Promise<{ main: BuiltLayer; core: BuiltLayer }> {
  const info = packageInfo();
  const hant = await hantTable(await sourceFiles([join(root, 'lib'), join(root, 'src')]));
  const { layers, entryExports } = await buildLayers({
    root,
    entry: join(root, 'src', 'gas', 'index.ts'),
    layers: [
      { fn: 'paichaAddon_', file: MAIN_FILE, owns: (p) => !inCore(p) },
      { fn: 'paichaCore_', file: CORE_FILE, owns: inCore },
    ],
    minify: options.minify ?? false,
    define: {
      __PAICHA_VERSION__: JSON.stringify(info.version),
      __PAICHA_HOMEPAGE__: JSON.stringify(info.homepage),
      __PAICHA_HANT__: hantDefine(hant),
    },
    plugins: [wordsPlugin(join(root, 'lib', 'i18n', 'words-of.ts'), (p) => !/[\\/]node_modules[\\/]/.test(p), hant)],
    prelude: `if (typeof paichaCore_ !== "function") throw new Error(${JSON.stringify(missing(CORE_FILE))});`,
  });
  const [main, core] = layers;
  if (!main || !core || layers.length !== 2)
    throw new Error(`expected the add-on and core layers, got ${layers.map((l) => l.fn).join(', ')}`);
  const functions = globalFunctions();
  const absent = functions.filter((f) => !entryExports.includes(f.name));
  if (absent.length > 0) throw new Error(`src/gas/index.ts does not export ${absent.map((f) => f.name).join(', ')}`);
  return { main, core };
}

// Apps Script infers the scopes from the code when the manifest lists none: this file-level JSDoc keeps
// Sheets access to the bound spreadsheet (https://developers.google.com/apps-script/guides/services/authorization).
const ONLY_CURRENT_DOC = '/**\n * @OnlyCurrentDoc\n */\n';

/** lib/ and the packages it uses are the core; src/ is the add-on. */
const inCore = (path: string): boolean => /[\\/](lib|node_modules)[\\/]/.test(path.slice(root.length));

const missing = (name: string): string => LOCALES.map((l) => fill(W.missingFile[l], { file: name })).join('\n');

function header(name: string, version: string, what: readonly (typeof W)[keyof typeof W][], extra: readonly string[] = []): string {
  const list = (l: Locale) => PASTED_FILES.join(LIST_SEPARATOR[l]);
  const paragraphs = [
    ...what.map((w) => LOCALES.map((l) => w[l])),
    LOCALES.map((l) => fill(W.fileNoEdit[l], { version, count: PASTED_FILES.length, files: list(l) })),
    ...(extra.length > 0 ? [extra] : []),
  ];
  const body = paragraphs
    .map((p) =>
      p
        .flatMap((line) => wrapLine(line, 100))
        .map((l) => ` * ${l}`)
        .join('\n'),
    )
    .join('\n *\n');
  return `/*\n * 排查 paicha ${version} · ${name}\n *\n${body}\n */\n`;
}

/** The /* … *\/ header as an HTML comment. */
const htmlComment = (comment: string): string => `<!--${comment.trimEnd().slice(2, -2).replace(/--/g, '—')}-->`;

/** Licences travel with the code they cover: the core bundles these packages. */
function bundledPackages(layer: BuiltLayer): string[] {
  const names = new Set(layer.inputs.flatMap((p) => /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(p)?.[1] ?? []));
  return [...names].sort().map((n) => {
    const pkg = JSON.parse(readFileSync(join(root, 'node_modules', n, 'package.json'), 'utf8')) as { version: string; license?: string };
    return `Includes ${n} ${pkg.version} (${pkg.license ?? 'see its package'}).`;
  });
}

// Comment lines wrap at spaces (English) or anywhere (Chinese), counting a CJK character as two columns.
function wrapLine(line: string, width: number): string[] {
  const out: string[] = [];
  let current = '';
  let columns = 0;
  for (const token of line.split(/(?<= )|(?=[\u3000-\u9fff\uff00-\uffef])|(?<=[\u3000-\u9fff\uff00-\uffef])/u)) {
    const w = [...token].reduce((n, c) => n + (/[\u3000-\u9fff\uff00-\uffef]/u.test(c) ? 2 : 1), 0);
    if (columns + w > width && current.trim() !== '') {
      out.push(current.trimEnd());
      current = '';
      columns = 0;
    }
    current += token;
    columns += w;
  }
  if (current.trim() !== '') out.push(current.trimEnd());
  return out;
}

function readme(version: string, files: readonly AddonFile[]): string {
  const sections = LOCALES.map((l) => installText(l));
  const sizeTitle = LOCALES.map((l) => W.installSizes[l]).join(' / ');
  return `排查 paicha ${version}\n\n${sections.join('\n\n')}\n\n${sizeTitle}\n${sizeTable(files)}\n`;
}

/**
 * Writes the files into `dir`, each whole or not at all (writeFileAtomic, as the CLI writes its
 * outputs), so a reader never sees half a file. With `prune`, other script files there go: clasp pushes every one.
 */
export async function writeAddon(dir: string, files: readonly AddonFile[], options: { prune?: boolean } = {}): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const f of files) {
    await writeFileAtomic(join(dir, f.name), new TextEncoder().encode(f.content));
  }
  if (options.prune) {
    const keep = new Set(files.map((f) => f.name));
    for (const name of await readdir(dir)) {
      if (!keep.has(name) && /\.(gs|js|html|json)$/.test(name)) await rm(join(dir, name));
    }
  }
}

/** Builds and writes the add-on; dist/addon by default. */
export async function buildAddon(dir: string = ADDON_DIR): Promise<AddonFile[]> {
  const files = await addonFiles();
  await writeAddon(dir, files, { prune: dir === ADDON_DIR });
  return files;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = await buildAddon();
  // On stderr, like esbuild's own report: `npm pack --json` runs this (prepack) and keeps stdout for its JSON.
  process.stderr.write(`${ADDON_DIR}\n${sizeTable(files)}\n`);
}
