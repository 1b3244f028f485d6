/**
 * A serial date as ExcelJS's utils.excelToDate builds it: the instant at UTC of the day and time
 * shown (serial 43852 → 2020-01-22T00:00:00Z), whatever the machine's zone; 1904 dates are 1,462
 * days later. The core reads these with `tzOffsetMinutes: 0`.
 */
export function excelToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}
