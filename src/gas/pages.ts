import { ADDON_WORDS as W } from '../../lib/i18n/addon.ts';
import { fill, type Locale } from '../../lib/i18n/locale.ts';

/**
 * An .html file of the project as an HtmlService template, or undefined after an alert saying how to
 * paste it when it is missing (a person who pasted only the .gs files still gets told what to do).
 */
export function pageTemplate(file: string, locale: Locale): GoogleAppsScript.HTML.HtmlTemplate | undefined {
  const name = file.replace(/\.html$/, '');
  try {
    return HtmlService.createTemplateFromFile(name);
  } catch {
    SpreadsheetApp.getUi().alert(fill(W.missingPage[locale], { file, name }));
    return undefined;
  }
}
