import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../../../helpers/cli.ts';

const balanced = (s: string, q: string): boolean => s.split(q).length % 2 === 1;

describe('usage errors', () => {
  it('the unknown-option message had an unbalanced quote: it names the option, every quote balanced', async () => {
    const run = await runCli(['tally', '--bogus', 'x.csv'], await tempDir());
    expect(run.code).toBe(2);
    const first = run.stderr.split('\n')[0]!;
    expect(first).toContain('--bogus');
    expect(balanced(first, '"')).toBe(true);
    expect(balanced(first, "'")).toBe(true);
  });
});
