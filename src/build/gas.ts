// `npm run build:gas`: bundles src/gas into dist/gas for clasp — one script (an IIFE plus top-level
// function stubs, since Apps Script only calls top-level function declarations) and appsscript.json.
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const GAS_DIR = join(root, 'dist', 'gas');

/** The global functions, with the JSDoc another script sees through the library (identifier Paicha). */
export const GLOBALS: Record<string, { params: string; doc: string }> = {
  onOpen: { params: 'e', doc: 'Adds the paicha menu (safe in AuthMode.NONE).' },
  onInstall: { params: 'e', doc: 'Runs onOpen when the add-on is installed.' },
  onEdit: { params: 'e', doc: 'Live check of the edited rows; problems are shown in a toast.' },
  checkData: { params: '', doc: 'Menu 检查数据: writes 问题清单 and highlights problem cells.' },
  tallyAll: { params: '', doc: 'Menu 统计汇总: rewrites every generated summary sheet.' },
  setupSheets: { params: '', doc: 'Menu 创建模板表: creates the register template sheet.' },
  showDailyReport: { params: '', doc: 'Menu 日报: shows the daily report to copy.' },
  showDashboard: { params: '', doc: 'Menu 看板: the dashboard of the registers in a sidebar.' },
  tallyWorkbook: {
    params: 'sheets, options',
    doc: [
      'Validates and tallies household and donation sheets.',
      '@param {{name: string, values: Array<Array<*>>}[]} sheets Sheets as Range.getValues() returns them.',
      '@param {{locale?: string, asOf?: string, year?: number, tzOffsetMinutes?: number, columns?: Object<string,string>, maxProblems?: number}=} options',
      '@return {Object} The result contract: {households, donations, problems}, as `paicha tally --json` prints.',
    ].join('\n * '),
  },
  checkWorkbook: {
    params: 'sheets, options',
    doc: [
      'Only the problems of the sheets: what volunteers must fix.',
      '@param {{name: string, values: Array<Array<*>>}[]} sheets Sheets as Range.getValues() returns them.',
      '@param {Object=} options As for tallyWorkbook.',
      '@return {Object} {errors, warnings, infos, byCode, items, itemsOmitted, ok}',
    ].join('\n * '),
  },
};

const NAMESPACE = '__paicha';

export function stubs(): string {
  return Object.entries(GLOBALS)
    .map(([name, { params, doc }]) => `/**\n * ${doc}\n */\nfunction ${name}(${params}) {\n  return ${NAMESPACE}.${name}(${params});\n}\n`)
    .join('\n');
}

export async function buildGas(options: { minify?: boolean } = {}): Promise<{ bytes: number; path: string }> {
  const result = await build({
    entryPoints: [join(root, 'src', 'gas', 'index.ts')],
    bundle: true,
    format: 'iife',
    globalName: NAMESPACE,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2020',
    minify: options.minify ?? true,
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  const code = `${result.outputFiles[0]!.text}\n${stubs()}`;
  await mkdir(GAS_DIR, { recursive: true });
  const path = join(GAS_DIR, 'Code.js');
  // Written whole or not at all (a temporary file beside dist/gas, then renamed): test files build
  // in parallel while others load the bundle, and clasp pushes every file in dist/gas.
  const tmp = (name: string) => join(GAS_DIR, '..', `.${name}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  const script = tmp('Code.js');
  await writeFile(script, code);
  await rename(script, path);
  const manifest = tmp('appsscript.json');
  await copyFile(join(root, 'appsscript.json'), manifest);
  await rename(manifest, join(GAS_DIR, 'appsscript.json'));
  return { bytes: Buffer.byteLength(code), path };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { bytes, path } = await buildGas();
  const manifest = JSON.parse(await readFile(join(GAS_DIR, 'appsscript.json'), 'utf8')) as { oauthScopes: string[] };
  process.stdout.write(`${path}: ${(bytes / 1024).toFixed(1)} KB; scopes ${manifest.oauthScopes.join(' ')}\n`);
}
