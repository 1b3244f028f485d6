// Layers are files Apps Script may load in any order: each declares one function that builds its
// code on first call; a layer reaches a later one through that function only.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { buildLayers, escapeInvisible, type LayerSpec } from '../../../src/build/layers.ts';

/** A tiny project: app.ts (first layer) imports lib/greet.ts (second layer), which notes when it runs. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'paicha-layers-'));
  for (const [name, code] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), code);
  }
  return root;
}

const GREET = {
  'app.ts':
    "import { greet, GREETING } from './lib/greet.ts';\nexport function hello(name: string) { return greet(name) + ' / ' + GREETING; }\n",
  'lib/greet.ts':
    "(globalThis as any).libRan = ((globalThis as any).libRan ?? 0) + 1;\nexport const GREETING = '你好';\nexport function greet(name: string) { return GREETING + ', ' + name; }\n",
};

const layersOf = (root: string): LayerSpec[] => [
  { fn: 'app_', file: 'app.gs', owns: (p) => !p.startsWith(join(root, 'lib')) },
  { fn: 'lib_', file: 'lib.gs', owns: (p) => p.startsWith(join(root, 'lib')) },
];

describe('buildLayers', () => {
  it('gives one function per layer that works whichever file loads first, and runs a layer only when called', async () => {
    const root = project(GREET);
    const { layers, entryExports } = await buildLayers({
      root,
      entry: join(root, 'app.ts'),
      layers: layersOf(root),
      minify: false,
      define: {},
    });
    expect(layers.map((l) => l.fn)).toEqual(['app_', 'lib_']);
    expect(entryExports).toEqual(['hello']);
    expect(layers[1]!.inputs).toEqual(['lib/greet.ts']);
    for (const order of [layers, [...layers].reverse()]) {
      const context = vm.createContext({});
      for (const l of order) vm.runInContext(l.code, context);
      expect(vm.runInContext('typeof libRan', context)).toBe('undefined');
      expect(vm.runInContext("app_().hello('金都') + '|' + app_().hello('小区')", context)).toBe('你好, 金都 / 你好|你好, 小区 / 你好');
      expect(vm.runInContext('libRan', context)).toBe(1); // built once per execution
    }
    expect(layers[0]!.code).toContain('// lib.gs:lib/greet.ts');
  });

  it('refuses an import from a later layer back into an earlier one, naming both files', async () => {
    const root = project({
      ...GREET,
      'lib/greet.ts':
        "import { hello } from '../app.ts';\nexport const GREETING = typeof hello;\nexport function greet(n: string) { return n; }\n",
    });
    await expect(buildLayers({ root, entry: join(root, 'app.ts'), layers: layersOf(root), minify: false, define: {} })).rejects.toThrow(
      /lib\/greet\.ts \(layer lib_\) imports app\.ts from the earlier layer app_/,
    );
  });

  it('runs the prelude first in the first layer', async () => {
    const root = project(GREET);
    const { layers } = await buildLayers({
      root,
      entry: join(root, 'app.ts'),
      layers: layersOf(root),
      minify: false,
      define: {},
      prelude: 'if (typeof lib_ !== "function") throw new Error("lib.gs is missing");',
    });
    const context = vm.createContext({});
    vm.runInContext(layers[0]!.code, context);
    expect(() => vm.runInContext('app_()', context)).toThrow('lib.gs is missing');
  });
});

describe('escapeInvisible', () => {
  it('writes characters a copy and paste may lose as \\u escapes meaning the same string', () => {
    const source = "const s = 'a\u200bb\u00a0c\u0001d\u3000e 中文\t';";
    const escaped = escapeInvisible(source);
    expect(escaped).toBe("const s = 'a\\u200bb\\u00a0c\\u0001d\\u3000e 中文\t';");
    expect(vm.runInNewContext(`${escaped} s`)).toBe(vm.runInNewContext(`${source} s`));
  });
});
