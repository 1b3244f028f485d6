import { describe, expect, it } from 'vitest';
import { CLI_WORDS, USAGE_WORDS } from '../../../lib/i18n/cli.ts';
import { HELP_WORDS } from '../../../lib/i18n/cli-help.ts';
import { REMOTE_WORDS } from '../../../lib/i18n/remote.ts';
import { LIST_SEPARATOR, LOCALES, WITH_PLACE, type Words } from '../../../lib/i18n/locale.ts';
import { OPTIONS } from '../../../src/node/cli/args.ts';
import { SHEETS } from '../../../lib/render/sheet-names.ts';

// Parity: every word the CLI says about itself exists in every locale with the same placeholders.
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const entries: [string, Words][] = [
  ...Object.entries(USAGE_WORDS).map(([k, v]): [string, Words] => [`usage ${k}`, v]),
  ...Object.entries(CLI_WORDS).map(([k, v]): [string, Words] => [`cli ${k}`, v]),
  ...Object.entries(REMOTE_WORDS).map(([k, v]): [string, Words] => [`remote ${k}`, v]),
  ...Object.entries(HELP_WORDS).map(([k, v]): [string, Words] => [`help ${k}`, v]),
  ['list separator', LIST_SEPARATOR],
  ['with place', WITH_PLACE],
];

describe('CLI words', () => {
  it.each(entries)('%s: every locale, the same placeholders', (_, words) => {
    for (const l of LOCALES) {
      expect(words[l].length).toBeGreaterThan(0);
      expect(placeholders(words[l])).toEqual(placeholders(words['zh-Hans']));
    }
  });

  it.each(Object.entries(OPTIONS))('the help of %s names each of its options in every locale', (command, options) => {
    const help = HELP_WORDS[command as keyof typeof HELP_WORDS];
    for (const l of LOCALES) {
      for (const option of Object.keys(options)) {
        if (option === 'help') continue;
        expect(help[l], `${command} ${l}`).toContain(
          option === 'locale' && command !== 'tally' && command !== 'addon' ? '--locale' : `--${option}`,
        );
      }
    }
  });

  it('keeps the command lines the same in every locale: commands, options and file names are not translated', () => {
    const commands = (s: string) =>
      [...new Set([...s.matchAll(/paicha (?:tally|check|report|init|demo|rollup|addon)\b|--[a-z-]+/g)].map((m) => m[0]))].sort();
    for (const [topic, words] of Object.entries(HELP_WORDS)) {
      for (const l of LOCALES) expect(commands(words[l]), `${topic} ${l}`).toEqual(commands(words.en));
    }
  });

  it('names in the tally help each sheet tally writes as it is spelled (English lists the default, Simplified names)', () => {
    for (const l of LOCALES) {
      const help = HELP_WORDS.tally[l].replace(/\s+/g, '');
      for (const w of Object.values(SHEETS)) expect(help, l).toContain(w[l === 'en' ? 'zh-Hans' : l]);
    }
  });
});
