import { quoteSheet } from '../../a1.ts';

/**
 * How a .xlsx file remembers which sheets paicha generated: one workbook-level defined name whose
 * ranges are A1 of each generated sheet, e.g. `_paicha_generated` = `'汇总-住户'!$A$1,'日报'!$A$1`.
 *
 * Chosen over the alternatives because a defined name is a reference to the sheet itself: Excel,
 * LibreOffice and Google Sheets keep it through a save, it follows the sheet when a user renames
 * it, and it turns into #REF! (so no longer marks anything) when the sheet is deleted. ExcelJS has
 * no custom document properties, and a very hidden `_paicha` sheet listing names would go stale on
 * a rename and show up as a sheet in every reader.
 */
export const GENERATED_MARKER = '_paicha_generated';

export type DefinedNameModel = { readonly name: string; readonly ranges: readonly string[] };

/** The sheet a range such as `'Bob''s'!$A$1` or `Sheet1!$A$1` points at. */
function sheetOfRange(range: string): string | undefined {
  if (range.startsWith("'")) {
    let name = '';
    for (let i = 1; i < range.length; i++) {
      const ch = range[i];
      if (ch === "'") {
        if (range[i + 1] === "'") {
          name += "'";
          i++;
          continue;
        }
        return range[i + 1] === '!' ? name : undefined;
      }
      name += ch;
    }
    return undefined;
  }
  const bang = range.lastIndexOf('!');
  return bang > 0 ? range.slice(0, bang) : undefined;
}

/** The A1 reference paicha stores for a generated sheet. */
export function markerRange(sheetName: string): string {
  return `${quoteSheet(sheetName)}!$A$1`;
}

/** Sheet names the marker lists, in the order it lists them, without duplicates. */
export function markedSheetNames(definedNames: readonly DefinedNameModel[] | undefined): string[] {
  const names: string[] = [];
  for (const dn of definedNames ?? []) {
    if (dn.name !== GENERATED_MARKER) continue;
    for (const range of dn.ranges) {
      const sheet = sheetOfRange(range);
      if (sheet !== undefined && !names.includes(sheet)) names.push(sheet);
    }
  }
  return names;
}
