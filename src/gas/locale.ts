import { pickLocale, type Locale } from '../../lib/i18n/locale.ts';
import type { RunOptions } from '../commands/run.ts';

/**
 * The language of menus and sheets: the spreadsheet's locale once authorized; in AuthMode.NONE the
 * spreadsheet may not be read, so the user's own locale stands in.
 */
export function addonLocale(authMode?: GoogleAppsScript.Script.AuthMode): Locale {
  if (authMode === ScriptApp.AuthMode.NONE) return pickLocale(Session.getActiveUserLocale());
  return pickLocale(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
}

/**
 * The run options that come from the spreadsheet's clock, for every run of the add-on (the menu's and
 * the live check's alike): the moment there (asOf, YYYY-MM-DDTHH:MM: before the day's cut-off the report
 * says who is still due, after it who is late), its UTC offset in minutes now, and its offset on
 * 1899-12-30 (the day a time-only cell sits on, built with the zone's history: +8:05:43 in Asia/Shanghai).
 */
export function spreadsheetClock(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
): Required<Pick<RunOptions, 'asOf' | 'tzOffsetMinutes' | 'epochOffsetMinutes'>> {
  const tz = ss.getSpreadsheetTimeZone();
  const now = new Date();
  const z = Utilities.formatDate(now, tz, 'Z'); // e.g. +0800
  const sign = z.startsWith('-') ? -1 : 1;
  const tzOffsetMinutes = sign * (Number(z.slice(1, 3)) * 60 + Number(z.slice(3, 5)));
  const [h, m, sec] = Utilities.formatDate(new Date(Date.UTC(1899, 11, 30)), tz, 'HH:mm:ss')
    .split(':')
    .map(Number);
  const wall = (h ?? 0) * 60 + (m ?? 0) + (sec ?? 0) / 60;
  // West of Greenwich, UTC midnight is the evening before on the wall clock.
  const epochOffsetMinutes = wall > 720 ? wall - 1440 : wall;
  return { asOf: Utilities.formatDate(now, tz, "yyyy-MM-dd'T'HH:mm"), tzOffsetMinutes, epochOffsetMinutes };
}
