// Developer metadata key that marks a sheet paicha created. A user's sheet with the same name has no
// such metadata, so it is never overwritten. DOCUMENT visibility lets the add-on and the CLI (another
// Cloud project, through the Sheets API) each recognize sheets the other wrote.
export const MARKER_KEY = 'paicha.generated';

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
  sheet.addDeveloperMetadata(MARKER_KEY, 'v1', SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
}
