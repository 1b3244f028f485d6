import { ADDON_WORDS as W } from '../../lib/i18n/addon.ts';
import { fill, pickLocale } from '../../lib/i18n/locale.ts';
import { buildInfo } from './build-info.ts';
import { pageTemplate } from './pages.ts';
import { HELP_FILE, HELP_LOCALE_VAR } from './paste-files.ts';

/**
 * 帮助/关于: version, what each item does, where the data stays, the permissions, how to update. The
 * body is help.html (src/build/help-page.ts), read only when the dialog opens.
 */
export function showHelp(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const locale = pickLocale(ss.getSpreadsheetLocale());
  const template = pageTemplate(HELP_FILE, locale);
  if (!template) return;
  (template as unknown as Record<string, string>)[HELP_LOCALE_VAR] = locale;
  const html = template.evaluate().setWidth(560).setHeight(520);
  SpreadsheetApp.getUi().showModalDialog(html, fill(W.helpTitle[locale], { version: buildInfo().version }));
}
