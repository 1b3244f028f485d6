// A1 notation as Excel and Google Sheets both read it, for every adapter that writes a reference.

/** A sheet name quoted for a range, formula or defined name (`'It''s'`): always, so "A1" or "Sheet 1" is never read as a cell. */
export const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;
