import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { README, readmeWithSection, shown, statusVocabularySection } from './status-readme.ts';
import { STATUS_CORPUS } from './status-corpus.ts';

describe('the README documents the status vocabulary', () => {
  const readme = readFileSync(README, 'utf8');

  it('holds the section written from the corpus (rewrite it with `npx tsx test/lib/cells/status-readme.ts --write`)', () => {
    expect(readme).toBe(readmeWithSection(readme));
  });

  it('lists every phrase of the corpus', () => {
    const section = statusVocabularySection();
    for (const [p] of STATUS_CORPUS) expect(section, p).toContain(shown(p));
    expect(section).toContain('`␠入户登记␠`');
  });
});
