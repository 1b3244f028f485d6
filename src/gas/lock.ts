import type { Locale, Words } from '../../lib/i18n/locale.ts';

const BUSY: Words = {
  'zh-Hans': 'paicha 正在运行，请等这一次完成后再点。',
  'zh-Hant': 'paicha 正在執行，請等這一次完成後再點。',
  en: 'paicha is already running; please wait for it to finish.',
};

/**
 * Runs `work` holding the document lock, so two clicks never interleave their writes. A second click
 * while one runs gets a toast and returns undefined instead of waiting in line.
 */
export function withDocumentLock<T>(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, locale: Locale, work: () => T): T | undefined {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(2000)) {
    ss.toast(BUSY[locale], 'paicha', 5);
    return undefined;
  }
  try {
    return work();
  } finally {
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}
