// Reading a clasp rootDir: which files are scripts, the order Apps Script runs them in, and how a
// library's files become one namespace object.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import vm from 'node:vm';

export interface ScriptFile {
  readonly name: string;
  readonly code: string;
}

/** Names a fresh realm already has, so a script's own top-level functions can be told apart. */
export const BUILTINS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(vm.runInNewContext('globalThis') as object));

export function walk(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? walk(path, root) : [relative(root, path).split('\\').join('/')];
  });
}

/** Apps Script runs files in project order; clasp pushes Code.js first unless told otherwise. */
export function orderFiles(files: readonly ScriptFile[], order: readonly string[] | undefined): ScriptFile[] {
  const wanted = order ?? ['Code.js', 'Code.gs'];
  const rank = (f: ScriptFile): number => {
    const i = wanted.indexOf(f.name);
    return i < 0 ? wanted.length : i;
  };
  return [...files].sort((a, b) => rank(a) - rank(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Every .js/.gs file under `dir`, as clasp pushes them. */
export function readScripts(dir: string): ScriptFile[] {
  return walk(dir)
    .filter((f) => /\.(js|gs)$/.test(f))
    .map((name) => ({ name, code: readFileSync(join(dir, name), 'utf8') }));
}

/**
 * A library is visible to the script under its identifier as an object of its top-level
 * functions, except private ones (a name ending in "_", https://developers.google.com/apps-script/guides/libraries);
 * its own globals stay private. Its files run inside a function in the same realm, so values cross
 * without realm mismatches.
 */
export function libraryScript(identifier: string, files: readonly ScriptFile[]): vm.Script {
  const ordered = orderFiles(files, undefined);
  const scratch = vm.createContext({});
  for (const f of ordered) {
    try {
      vm.runInContext(f.code, scratch, { filename: f.name });
    } catch {
      // Top-level code that needs services fails here; only the declared names matter.
    }
  }
  const global = vm.runInContext('globalThis', scratch) as Record<string, unknown>;
  const names = Object.keys(Object.getOwnPropertyDescriptors(global)).filter(
    (k) => typeof global[k] === 'function' && !BUILTINS.has(k) && !k.endsWith('_'),
  );
  const exportsList = names.map((n) => `${JSON.stringify(n)}: ${n}`).join(', ');
  const body = ordered.map((f) => f.code).join('\n;\n');
  return new vm.Script(`var ${identifier} = (function () {\n${body}\n;return Object.freeze({ ${exportsList} });\n})();`, {
    filename: `${identifier}.library.js`,
  });
}
