import { ADDON_WORDS as W } from '../../lib/i18n/addon.ts';
import { fill, LIST_SEPARATOR, pickLocale, type Locale } from '../../lib/i18n/locale.ts';
import { SHEETS } from '../../lib/render/sheet-names.ts';
import { buildInfo } from './build-info.ts';
import { escapeHtml } from './escape.ts';
import { MENU_ITEMS, PROJECT_NAME } from './menu-items.ts';
import { CORE_FILE, MAIN_FILE } from './paste-files.ts';

/** 帮助/关于: version, what each item does, where the data stays, the permissions, how to update. */
export function showHelp(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const locale = pickLocale(ss.getSpreadsheetLocale());
  const info = buildInfo();
  const html = HtmlService.createHtmlOutput(helpHtml(locale, info)).setWidth(560).setHeight(520);
  SpreadsheetApp.getUi().showModalDialog(html, fill(W.helpTitle[locale], { version: info.version }));
}

/** The dialog's body: plain HTML, every text escaped, the only link the project page. */
export function helpHtml(locale: Locale, info: { version: string; homepage: string }): string {
  const t = (key: keyof typeof W, params: Record<string, string> = {}) => escapeHtml(fill(W[key][locale] as string, params));
  const list = LIST_SEPARATOR[locale];
  const sheets = Object.values(SHEETS).map((w) => w[locale]).join(list);
  const items = MENU_ITEMS.map((i) => `<dt>${escapeHtml(i.label[locale])}</dt><dd>${escapeHtml(i.help[locale])}</dd>`).join('');
  const homepage = /^https:\/\/[^\s"<>]+$/.test(info.homepage)
    ? `<p>${t('helpHomepage')}<a href="${escapeHtml(info.homepage)}" target="_blank" rel="noopener">${escapeHtml(info.homepage)}</a></p>`
    : '';
  return [
    '<style>body{font-family:Arial,sans-serif;font-size:13px;line-height:1.5}h2{font-size:14px;margin:14px 0 4px}dt{font-weight:bold}dd{margin:0 0 6px}</style>',
    `<p>${t('helpIntro')}</p>`,
    `<h2>${t('helpMenuHeading')}</h2><dl>${items}</dl>`,
    `<p>${t('helpOnEdit')}</p>`,
    `<p>${t('helpMenuPlace', { project: PROJECT_NAME })}</p>`,
    `<h2>${t('helpDataHeading')}</h2><p>${t('helpData', { sheets })}</p>`,
    `<h2>${t('helpScopesHeading')}</h2><ul><li>${t('helpScopeSheets')}</li><li>${t('helpScopeUi')}</li></ul>`,
    `<h2>${t('helpUpdateHeading')}</h2><p>${t('helpUpdate', { files: [MAIN_FILE, CORE_FILE].join(list) })}</p>`,
    homepage,
  ].join('\n');
}
