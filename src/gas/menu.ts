import type { Locale } from '../../lib/i18n/locale.ts';
import { addonLocale } from './locale.ts';
import { MENU_ITEMS } from './menu-items.ts';

/**
 * Builds the add-on menu. Safe in AuthMode.NONE: it reads no sheet and no properties, only the
 * user's locale, which needs no authorization.
 */
export function onOpen(e?: { authMode?: GoogleAppsScript.Script.AuthMode }): void {
  const locale: Locale = addonLocale(e?.authMode ?? ScriptApp.AuthMode.NONE);
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) menu.addItem(item.label[locale], item.fn);
  menu.addToUi();
}

export function onInstall(e?: { authMode?: GoogleAppsScript.Script.AuthMode }): void {
  onOpen(e);
}
