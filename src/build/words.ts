// An esbuild plugin for the add-on: every object literal that is exactly { 'zh-Hans': a, 'zh-Hant': b,
// en: c } — the shape of each word, message and label in three locales — becomes wordsOf(a, b, c)
// (lib/i18n/words-of.ts), which builds the same object. The minified bundle then spells the three keys
// once instead of hundreds of times. The source stays as people write it; TypeScript's parser finds
// the literals, so strings, comments and nesting are never mistaken for them.
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';
import ts from 'typescript';

const KEYS = ['zh-Hans', 'zh-Hant', 'en'];

/** `helper` is the absolute path of lib/i18n/words-of.ts; `applies` says which source files to rewrite. */
export function wordsPlugin(helper: string, applies: (path: string) => boolean): Plugin {
  return {
    name: 'paicha-words',
    setup(b) {
      b.onLoad({ filter: /\.ts$/, namespace: 'file' }, async (args) => {
        if (args.path === helper || !applies(args.path)) return undefined;
        const source = await readFile(args.path, 'utf8');
        const rewritten = rewriteWords(source, args.path, '__paichaWordsOf');
        if (rewritten === source) return undefined;
        return { contents: `import { wordsOf as __paichaWordsOf } from ${JSON.stringify(helper)};\n${rewritten}`, loader: 'ts' };
      });
    },
  };
}

/** The source with each three-locale literal written as a call to `fn`; the source itself when it has none. */
export function rewriteWords(source: string, fileName: string, fn: string): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    const values = ts.isObjectLiteralExpression(node) ? wordValues(node) : undefined;
    if (values) {
      const literal = ts.isAsExpression(node.parent) && isConst(node.parent.type) ? node.parent : node;
      edits.push({ start: literal.getStart(file), end: literal.end, text: `${fn}(${values.map((v) => v.getText(file)).join(', ')})` });
      return; // the values are words, not more literals
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const e of edits.reverse()) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
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
