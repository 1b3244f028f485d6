// The README's status vocabulary, written from the corpus (status-corpus.ts) so the two cannot drift:
// `npx tsx test/lib/cells/status-readme.ts --write` rewrites the section; status-readme.test.ts fails
// when the README and the corpus disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toSimplifiedText } from '../../../lib/cells/keys.ts';
import { STATUSES, VERIFIED_STATUSES, type Status } from '../../../lib/cells/status.ts';
import { CANONICAL } from '../../../lib/cells/status-words.ts';
import { STATUS_LABELS } from '../../../lib/i18n/words.ts';
import { STATUS_CORPUS, type Expected } from './status-corpus.ts';

export const README = fileURLToPath(new URL('../../../README.md', import.meta.url));
export const START = '<!-- status-vocabulary:start (generated from test/lib/cells/status-corpus.ts) -->';
export const END = '<!-- status-vocabulary:end -->';

// Invisible and blank characters shown so a reader sees what the cell held.
export const shown = (p: string): string =>
  '`' +
  p
    .replace(/\n/g, '⏎')
    .replace(/\u200b/g, '‹ZWSP›')
    .replace(/\u3000/g, '‹全角空格›')
    .replace(/^ | $/g, '␠') +
  '`';

function row(label: string, counted: string, phrases: readonly string[]): string {
  return `| ${label} | ${counted} | ${phrases.join(' · ')} |`;
}

/** The markdown between the README's markers. */
export function statusVocabularySection(): string {
  const by = new Map<Expected, string[]>();
  for (const [p, e] of STATUS_CORPUS) by.set(e, [...(by.get(e) ?? []), p]);
  const guesses = STATUS_CORPUS.filter(([, e]) => e.startsWith('guess:')).map(([p, e]) => {
    const s = e.slice('guess:'.length) as Status;
    const words = CANONICAL[s]!;
    return `${shown(p)} → ${toSimplifiedText(p) === p.trim() ? words.hans : words.hant}`;
  });
  const lines = [
    '| read as | counts as | phrases (after folding Traditional, full-width, case, spaces and punctuation) |',
    '|---|---|---|',
    ...STATUSES.map((s) =>
      row(
        `${STATUS_LABELS[s]['zh-Hans']} \`${s}\``,
        (VERIFIED_STATUSES as readonly string[]).includes(s) ? 'verified' : 'not verified',
        (by.get(s) ?? []).map(shown),
      ),
    ),
    row('a guess: `status-guess` warning naming the word to type', 'not verified until corrected', guesses),
    row('not a status: `enum` error', 'not verified', (by.get('enum') ?? []).map(shown)),
  ];
  return lines.join('\n');
}

/** The README with its section replaced by the one written from the corpus. */
export function readmeWithSection(readme: string): string {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`README.md has no ${START} … ${END} section`);
  return `${readme.slice(0, a + START.length)}\n${statusVocabularySection()}\n${readme.slice(b)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--write')) {
  writeFileSync(README, readmeWithSection(readFileSync(README, 'utf8')));
}
