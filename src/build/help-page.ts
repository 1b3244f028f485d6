// help.html: the 帮助/关于 dialog, written whole by the build in each locale. Nothing in it depends on
// the spreadsheet but its language, so Apps Script only picks the locale's part (one scriptlet) and the
// words stay out of the .gs files it parses on every click.
import { HELP_PAGE_WORDS as W } from '../../lib/i18n/help.ts';
import { fill, LIST_SEPARATOR, LOCALES, type Locale } from '../../lib/i18n/locale.ts';
import { SHEETS } from '../../lib/render/sheet-names.ts';
import { escapeHtml } from '../gas/escape.ts';
import { MENU_HELP } from '../gas/menu-help.ts';
import { MENU_ITEMS, PROJECT_NAME } from '../gas/menu-items.ts';
import { CORE_FILE, DASHBOARD_FILE, HELP_FILE, HELP_LOCALE_VAR, MAIN_FILE } from '../gas/paste-files.ts';

/** The dialog's body in one locale: plain HTML, every text escaped, the only link the project page. */
export function helpHtml(locale: Locale, info: { version: string; homepage: string }): string {
  const t = (key: keyof typeof W, params: Record<string, string> = {}) => escapeHtml(fill(W[key][locale] as string, params));
  const list = LIST_SEPARATOR[locale];
  const sheets = Object.values(SHEETS)
    .map((w) => w[locale])
    .join(list);
  const items = MENU_ITEMS.map((i) => `<dt>${escapeHtml(i.label[locale])}</dt><dd>${escapeHtml(MENU_HELP[i.fn][locale])}</dd>`).join('');
  const homepage = /^https:\/\/[^\s"<>]+$/.test(info.homepage)
    ? `<p>${t('helpHomepage')}<a href="${escapeHtml(info.homepage)}" target="_blank" rel="noopener">${escapeHtml(info.homepage)}</a></p>`
    : '';
  return [
    `<p>${t('helpIntro')}</p>`,
    `<h2>${t('helpMenuHeading')}</h2><dl>${items}</dl>`,
    `<p>${t('helpOnEdit')}</p>`,
    `<p>${t('helpMenuPlace', { project: PROJECT_NAME })}</p>`,
    `<h2>${t('helpDataHeading')}</h2><p>${t('helpData', { sheets })}</p>`,
    `<h2>${t('helpScopesHeading')}</h2><ul><li>${t('helpScopeSheets')}</li><li>${t('helpScopeUi')}</li></ul>`,
    `<h2>${t('helpUpdateHeading')}</h2><p>${t('helpUpdate', { files: [MAIN_FILE, CORE_FILE, DASHBOARD_FILE, HELP_FILE].join(list) })}</p>`,
    homepage,
  ].join('\n');
}

const STYLE =
  '<style>body{font-family:Arial,sans-serif;font-size:13px;line-height:1.5}h2{font-size:14px;margin:14px 0 4px}dt{font-weight:bold}dd{margin:0 0 6px}</style>';

/**
 * The HtmlService template: the three locales' bodies, the one to show chosen by the variable the
 * server sets (src/gas/help.ts); Simplified Chinese when it is none of the others.
 */
export function helpPage(header: string, info: { version: string; homepage: string }): string {
  const [first, ...others] = [...LOCALES.filter((l) => l !== 'zh-Hans'), 'zh-Hans' as const];
  const branch = (l: Locale, i: number) => {
    const body = helpHtml(l, info);
    if (/<\?|\?>/.test(body)) throw new Error(`help.html (${l}) may not contain <? or ?>: HtmlService would read a scriptlet there`);
    const head = i === others.length - 1 ? '<? } else { ?>' : `<? } else if (${HELP_LOCALE_VAR} === ${JSON.stringify(l)}) { ?>`;
    return `${head}\n${body}`;
  };
  return [
    '<!DOCTYPE html>',
    header,
    `<html><head><meta charset="utf-8"><base target="_top">${STYLE}</head><body>`,
    `<? if (${HELP_LOCALE_VAR} === ${JSON.stringify(first)}) { ?>\n${helpHtml(first!, info)}`,
    ...others.map(branch),
    '<? } ?>',
    '</body></html>',
    '',
  ].join('\n');
}
