// Parity of the add-on's words: every locale has each text, with the same placeholders, and a
// Traditional text that is not just the Simplified one.
import { describe, expect, it } from 'vitest';
import { ADDON_WORDS } from '../../../lib/i18n/addon.ts';
import { LOCALES, type Words } from '../../../lib/i18n/locale.ts';
import { HELP_PAGE_WORDS } from '../../../lib/i18n/help.ts';
import { PASTE_WORDS } from '../../../lib/i18n/paste.ts';
import { MENU_HELP } from '../../../src/gas/menu-help.ts';
import { MENU_ITEMS } from '../../../src/gas/menu-items.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
// The product's name, 看板 (dashboard) and 已更新 (updated) read the same in both scripts.
const SAME_IN_BOTH = new Set(['helpTitle', 'showDashboard', 'tallied']);

const tables: [string, Record<string, Words>][] = [
  ['ADDON_WORDS', ADDON_WORDS],
  ['HELP_PAGE_WORDS', HELP_PAGE_WORDS],
  ['PASTE_WORDS', PASTE_WORDS],
  ['menu labels', Object.fromEntries(MENU_ITEMS.map((i) => [i.fn, i.label]))],
  ['menu help', Object.fromEntries(MENU_ITEMS.map((i) => [i.fn, MENU_HELP[i.fn]]))],
];

describe.each(tables)('%s', (_, table) => {
  it.each(Object.keys(table))('%s is in every locale with the same placeholders', (key) => {
    const words = table[key]!;
    for (const l of LOCALES) {
      expect(words[l].trim().length, `${key} ${l}`).toBeGreaterThan(0);
      expect(placeholders(words[l]), `${key} ${l}`).toEqual(placeholders(words['zh-Hans']));
    }
    if (!SAME_IN_BOTH.has(key)) expect(words['zh-Hant'], key).not.toBe(words['zh-Hans']);
    expect(words.en.replace(/排查/g, ''), key).not.toMatch(/[\u4e00-\u9fff]/u); // English, but for the product's name
  });
});

it('menu functions are distinct, and 帮助/关于 is the last item', () => {
  const fns = MENU_ITEMS.map((i) => i.fn);
  expect(new Set(fns).size).toBe(fns.length);
  expect(fns.at(-1)).toBe('showHelp');
});
