import { createRequire } from 'node:module';

// ExcelJS 4.4.0 (pinned in package.json) modules that have no typings, reached through require to
// mend two defects of its document reader and writer (the fallback and oracle paths).
const require = createRequire(import.meta.url);

type CellModel = { type?: number; result?: unknown; text?: unknown };
type CellXformClass = { prototype: { reconcile(model: CellModel, options: unknown): void } };
type NumFmtXformClass = { getDefaultFmtCode(id: number): string | undefined };
type LocaleFormats = Record<string, string | undefined> & { f?: string };

const FORMULA = 6;
const HYPERLINK = 5;
let fixed = false;

/**
 * Two ExcelJS 4.4.0 defects that would change what a user sees, mended in place (idempotent; the
 * version is pinned in package.json and the tests pin both behaviours):
 *
 * - Any formula result in a date-formatted cell becomes a Date, so #N/A, a text or TRUE there reads
 *   as Invalid Date or 1899-12-31 and is written back as `<v>NaN</v>`. Only numbers are dates.
 * - Built-in number formats whose code depends on the locale (ids 27–36 and 50–58: 2020年1月29日,
 *   1月29日, …, what Chinese Excel uses for dates) have no code in ExcelJS's table, so such a date
 *   reads as a bare number and an --in-place save turns its format into General. They get their
 *   zh-CN code, which Excel shows the same way.
 */
export function fixExcelJs(): void {
  if (fixed) return;
  fixed = true;
  const CellXform = require('exceljs/lib/xlsx/xform/sheet/cell-xform.js') as CellXformClass;
  const reconcile = CellXform.prototype.reconcile;
  CellXform.prototype.reconcile = function (model, options) {
    const result = model.result;
    if (model.type !== FORMULA || result === undefined || typeof result === 'number') {
      reconcile.call(this, model, options);
      return;
    }
    model.result = undefined;
    reconcile.call(this, model, options);
    // reconcile moves a hyperlinked formula's result into `text`.
    if ((model.type as number) === HYPERLINK) model.text = result;
    else model.result = result;
  };

  const NumFmtXform = require('exceljs/lib/xlsx/xform/style/numfmt-xform.js') as NumFmtXformClass;
  const builtIn = require('exceljs/lib/xlsx/defaultnumformats.js') as Record<number, LocaleFormats | undefined>;
  NumFmtXform.getDefaultFmtCode = (id) => {
    const formats = builtIn[id];
    if (formats === undefined) return undefined;
    return formats.f ?? formats['zh-cn'] ?? Object.values(formats)[0];
  };
}
