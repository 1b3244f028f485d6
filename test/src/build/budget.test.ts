// DESIGN.md's budget: the Apps Script bundle ≤ 200 KB minified (Apps Script parses it on every menu
// click and every open). Not timed: bytes. The six registers put it over (docs/decisions.md, "The
// bundle over its budget"): the test holds it to a ceiling that only comes down, and fails with the
// files that weigh most.
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_BUDGET_BYTES, BUNDLE_CEILING_BYTES, bundleSize, byFolder, sizeReport, type BundleSize } from '../../../src/build/size.ts';

let size: BundleSize;

beforeAll(async () => {
  size = await bundleSize();
}, 120_000);

describe('the add-on bundle', () => {
  it('grows no further than its ceiling (224 KB minified) on the way back to the 200 KB budget', () => {
    expect(size.bytes, `over the ceiling by ${size.bytes - BUNDLE_CEILING_BYTES} bytes.\n${sizeReport(size)}`).toBeLessThanOrEqual(
      BUNDLE_CEILING_BYTES,
    );
    // The ceiling never passes for the budget: when the bundle is back under 200 KB, this test goes back to it.
    expect(BUNDLE_CEILING_BYTES).toBeGreaterThan(BUNDLE_BUDGET_BYTES);
    expect(size.bytes).toBeGreaterThan(BUNDLE_BUDGET_BYTES);
  });

  it('accounts for its bytes by source file: the files add up to the code, headers and stubs aside', () => {
    const modules = size.modules.reduce((n, m) => n + m.bytes, 0);
    expect(modules).toBeLessThan(size.bytes);
    expect(modules).toBeGreaterThan(size.bytes * 0.9);
    expect(size.modules.map((m) => m.bytes)).toEqual(size.modules.map((m) => m.bytes).sort((a, b) => b - a));
    // Both layers, and nothing of the CLI: its words, the file readers, the progress line.
    expect(new Set(size.modules.map((m) => m.layer))).toEqual(new Set(['paichaAddon_', 'paichaCore_']));
    expect(
      size.modules
        .map((m) => m.path)
        .filter((p) => /^src\/node|lib\/i18n\/(files|progress|paste)\.ts|node_modules\/(exceljs|fflate|zod|@e965)/.test(p)),
    ).toEqual([]);
  });

  it('leaves out what only a page runs: the dashboard’s renderer and words (dashboard.html) and the help text (help.html)', () => {
    const paths = size.modules.map((m) => m.path);
    expect(
      paths.filter((p) =>
        /lib\/render\/dashboard\/(page|figures|svg|bars|timeline|summary|style|markup|format)\.ts|lib\/i18n\/(dashboard|help)\.ts|src\/gas\/menu-help\.ts|src\/pages\//.test(
          p,
        ),
      ),
    ).toEqual([]);
    // The server still makes the figures the page draws.
    expect(paths).toContain('lib/render/dashboard/model.ts');
  });

  it('reports the total against the budget and the heaviest files first', () => {
    const report = sizeReport(size, 3).split('\n');
    expect(report).toHaveLength(4);
    expect(report[0]).toMatch(/^Apps Script bundle, minified: \d+\.\d KB of 200\.0 KB/);
    expect(report[1]).toContain(size.modules[0]!.path);
    expect(byFolder(size.modules).map(([f]) => f)).toContain('lib/datasets/households');
  });
});
