import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { isVerified, parseStatus, STATUSES, VERIFIED_STATUSES, type Status } from '../../../lib/cells/status.ts';
import {
  CANONICAL,
  DONE,
  FAILURE_WORDS,
  FILLERS,
  NEGATIONS,
  PHRASES,
  REACHED,
  REASONS,
  REGISTERED,
  WAYS,
  words,
} from '../../../lib/cells/status-words.ts';
import { STATUS_LABELS } from '../../../lib/i18n/words.ts';
import { STATUS_CORPUS, type Expected } from './status-corpus.ts';

/** A status parse as the corpus writes it: the code, `guess:CODE`, or the failure's code. */
function reading(raw: string): string {
  const r = parseStatus(raw);
  if (r.ok) return r.value;
  if (r.code !== 'status-guess') return r.code;
  const guessed = (Object.keys(CANONICAL) as Status[]).find((s) => Object.values(CANONICAL[s]!).includes(r.suggestion!));
  return `guess:${guessed}`;
}

const counted = (raw: string): boolean => {
  const r = parseStatus(raw);
  return r.ok && isVerified(r.value);
};

describe('parseStatus: the corpus of real-world phrases', () => {
  it('has at least 150 phrases, with every status and every kind of reading', () => {
    expect(STATUS_CORPUS.length).toBeGreaterThanOrEqual(150);
    const kinds = new Set<string>(STATUS_CORPUS.map(([, e]) => e));
    for (const s of STATUSES) expect(kinds.has(s), s).toBe(true);
    for (const k of ['guess:visited', 'guess:phoned', 'guess:vacant', 'guess:verified_way_unknown', 'enum'])
      expect(kinds.has(k), k).toBe(true);
  });

  it.each(STATUS_CORPUS.map(([p, e]) => [JSON.stringify(p), e, p] as const))('%s → %s', (_, expected: Expected, phrase) => {
    expect(reading(phrase)).toBe(expected);
  });
});

describe('parseStatus: a failure always wins', () => {
  const verifiedWords = [...VERIFIED_STATUSES.flatMap((s) => words(PHRASES[s]).filter((p) => /[^\x20-\x7e]/.test(p)))];
  // Failure words, and each negation character before each word a reason table names (未接通, 没人住).
  const failures = [
    ...words(FAILURE_WORDS),
    ...Array.from(NEGATIONS).flatMap((c) => REASONS.flatMap(([, ws]) => words(ws).map((w) => `${c}${w}`))),
  ];

  it('reads no verified phrase as a failure (the tables do not overlap)', () => {
    for (const p of verifiedWords) expect(counted(p), p).toBe(true);
  });

  it('never counts a cell verified when it holds any failure word, wherever it sits', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...verifiedWords, ...words(FILLERS)), { minLength: 0, maxLength: 4 }),
        fc.constantFrom(...failures),
        fc.nat(),
        fc.constantFrom('', ' ', '，', '（', '）', '、'),
        (words, failure, at, sep) => {
          const parts = [...words];
          parts.splice(at % (parts.length + 1), 0, failure);
          return !counted(parts.join(sep));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never counts a verified phrase with one character replaced by one it does not know', () => {
    const known = new Set([...verifiedWords, FILLERS, ...Object.values(WAYS), REGISTERED, DONE, REACHED].join(''));
    const strangers = Array.from('张王李晚灯租老楼号甲乙丙丁天地人山水火木金土', (c) => c).filter((c) => !known.has(c));
    const long = verifiedWords.filter((p) => p.length >= 2);
    fc.assert(
      fc.property(fc.constantFrom(...long), fc.nat(), fc.constantFrom(...strangers), (p, at, c) => {
        const i = at % p.length;
        return !counted(p.slice(0, i) + c + p.slice(i + 1));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads negations as a rule: any negation before any verified word', () => {
    const negated = ['未', '没', '没有', '不', '无', '未能', '无法', '尚未', '暂未', '没能', '拒绝'];
    for (const n of negated)
      for (const w of ['入户', '登记', '电话登记', '核实', '空置确认', '联系']) expect(counted(`${n}${w}`), `${n}${w}`).toBe(false);
    for (const v of ['联系', '打', '接', '敲', '找', '见'])
      for (const c of ['不上', '不通', '不到', '不开']) expect(counted(`${v}${c}`), `${v}${c}`).toBe(false);
  });

  it('keeps idioms that say nothing failed (核实无误, 无异常)', () => {
    expect(reading('核实无误')).toBe('verified_way_unknown');
    expect(reading('入户登记，无异常')).toBe('visited');
    expect(reading('电话核实，没问题')).toBe('phoned');
  });
});

describe('parseStatus: guesses are never counted, and name the word to type', () => {
  it.each<[string, string]>([
    ['入户等记', '入户登记'],
    ['入户登記?', ''], // doubt: pending, no guess
    ['入戶等記', '入戶登記'],
    ['電化登記', '電話登記'],
    ['電化已登记', '電話登記'],
    ['phoned?', ''],
    ['空置已核时', '空置已核实'],
  ])('%s → %s', (raw, suggestion) => {
    const r = parseStatus(raw);
    if (suggestion === '') {
      expect(r).toEqual({ ok: true, value: 'pending' });
    } else {
      expect(r).toEqual({ ok: false, code: 'status-guess', expected: 'status', suggestion });
    }
  });

  it('suggests words that are themselves read plainly, in the script of the cell', () => {
    for (const words of Object.values(CANONICAL)) {
      for (const w of Object.values(words!)) expect(counted(w), w).toBe(true);
    }
  });

  it('suggests the labels the drop-down offers', () => {
    for (const [s, words] of Object.entries(CANONICAL) as [Status, { hans: string; hant: string }][]) {
      if (s === 'verified_way_unknown') continue;
      expect([words.hans, words.hant]).toEqual([STATUS_LABELS[s]['zh-Hans'], STATUS_LABELS[s]['zh-Hant']]);
    }
  });

  it('makes no guess on a cell with no known word', () => {
    for (const raw of ['租户', '晚上有灯', '见备注', '王伟', '1', '3号楼'])
      expect(parseStatus(raw)).toMatchObject({ ok: false, code: 'enum' });
  });
});

describe('parseStatus: other cells', () => {
  it('reads a checkbox: ticked is done (way not said), unticked is pending', () => {
    expect(parseStatus(true)).toEqual({ ok: true, value: 'verified_way_unknown' });
    expect(parseStatus(false)).toEqual({ ok: true, value: 'pending' });
  });

  it('reads numbers and dates as no status', () => {
    for (const raw of [1, 0, new Date(0)]) expect(parseStatus(raw)).toMatchObject({ ok: false, code: 'enum' });
  });

  it('reads every status code itself, and every phrase of its table as it', () => {
    for (const s of STATUSES) expect(reading(s)).toBe(s);
    for (const s of STATUSES) for (const p of words(PHRASES[s])) expect(reading(p), p).toBe(s);
  });
});

describe('parseStatus: both scripts', () => {
  // The tables are written in Simplified; OpenCC's own Simplified → Traditional (Taiwan and Hong Kong
  // standards, phrase level) writes each as a Traditional team would, and the reading must not change.
  const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const toHk = OpenCC.Converter({ from: 'cn', to: 'hk' });
  const phrases = [...Object.values(PHRASES).flatMap(words), ...STATUS_CORPUS.map(([p]) => p)].filter((p) => /[^\x20-\x7e]/.test(p));

  it.each([
    ['Taiwan', toTw],
    ['Hong Kong', toHk],
  ] as const)('reads every phrase the same written in %s Traditional', (_, convert) => {
    let converted = 0;
    for (const p of phrases) {
      const t = convert(p);
      if (t !== p) converted++;
      expect(reading(t).replace(/^guess:.*/, 'guess'), `${p} → ${t}`).toBe(reading(p).replace(/^guess:.*/, 'guess'));
    }
    expect(converted).toBeGreaterThan(100);
  });

  it('reads every word of the tables the same in Traditional', () => {
    const all = [...Object.values(WAYS), REGISTERED, DONE, REACHED, FAILURE_WORDS, ...REASONS.map(([, ws]) => ws)].flatMap(words);
    for (const w of all) {
      const phrase = `${w}登记`;
      expect(reading(toTw(phrase)), `${phrase} → ${toTw(phrase)}`).toBe(reading(phrase));
    }
  });
});
