import { describe, expect, it } from 'vitest';
import { FILE_FRAME, FILE_THINGS, READ_WORDS, WRITE_WORDS } from '../../../lib/i18n/files.ts';
import { LOCALES, type Words } from '../../../lib/i18n/locale.ts';
import { PROGRESS_WORDS } from '../../../lib/i18n/progress.ts';

// Parity: every word the CLI says about files and progress exists in every locale with the same placeholders.
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const entries: [string, Words][] = [
  ...Object.entries(READ_WORDS).flatMap(([k, v]): [string, Words][] => [
    [`read ${k} why`, v.why],
    [`read ${k} todo`, v.todo],
  ]),
  ...Object.entries(WRITE_WORDS).flatMap(([k, v]): [string, Words][] => [
    [`write ${k} why`, v.why],
    [`write ${k} todo`, v.todo],
  ]),
  ...Object.entries(FILE_THINGS).map(([k, v]): [string, Words] => [`thing ${k}`, v]),
  ...Object.entries(FILE_FRAME).map(([k, v]): [string, Words] => [`frame ${k}`, v]),
  ...Object.entries(PROGRESS_WORDS).map(([k, v]): [string, Words] => [`progress ${k}`, v]),
];

describe('file and progress words', () => {
  it.each(entries)('%s: every locale, the same placeholders', (_, words) => {
    for (const l of LOCALES) {
      expect(words[l].trim().length).toBeGreaterThan(0);
      expect(placeholders(words[l])).toEqual(placeholders(words['zh-Hans']));
    }
  });

  it('says what to do, not only what is wrong: every todo ends a sentence', () => {
    for (const table of [READ_WORDS, WRITE_WORDS]) {
      for (const [k, v] of Object.entries(table)) for (const l of LOCALES) expect(v.todo[l], `${k} ${l}`).toMatch(/[。.]$/);
    }
  });
});
