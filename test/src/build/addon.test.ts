// What `npm run build` writes for a person to paste (and clasp to push): readable files, each headed
// by what it is, whose sizes README.txt states.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { addonFiles, type AddonFile } from '../../../src/build/addon.ts';
import { kilobytes } from '../../../src/build/paste.ts';
import { MENU_ITEMS } from '../../../src/gas/menu-items.ts';

const PACKAGE = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'package.json'), 'utf8')) as { version: string };
let files: AddonFile[];
const get = (name: string) => files.find((f) => f.name === name)!;

beforeAll(async () => {
  files = await addonFiles();
}, 120_000);

describe('the add-on files', () => {
  it('are two scripts, two pages, the manifest and README.txt', () => {
    expect(files.map((f) => [f.name, f.kind])).toEqual([
      ['paicha.gs', 'script'],
      ['paicha-core.gs', 'script'],
      ['dashboard.html', 'html'],
      ['help.html', 'html'],
      ['appsscript.json', 'manifest'],
      ['README.txt', 'text'],
    ]);
    expect(get('appsscript.json').content).toBe(readFileSync(join(import.meta.dirname, '..', '..', '..', 'appsscript.json'), 'utf8'));
  });

  it('are readable code, not minified lines', () => {
    for (const name of ['paicha.gs', 'paicha-core.gs']) {
      const lines = get(name).content.split('\n');
      expect(lines.length, name).toBeGreaterThan(name === 'paicha.gs' ? 500 : 3000);
      // Only data lines run long (the Traditional→Simplified table is one string).
      expect(lines.filter((l) => l.length > 200).length / lines.length, name).toBeLessThan(0.02);
      expect(get(name).content, name).toMatch(/^ {2}\/\/ (src|lib)\/[\w/-]+\.ts$/m); // each module headed by its source path
    }
    expect(get('paicha-core.gs').content).toContain('"入户登记"'); // Chinese words as themselves, not \u escapes
  });

  it('open with a header saying what the file is, for which version, in three languages', () => {
    const main = get('paicha.gs').content;
    expect(main.startsWith(`/*\n * 排查 paicha ${PACKAGE.version} · paicha.gs\n`)).toBe(true);
    expect(main).toContain('菜单和插件：菜单调用的函数就在下面');
    expect(main).toContain('選單和外掛');
    expect(main).toContain('The menu and the add-on');
    const core = get('paicha-core.gs').content;
    expect(core.startsWith(`/*\n * 排查 paicha ${PACKAGE.version} · paicha-core.gs\n`)).toBe(true);
    expect(core).toContain('只做计算，不调用任何 Google 服务');
    expect(core).toMatch(/Includes opencc-js \d+\.\d+\.\d+ \(.*Apache-2\.0.*\)/);
  });

  it('dashboard.html is an HtmlService template: one force-printing scriptlet for the figures, then the renderer, readable', () => {
    const page = get('dashboard.html').content;
    expect(page.startsWith(`<!DOCTYPE html>\n<!--\n * 排查 paicha ${PACKAGE.version} · dashboard.html\n`)).toBe(true);
    expect(page).toContain('“看板”侧边栏的网页');
    expect([...page.matchAll(/<\?[\s\S]*?\?>/g)].map((m) => m[0])).toEqual(['<?!= model ?>']);
    expect(page.match(/<\/script>/g)?.length).toBe(2);
    // The renderer is lib/render/dashboard itself, each module headed by its source path.
    expect(page).toMatch(/^ {2}\/\/ lib\/render\/dashboard\/figures\.ts$/m);
    expect(page.split('\n').length).toBeGreaterThan(500);
    // and no longer in the script files, which Apps Script parses on every menu click.
    for (const name of ['paicha.gs', 'paicha-core.gs'])
      expect(get(name).content, name).not.toMatch(/\/\/ lib\/render\/dashboard\/(figures|page|svg)\.ts/);
  });

  it('paicha.gs begins with the function each menu item calls, right after its header', () => {
    const main = get('paicha.gs').content;
    for (const item of MENU_ITEMS) expect(main).toContain(`function ${item.fn}() {\n  return paichaAddon_().${item.fn}();\n}`);
    expect(main.indexOf('function onOpen(e)')).toBeLessThan(main.indexOf('function paichaAddon_()'));
  });

  it('hold no invisible character a copy and paste could drop', () => {
    for (const f of files) expect(f.content.match(/[^\P{C}\n\t]|[\p{Zl}\p{Zp}]|[^\P{Zs} ]/gu) ?? [], f.name).toEqual([]);
  });

  it("README.txt gives the steps in three languages and each file's true size", () => {
    const readme = get('README.txt').content;
    expect(readme).toContain('把 paicha 装进你的 Google 表格');
    expect(readme).toContain('把 paicha 裝進你的 Google 試算表');
    expect(readme).toContain('Put paicha into your Google spreadsheet');
    expect(readme).toContain('改名为“排查 paicha”');
    for (const f of files.filter((x) => x.name !== 'README.txt')) {
      expect(readme).toMatch(new RegExp(`${f.name.replace('.', '\\.')} +${kilobytes(f.bytes).replace('.', '\\.')}`));
      expect(f.bytes).toBe(Buffer.byteLength(f.content));
    }
  });

  it('are the same bytes on every build (a person compares versions; tests compare copies)', async () => {
    const again = await addonFiles();
    expect(again.map((f) => f.content)).toEqual(files.map((f) => f.content));
  });

  it('the minified build, which only the size budget measures, has the same two scripts, smaller', async () => {
    const minified = await addonFiles({ minify: true });
    const script = (fs: AddonFile[]) => fs.filter((f) => f.kind === 'script');
    expect(script(minified).map((f) => f.name)).toEqual(['paicha.gs', 'paicha-core.gs']);
    expect(script(minified).reduce((n, f) => n + f.bytes, 0)).toBeLessThan(script(files).reduce((n, f) => n + f.bytes, 0));
  });
});
