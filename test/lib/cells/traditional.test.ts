// Traditional→Simplified folding reads OpenCC's character table from its compact form: it must fold
// exactly as OpenCC's own converter over the table as opencc-js ships it.
import fc from 'fast-check';
import { CustomConverter } from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import { describe, expect, it } from 'vitest';
import { decodeCharacterTable, simplifyCharacters } from '../../../lib/cells/traditional.ts';
import { TS_CHARACTERS } from '../../../lib/cells/traditional-table.ts';

const opencc = CustomConverter(TSCharacters);
const entries = TSCharacters.split('|').map((e) => e.split(' ') as [string, string]);

describe('simplifyCharacters', () => {
  it('folds the examples of DESIGN.md', () => {
    expect(simplifyCharacters('金都小區 北區')).toBe('金都小区 北区');
    expect(simplifyCharacters('入戶登記')).toBe('入户登记');
    expect(simplifyCharacters('Room 301 号')).toBe('Room 301 号');
  });

  it("decodes to every entry of OpenCC's table, in its order", () => {
    expect(decodeCharacterTable(TS_CHARACTERS)).toEqual(entries);
  });

  it('folds every character of the table, astral ones included, as OpenCC does', () => {
    const all = entries.map(([t]) => t).join('');
    expect([...all].some((c) => c.codePointAt(0)! > 0xffff)).toBe(true);
    expect(simplifyCharacters(all)).toBe(opencc(all));
  });

  it('folds any text as OpenCC does, ideographic description sequences included', () => {
    const table = entries.map(([t]) => t);
    const piece = fc.oneof(
      fc.constantFrom(...table),
      fc.constantFrom('⿰', '⿱', '⿲', '区', '區', ' ', 'a', '1', '\u{20000}'),
      fc.string({ maxLength: 3, unit: 'binary' }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const s = pieces.join('');
        expect(simplifyCharacters(s)).toBe(opencc(s));
      }),
      { numRuns: 2000 },
    );
  });
});
