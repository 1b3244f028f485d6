// Random phone- and ID-shaped strings as people type them, for property tests of the masker.
import fc from 'fast-check';
import { idCheckChar } from '../../../lib/cells/id-number.ts';

/** A secret as typed, and the digits that must never be shown whole (a landline with its area code: its local number alone may end in the area code's digits). */
export type TypedSecret = { readonly typed: string; readonly digits: string; readonly kind: 'mobile' | 'landline' | 'id18' | 'id15' };

const digit = fc.integer({ min: 0, max: 9 }).map(String);
const digits = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((a) => a.join(''));

export const mobileArb = fc.tuple(fc.integer({ min: 3, max: 9 }), digits(9)).map(([b, rest]) => `1${b}${rest}`);
export const landlineArb = fc
  .tuple(
    fc.oneof(
      fc.constant('010'),
      fc.integer({ min: 0, max: 9 }).map((d) => `02${d}`),
      fc.tuple(fc.integer({ min: 3, max: 9 }), digits(2)).map(([a, b]) => `0${a}${b}`),
    ),
    fc.integer({ min: 2, max: 9 }),
    fc.integer({ min: 6, max: 7 }).chain((n) => digits(n)),
  )
  .map(([area, first, rest]) => ({ area, local: `${first}${rest}` }));

const region = fc.tuple(fc.integer({ min: 1, max: 8 }), digits(5)).map(([a, b]) => `${a}${b}`);
const birth = fc
  .date({ min: new Date('1901-01-01T00:00:00Z'), max: new Date('2019-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10).replace(/-/g, ''));
export const id18Arb = fc.tuple(region, birth, digits(3)).map(([r, b, s]) => `${r}${b}${s}${idCheckChar(`${r}${b}${s}`)}`);
export const id15Arb = fc
  .tuple(
    region,
    birth.filter((b) => b.startsWith('19')),
    digits(3),
  )
  .map(([r, b, s]) => `${r}${b.slice(2)}${s}`);

const SEPARATORS = [' ', '-', '.', '_', '/', ',', '—', '–', '、', '·', '　', ' - ', '\u200b'] as const;
const CJK = '零一二三四五六七八九';
const FULL = '０１２３４５６７８９';

/** Digits in ASCII, full-width or Chinese numerals (an X stays an X). */
const script = fc
  .constantFrom('ascii', 'full', 'cjk')
  .map((s) => (d: string) => (s === 'ascii' ? d : d.replace(/\d/g, (c) => (s === 'full' ? FULL : CJK)[Number(c)]!)));

/** Split into groups: none, phone-style, every digit, or at random places. */
const grouping = (text: string) =>
  fc.oneof(
    fc.constant([text]),
    fc.constant(
      text.length === 11
        ? [text.slice(0, 3), text.slice(3, 7), text.slice(7)]
        : [text.slice(0, 6), text.slice(6, 14), text.slice(14)].filter((g) => g !== ''),
    ),
    fc.constant([...text]),
    fc.uniqueArray(fc.integer({ min: 1, max: text.length - 1 }), { maxLength: 4 }).map((cuts) => {
      const at = [0, ...cuts.sort((a, b) => a - b), text.length];
      return at.slice(1).map((end, i) => text.slice(at[i], end));
    }),
  );

// Digits grouped in thousands with commas are money by the masker's stated rule (13,800,138,000), not a phone.
const moneyShaped = (groups: readonly string[], sep: string): boolean =>
  sep === ',' && groups.length > 1 && groups[0]!.length <= 3 && groups.slice(1).every((g) => g.length === 3);

const separated = (text: string) =>
  fc
    .tuple(grouping(text), fc.constantFrom(...SEPARATORS), script)
    .filter(([groups, sep]) => !moneyShaped(groups, sep))
    .map(([groups, sep, write]) => groups.map(write).join(sep));

export const typedSecretArb: fc.Arbitrary<TypedSecret> = fc.oneof(
  fc
    .tuple(mobileArb, fc.constantFrom('', '+86 ', '+86-', '0086 ', '86', '(+86)'))
    .chain(([m, cc]) => separated(m).map((t) => ({ typed: `${cc}${t}`, digits: m, kind: 'mobile' as const }))),
  landlineArb.chain(({ area, local }) =>
    fc.tuple(separated(local), script, fc.constantFrom('-', ' ', ')', '）')).map(([t, write, sep]) => ({
      typed: sep === ')' ? `(${write(area)})${t}` : sep === '）' ? `（${write(area)}）${t}` : `${write(area)}${sep}${t}`,
      digits: `${area}${local}`,
      kind: 'landline' as const,
    })),
  ),
  id18Arb.chain((id) => separated(id).map((t) => ({ typed: t, digits: id.slice(0, 17), kind: 'id18' as const }))),
  id15Arb.chain((id) => separated(id).map((t) => ({ typed: t, digits: id, kind: 'id15' as const }))),
);

/** Text before and after a secret, as in a name cell or a note: never a digit of the secret's own script glued on. */
export const beforeArb = fc.constantFrom('', '电话', '联系人张三', '王一', '手机：', 'tel ', '家属 ', '核查状态的值 ', '（', 'ID:');
export const afterArb = fc.constantFrom('', '转', '（本人）', ' 谢谢', '号', ' 已核实', '）');

const DIGIT_OF: Record<string, string> = Object.fromEntries(
  [...CJK]
    .map((c, i) => [c, String(i)])
    .concat(
      [...FULL].map((c, i) => [c, String(i)]),
      [
        ['〇', '0'],
        ['幺', '1'],
      ],
    ),
);

/** The digits of a text in any script, in order: a secret shows when its digits appear in a row. */
export const digitsOf = (text: string): string =>
  [...text]
    .map((c) => (/\d/.test(c) ? c : (DIGIT_OF[c] ?? ' ')))
    .join('')
    .replace(/ /g, '');
