import type { Locale } from '../../lib/i18n/locale.ts';
import { templateSheets } from '../../lib/render/template.ts';

/**
 * Creates each template sheet whose name is free: header row, frozen, text columns kept as text,
 * drop-downs that still accept other words. Returns the names created and those left as they were.
 */
export function createTemplateSheets(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  locale: Locale,
): { created: string[]; existing: string[] } {
  const created: string[] = [];
  const existing: string[] = [];
  for (const t of templateSheets(locale)) {
    if (ss.getSheetByName(t.name)) {
      existing.push(t.name);
      continue;
    }
    const sheet = ss.insertSheet(t.name);
    sheet
      .getRange(1, 1, 1, t.header.length)
      .setValues([t.header.map((h) => h)])
      .setFontWeight('bold');
    sheet.setFrozenRows(1);
    for (const col of t.textColumns) sheet.getRange(2, col + 1, sheet.getMaxRows() - 1, 1).setNumberFormat('@');
    for (const [col, choices] of Object.entries(t.choices)) {
      const rule = SpreadsheetApp.newDataValidation()
        .requireValueInList([...choices], true)
        .setAllowInvalid(true)
        .build();
      sheet.getRange(2, Number(col) + 1, sheet.getMaxRows() - 1, 1).setDataValidation(rule);
    }
    created.push(t.name);
  }
  return { created, existing };
}
