import { pickLocale, type Locale } from '../../lib/i18n/locale.ts';

/**
 * The language of menus and sheets: the spreadsheet's locale once authorized; in AuthMode.NONE the
 * spreadsheet may not be read, so the user's own locale stands in.
 */
export function addonLocale(authMode?: GoogleAppsScript.Script.AuthMode): Locale {
  if (authMode === ScriptApp.AuthMode.NONE) return pickLocale(Session.getActiveUserLocale());
  return pickLocale(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
}

/**
 * The spreadsheet's UTC offset in minutes, its offset on 1899-12-30 (the day a time-only cell sits on,
 * built with the zone's history: +8:05:43 in Asia/Shanghai), today's date there and the moment
 * (YYYY-MM-DDTHH:MM).
 */
export function spreadsheetClock(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): {
  tzOffsetMinutes: number;
  epochOffsetMinutes: number;
  today: string;
  now: string;
} {
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
  const today = Utilities.formatDate(now, tz, 'yyyy-MM-dd');
  // The time too: before the day's cut-off (20:00) the report says who is still due, after it who is late.
  return { tzOffsetMinutes, epochOffsetMinutes, today, now: `${today}T${Utilities.formatDate(now, tz, 'HH:mm')}` };
}
