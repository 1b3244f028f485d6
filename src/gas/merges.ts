import { parseMergeRef } from '../../lib/table/a1.ts';
import type { MergedArea } from '../workbook.ts';

type Range = GoogleAppsScript.Spreadsheet.Range;

/**
 * The merged areas that cross `range`, each whole (0-based on the sheet), with its Range: one
 * getMergedRanges call, then each area's A1 notation (a register merges per building, never per row).
 */
export function mergedAreas(range: Range): { area: MergedArea; range: Range }[] {
  return range.getMergedRanges().flatMap((m) => {
    const area = parseMergeRef(m.getA1Notation());
    return area ? [{ area, range: m }] : [];
  });
}
