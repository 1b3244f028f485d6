// An esbuild plugin for the add-on: every object literal that is exactly { 'zh-Hans': a, 'zh-Hant': b,
// en: c } — the shape of each word, message and label in three locales — becomes wordsOf(a, b, c)
// (lib/i18n/words-of.ts), which builds the same object. The minified bundle then spells the three keys
// once instead of hundreds of times. Most Traditional texts are the Simplified one with characters
// swapped (整数 → 整數); one table of swaps, taken from all the words by majority, covers them, and a
// literal whose b it reproduces exactly becomes wordsHant(a, c): b is rebuilt when read. The rest
// (资料 for 数据, 列 for 行…) keep b. The source stays as people write it; TypeScript's parser finds
// the literals, so strings, comments and nesting are never mistaken for them.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin } from 'esbuild';
import ts from 'typescript';

const KEYS = ['zh-Hans', 'zh-Hant', 'en'];

/** Simplified → Traditional character swaps; empty: every literal keeps its Traditional text. */
export type HantTable = ReadonlyMap<string, string>;

/** The esbuild `define` value of lib/i18n/words-of.ts's __PAICHA_HANT__. */
export const hantDefine = (table: HantTable): string => JSON.stringify([...table].map(([s, t]) => s + t).join(''));

/**
 * `helper` is the absolute path of lib/i18n/words-of.ts; `applies` says which source files to rewrite;
 * `table` is hantTable's over the same files.
 */
export function wordsPlugin(helper: string, applies: (path: string) => boolean, table: HantTable): Plugin {
  return {
    name: 'paicha-words',
    setup(b) {
      b.onLoad({ filter: /\.ts$/, namespace: 'file' }, async (args) => {
        if (args.path === helper || !applies(args.path)) return undefined;
        const source = await readFile(args.path, 'utf8');
        const rewritten = rewriteWords(source, args.path, { full: '__paichaWordsOf', derived: '__paichaWordsHant', table });
        if (rewritten === source) return undefined;
        const names = 'wordsOf as __paichaWordsOf, wordsHant as __paichaWordsHant';
        return { contents: `import { ${names} } from ${JSON.stringify(helper)};\n${rewritten}`, loader: 'ts' };
      });
    },
  };
}

type Calls = { readonly full: string; readonly derived: string; readonly table: HantTable };

/** The source with each three-locale literal written as a call; the source itself when it has none. */
export function rewriteWords(source: string, fileName: string, calls: Calls): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  for (const { node, values } of wordLiterals(file)) {
    const literal = ts.isAsExpression(node.parent) && isConst(node.parent.type) ? node.parent : node;
    const [hans, hant, en] = values as [ts.Expression, ts.Expression, ts.Expression];
    const a = plainText(hans);
    const call =
      a !== undefined && plainText(hant) === toHant(a, calls.table)
        ? `${calls.derived}(${hans.getText(file)}, ${en.getText(file)})`
        : `${calls.full}(${values.map((v) => v.getText(file)).join(', ')})`;
    edits.push({ start: literal.getStart(file), end: literal.end, text: call });
  }
  let out = source;
  for (const e of edits.reverse()) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** What lib/i18n/words-of.ts's wordsHant reads: each character swapped through the table. */
export function toHant(hans: string, table: HantTable): string {
  let out = '';
  for (const c of hans) out += table.get(c) ?? c;
  return out;
}

/**
 * The swaps that rebuild the most Traditional texts of these files: for each Simplified character, the
 * Traditional one it most often stands for in literals of equal length; only swaps some literal then
 * needs are kept.
 */
export async function hantTable(files: readonly string[]): Promise<HantTable> {
  const pairs: [string, string][] = [];
  for (const path of files) {
    const file = ts.createSourceFile(path, await readFile(path, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    for (const { values } of wordLiterals(file)) {
      const [a, b] = [plainText(values[0]!), plainText(values[1]!)];
      if (a !== undefined && b !== undefined && [...a].length === [...b].length) pairs.push([a, b]);
    }
  }
  const votes = new Map<string, Map<string, number>>();
  for (const [a, b] of pairs) {
    const bs = [...b];
    [...a].forEach((c, i) => {
      const v = votes.get(c) ?? new Map<string, number>();
      votes.set(c, v.set(bs[i]!, (v.get(bs[i]!) ?? 0) + 1));
    });
  }
  const majority = new Map<string, string>();
  for (const [c, v] of [...votes].sort(([x], [y]) => (x < y ? -1 : 1))) {
    const [best] = [...v].sort(([x, n], [y, m]) => m - n || (x < y ? -1 : 1))[0]!;
    if (best !== c) majority.set(c, best);
  }
  const used = new Set<string>();
  for (const [a, b] of pairs) if (toHant(a, majority) === b) for (const c of a) if (majority.has(c)) used.add(c);
  return new Map([...majority].filter(([c]) => used.has(c)));
}

/** The .ts files under these folders, node_modules aside. */
export async function sourceFiles(dirs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const dir of dirs) {
    for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
      const path = join(e.parentPath, e.name);
      if (e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') && !/[\\/]node_modules[\\/]/.test(path)) out.push(path);
    }
  }
  return out.sort();
}

/** The three-locale literals of a file, outermost only (their values are words, not more literals). */
function wordLiterals(file: ts.SourceFile): { node: ts.ObjectLiteralExpression; values: ts.Expression[] }[] {
  const found: { node: ts.ObjectLiteralExpression; values: ts.Expression[] }[] = [];
  const visit = (node: ts.Node): void => {
    const values = ts.isObjectLiteralExpression(node) ? wordValues(node) : undefined;
    if (values && ts.isObjectLiteralExpression(node)) found.push({ node, values });
    else ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** A string literal's text, or undefined for any other expression. */
function plainText(e: ts.Expression): string | undefined {
  return ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) ? e.text : undefined;
}

function wordValues(o: ts.ObjectLiteralExpression): ts.Expression[] | undefined {
  if (o.properties.length !== KEYS.length) return undefined;
  const values: ts.Expression[] = [];
  for (const [i, p] of o.properties.entries()) {
    if (!ts.isPropertyAssignment(p)) return undefined;
    const name = ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) ? p.name.text : undefined;
    if (name !== KEYS[i]) return undefined;
    values.push(p.initializer);
  }
  return values;
}

// `{ … } as const` cannot stay `wordsOf(…) as const`; the call's type is the same record.
const isConst = (t: ts.TypeNode): boolean => ts.isTypeReferenceNode(t) && ts.isIdentifier(t.typeName) && t.typeName.text === 'const';
