import { MARKER_KEY, MARKER_VALUE } from '../generated.ts';

/** Names of the sheets that carry paicha's marker: one finder call, whatever the number of sheets. */
export function markedSheets(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Set<string> {
  const found = ss.createDeveloperMetadataFinder().withKey(MARKER_KEY).find();
  const names = new Set<string>();
  for (const m of found) {
    const sheet = m.getLocation().getSheet();
    if (sheet) names.add(sheet.getName());
  }
  return names;
}

export function mark(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
  sheet.addDeveloperMetadata(MARKER_KEY, MARKER_VALUE, SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
}
