// The add-on build writes each three-locale literal as wordsOf(a, b, c): the bundle must hold the same
// words, in the same key order, as the source.
import { build } from 'esbuild';
import { join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import * as words from '../../../lib/i18n/words.ts';
import { problems } from '../../../lib/problems/catalogue.ts';
import { hantDefine, hantTable, rewriteWords, sourceFiles, toHant, wordsPlugin } from '../../../src/build/words.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const rewrite = (s: string, table = new Map<string, string>()) => rewriteWords(s, 'x.ts', { full: 'w', derived: 'h', table });

describe('rewriteWords', () => {
  it('writes a literal with exactly the three locales, in order, as a call', () => {
    expect(rewrite("const A = { 'zh-Hans': '整数', 'zh-Hant': '整數', en: 'a whole number' };")).toBe(
      "const A = w('整数', '整數', 'a whole number');",
    );
    // The source being rewritten holds a template literal, so the strings hold `${`.
    // biome-ignore lint/suspicious/noTemplateCurlyInString: see above.
    const source = "export const B = { x: { \"zh-Hans\": `a${1}`, 'zh-Hant': f('b'), 'en': [1] } as const };";
    // biome-ignore lint/suspicious/noTemplateCurlyInString: see above.
    expect(rewrite(source)).toBe("export const B = { x: w(`a${1}`, f('b'), [1]) };");
    expect(rewrite("const C = { 'zh-Hans': 'a', 'zh-Hant': 'b', en: 'c' } satisfies Words;")).toBe(
      "const C = w('a', 'b', 'c') satisfies Words;",
    );
  });

  it('leaves every other literal alone: another order, a fourth key, a spread, a method, a shorthand', () => {
    for (const s of [
      "const a = { 'zh-Hant': 'b', 'zh-Hans': 'a', en: 'c' };",
      "const a = { 'zh-Hans': 'a', 'zh-Hant': 'b', en: 'c', fr: 'd' };",
      "const a = { ...x, 'zh-Hant': 'b', en: 'c' };",
      "const a = { 'zh-Hans': 'a', 'zh-Hant': 'b', en() { return 'c'; } };",
      "const en = 'c'; const a = { 'zh-Hans': 'a', 'zh-Hant': 'b', en };",
      "const s = \"{ 'zh-Hans': 'a', 'zh-Hant': 'b', en: 'c' }\"; // { 'zh-Hans': 'a', 'zh-Hant': 'b', en: 'c' }",
    ])
      expect(rewrite(s)).toBe(s);
  });

  it('drops the Traditional text that the table rebuilds exactly, and keeps any other', () => {
    const table = new Map([
      ['数', '數'],
      ['据', '據'],
    ]);
    expect(toHant('整数', table)).toBe('整數');
    expect(rewrite("const a = { 'zh-Hans': '整数', 'zh-Hant': '整數', en: 'a whole number' };", table)).toBe(
      "const a = h('整数', 'a whole number');",
    );
    expect(rewrite("const a = { 'zh-Hans': '数据', 'zh-Hant': '資料', en: 'data' };", table)).toBe("const a = w('数据', '資料', 'data');");
    expect(rewrite("const a = { 'zh-Hans': `整数`, 'zh-Hant': x, en: 'n' };", table)).toBe("const a = w(`整数`, x, 'n');");
  });

  it('takes the swaps the most texts agree on, and only those some text needs', async () => {
    const table = await hantTable(await sourceFiles([join(root, 'lib')]));
    expect(table.get('数')).toBe('數');
    expect(table.get('门')).toBe('門');
    expect(table.has('整')).toBe(false); // the same in both
    expect(
      hantDefine(
        new Map([
          ['数', '數'],
          ['门', '門'],
        ]),
      ),
    ).toBe('"数數门門"');
  });

  it('bundles to the very tables the source holds', async () => {
    const entry = "export { problems } from './lib/problems/catalogue.ts'; export * as words from './lib/i18n/words.ts';";
    const table = await hantTable(await sourceFiles([join(root, 'lib'), join(root, 'src')]));
    const out = await build({
      stdin: { contents: entry, resolveDir: root, loader: 'ts' },
      bundle: true,
      write: false,
      format: 'iife',
      globalName: 'bundled',
      platform: 'neutral',
      logLevel: 'silent',
      define: { __PAICHA_HANT__: hantDefine(table) },
      plugins: [wordsPlugin(join(root, 'lib', 'i18n', 'words-of.ts'), () => true, table)],
    });
    const code = out.outputFiles[0]!.text;
    expect(code.match(/wordsOf\(/g)?.length).toBeGreaterThan(10);
    expect(code.match(/wordsHant\(/g)?.length).toBeGreaterThan(50);
    const context: { bundled?: { problems: unknown; words: Record<string, unknown> } } = {};
    vm.runInNewContext(code, context);
    // JSON keeps key order: the same keys in the same order, the same values.
    expect(JSON.stringify(context.bundled!.problems) === JSON.stringify(problems)).toBe(true);
    expect(Object.keys(context.bundled!.words).sort()).toEqual(Object.keys(words).sort());
    for (const [name, table] of Object.entries(words))
      expect(JSON.stringify(context.bundled!.words[name]) === JSON.stringify(table), name).toBe(true);
  });
});
