// Bundles the add-on as a few script files that work whatever order they are pasted or pushed in.
//
// Apps Script loads every script file of a project into one global scope, top to bottom in the
// project's file order, on every execution (each menu click, each trigger), and only then calls the
// function the menu or trigger names. So each file here declares functions and does nothing else at
// its top level: one function per layer, its name ending in "_" (Apps Script keeps such functions out
// of a library's interface), that builds the layer on its first call in an execution and returns the
// layer's exports. A layer reaches a later one only by calling that function, which by then exists
// whichever file came first.
import { build, type Metafile, type Plugin } from 'esbuild';
import { relative, sep } from 'node:path';

export type LayerSpec = {
  /** The global function that returns the layer's exports, e.g. "paichaCore_". */
  readonly fn: string;
  /** The file it goes into, named in comments where another layer imports from it. */
  readonly file: string;
  /** Whether a resolved source file (absolute path) belongs to this layer. */
  readonly owns: (path: string) => boolean;
};

export type LayerBuild = {
  readonly root: string;
  /** The entry module (absolute path); it belongs to layers[0]. */
  readonly entry: string;
  /** layers[0] holds the entry; a layer may import only from layers after it. */
  readonly layers: readonly LayerSpec[];
  readonly minify: boolean;
  /** esbuild `define`: build-time constants such as the version. */
  readonly define: Readonly<Record<string, string>>;
  /** Statements that run first in layers[0]'s function (e.g. a check that the other files are there). */
  readonly prelude?: string;
  /** Plugins that load source files (after the layers have resolved them). */
  readonly plugins?: readonly Plugin[];
};

export type BuiltLayer = {
  readonly fn: string;
  /** The layer as one function declaration. */
  readonly code: string;
  /** Source files bundled into it, relative to the root. */
  readonly inputs: readonly string[];
  /** Bytes each source file adds to the output (esbuild's bytesInOutput), by path relative to the root. */
  readonly bytesByInput: Readonly<Record<string, number>>;
};

const SKIP = Symbol('resolving');
const ENTRY = 'paicha-layer-entry';

/** Builds every layer that something imports; layers nothing imports are left out. */
export async function buildLayers(o: LayerBuild): Promise<{ layers: BuiltLayer[]; entryExports: string[] }> {
  // Per layer: the modules other layers import from it, by key (an identifier made of the path).
  const boundary = o.layers.map(() => new Map<string, string>());
  const exportsOf = exportNames(o);
  const built: BuiltLayer[] = [];
  for (let i = 0; i < o.layers.length; i++) {
    if (i > 0 && boundary[i]!.size === 0) continue;
    const result = await build({
      entryPoints: [i === 0 ? o.entry : ENTRY],
      absWorkingDir: o.root,
      bundle: true,
      format: 'iife',
      globalName: '__layer',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      target: 'es2020',
      // Class fields become assignments in the constructor, not an __publicField helper call each:
      // no class here has an accessor a field could shadow, so both mean the same.
      tsconfigRaw: { compilerOptions: { useDefineForClassFields: false, verbatimModuleSyntax: true } },
      charset: 'utf8',
      legalComments: 'none',
      minify: o.minify,
      define: o.define,
      write: false,
      metafile: true,
      logLevel: 'silent',
      plugins: [layerPlugin(o, i, boundary, exportsOf), ...(o.plugins ?? [])],
    });
    const layer = o.layers[i]!;
    const prelude = i === 0 && o.prelude ? o.prelude : '';
    built.push({
      fn: layer.fn,
      code: escapeInvisible(wrap(layer.fn, result.outputFiles[0]!.text, prelude)),
      inputs: inputsOf(result.metafile),
      bytesByInput: bytesByInput(result.metafile),
    });
  }
  return { layers: built, entryExports: await exportsOf(o.entry) };
}

function layerPlugin(
  o: LayerBuild,
  self: number,
  boundary: readonly Map<string, string>[],
  exportsOf: (path: string) => Promise<string[]>,
): Plugin {
  return {
    name: 'paicha-layers',
    setup(b) {
      b.onResolve({ filter: new RegExp(`^${ENTRY}$`) }, () => ({ path: ENTRY, namespace: ENTRY }));
      // A later layer's entry re-exports, under its key, each of its modules an earlier layer imports;
      // sorted, since imports resolve concurrently and the output must not depend on their timing.
      b.onLoad({ filter: /.*/, namespace: ENTRY }, () => ({
        contents: [...boundary[self]!]
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([key, path]) => `export * as ${key} from ${JSON.stringify(path)};`)
          .join('\n'),
        resolveDir: o.root,
        loader: 'js',
      }));
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData === SKIP || args.kind === 'entry-point' || o.layers.some((l) => l.file === args.namespace)) return undefined;
        const r = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: SKIP });
        if (r.errors.length > 0) return { errors: r.errors };
        const owner = o.layers.findIndex((l) => l.owns(r.path));
        if (owner === -1) return { errors: [{ text: `${relativePath(o.root, r.path)} belongs to no layer` }] };
        if (owner === self) return undefined;
        if (owner < self)
          return {
            errors: [
              {
                text: `${relativePath(o.root, args.importer)} (layer ${o.layers[self]!.fn}) imports ${relativePath(o.root, r.path)} from the earlier layer ${o.layers[owner]!.fn}`,
              },
            ],
          };
        const key = keyOf(o.root, r.path);
        boundary[owner]!.set(key, r.path);
        // esbuild heads the module with "// FILE:PATH", e.g. // paicha-core.gs:lib/i18n/locale.ts
        return {
          path: relativePath(o.root, r.path),
          namespace: o.layers[owner]!.file,
          pluginData: { fn: o.layers[owner]!.fn, key, path: r.path },
        };
      });
      // An import from a later layer reads that layer's exports when this layer is built, not before.
      for (const layer of o.layers) {
        b.onLoad({ filter: /.*/, namespace: layer.file }, async (args) => {
          const { fn, key, path } = args.pluginData as { fn: string; key: string; path: string };
          const names = await exportsOf(path);
          const named = names.filter((n) => n !== 'default');
          const lines = [`const ${key} = ${fn}().${key};`];
          if (named.length > 0) lines.push(`export const ${named.map((n) => `${n} = ${key}.${n}`).join(', ')};`);
          if (names.includes('default')) lines.push(`export default ${key}.default;`);
          return { contents: lines.join('\n'), resolveDir: o.root, loader: 'js' };
        });
      }
    },
  };
}

/** The names a module exports, as bundled (re-exports included); cached per module. */
function exportNames(o: LayerBuild): (path: string) => Promise<string[]> {
  const cache = new Map<string, Promise<string[]>>();
  return (path) => {
    let names = cache.get(path);
    if (!names) {
      names = build({
        entryPoints: [path],
        absWorkingDir: o.root,
        bundle: true,
        format: 'esm',
        platform: 'neutral',
        mainFields: ['module', 'main'],
        define: o.define,
        write: false,
        metafile: true,
        logLevel: 'silent',
      }).then((r) => [...Object.values(r.metafile.outputs)[0]!.exports].sort());
      cache.set(path, names);
    }
    return names;
  };
}

// esbuild writes an IIFE assigned to the global name; the layer function returns it instead, built
// once per execution. Its body is left exactly as esbuild wrote it (template literals may span lines).
const IIFE = /^(?:"use strict";\s*)?var __layer\s*=\s*(\(\(\)\s*=>\s*\{[\s\S]*\}\)\(\));?\s*$/;

function wrap(fn: string, output: string, prelude: string): string {
  const m = IIFE.exec(output);
  if (!m) throw new Error(`esbuild output for ${fn} is not the expected IIFE: ${output.slice(0, 80)}`);
  const lines = [`function ${fn}() {`, '  "use strict";'];
  if (prelude) lines.push(...prelude.split('\n').map((l) => `  ${l}`));
  lines.push(`  return ${fn}.built || (${fn}.built = ${m[1]});`, '}');
  return `${lines.join('\n')}\n`;
}

/**
 * Characters a person cannot see (control and format characters, separators other than the space)
 * written as \u escapes: a copy and paste through a browser may drop or alter them. esbuild escapes
 * most; this catches the rest. They only occur in string, template and regex literals, where the
 * escape means the same character.
 */
export function escapeInvisible(code: string): string {
  return code.replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}\p{Zl}\p{Zp}\p{Zs}]/gu, (c) => {
    if (c === ' ' || c === '\n' || c === '\t') return c;
    const cp = c.codePointAt(0)!;
    if (cp > 0xffff) throw new Error(`an invisible character outside the BMP (U+${cp.toString(16)}) needs a context-aware escape`);
    return `\\u${cp.toString(16).padStart(4, '0')}`;
  });
}

// Metafile paths are relative to absWorkingDir (the root); virtual modules carry a namespace prefix.
function inputsOf(metafile: Metafile): string[] {
  return Object.keys(metafile.inputs).filter((k) => !k.includes(':'));
}

function bytesByInput(metafile: Metafile): Record<string, number> {
  const output = Object.values(metafile.outputs)[0];
  return Object.fromEntries(Object.entries(output?.inputs ?? {}).map(([path, i]) => [path, i.bytesInOutput]));
}

const relativePath = (root: string, path: string): string => relative(root, path).split(sep).join('/');

/** lib/i18n/locale.ts → lib_i18n_locale: a readable identifier, unique per path. */
function keyOf(root: string, path: string): string {
  return relativePath(root, path)
    .replace(/^node_modules\//, '')
    .replace(/\.[cm]?[jt]s$/, '')
    .replace(/[^A-Za-z0-9]+/g, '_');
}
