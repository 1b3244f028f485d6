import type { ProblemItem } from '../../lib/problems/problem.ts';

// paicha's conditional-format rules carry this string in their formula, which always evaluates TRUE:
// a run finds and removes its own rules and leaves the team's rules alone.
const RULE_FORMULA = '=ISTEXT("paicha")';
const COLOR = '#fde2e1';
// Highlights per sheet; the 问题清单 sheet lists every problem anyway.
const MAX_MARKED = 2000;

/**
 * Highlights problem cells with one conditional-format rule per sheet, replacing the previous run's:
 * no user value, note or format is touched.
 */
export function markProblemCells(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  items: readonly ProblemItem[],
  sheets: readonly string[],
): void {
  const bySheet = new Map<string, string[]>();
  for (const it of items) {
    if (it.row <= 0 || it.column === '' || it.severity === 'info') continue;
    const list = bySheet.get(it.sheet) ?? [];
    if (list.length < MAX_MARKED) list.push(`${it.column}${it.row}`);
    bySheet.set(it.sheet, list);
  }
  for (const name of sheets) {
    const sheet = ss.getSheetByName(name);
    if (!sheet) continue;
    const kept = sheet.getConditionalFormatRules().filter((r) => !isOurs(r));
    const cells = bySheet.get(name);
    if (cells && cells.length > 0) {
      const rule = SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(RULE_FORMULA)
        .setBackground(COLOR)
        .setRanges(sheet.getRangeList(cells).getRanges())
        .build();
      kept.push(rule);
    }
    sheet.setConditionalFormatRules(kept);
  }
}

function isOurs(rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule): boolean {
  const condition = rule.getBooleanCondition();
  return condition?.getCriteriaValues().some((v) => String(v) === RULE_FORMULA);
}
