// lib/cells/traditional-table.ts is generated from the installed opencc-js: an upgrade that changes
// OpenCC's table fails here until `npx tsx src/build/traditional-table.ts` is run again.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeCharacterTable } from '../../../lib/cells/traditional.ts';
import { encodeCharacterTable, TABLE_FILE, tableModule } from '../../../src/build/traditional-table.ts';

describe('the Traditional→Simplified table', () => {
  it('is what the generator writes from the installed opencc-js', async () => {
    expect(readFileSync(TABLE_FILE, 'utf8')).toBe(await tableModule());
  });

  it('round-trips: a gap of one code point costs no digit, a longer one base-62 digits', () => {
    const pairs: [string, string][] = [
      ['丟', '丢'],
      ['並', '并'],
      ['乾', '干'],
      ['亂', '乱'],
      ['龜', '龟'],
      ['𠁞', '𠀾'],
    ];
    expect(decodeCharacterTable(encodeCharacterTable(pairs))).toEqual(pairs);
    // a (U+0061) is 97 after the start: 96 = 1 × 62 + 34 (y); b follows a directly.
    expect(
      encodeCharacterTable([
        ['a', '丢'],
        ['b', '并'],
        ['e', '干'],
      ]),
    ).toBe('1y丢并2干');
  });

  it('refuses what the compact form cannot hold', () => {
    expect(() =>
      encodeCharacterTable([
        ['並', '并'],
        ['丟', '丢'],
      ]),
    ).toThrow(/ascending/);
    expect(() => encodeCharacterTable([['乾', '乾干']])).toThrow(/one character/);
    expect(() => encodeCharacterTable([['乾', '1']])).toThrow(/digit/);
  });
});
