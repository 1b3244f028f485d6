/** The calendar day (YYYY-MM-DD) in an IANA time zone; an unknown zone falls back to Asia/Shanghai. */
export function todayInTimeZone(timeZone: string | undefined, now: Date): string {
  const format = (tz: string) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = format(timeZone || 'Asia/Shanghai');
  } catch {
    parts = format('Asia/Shanghai');
  }
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
