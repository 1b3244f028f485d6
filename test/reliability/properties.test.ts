// Properties of the core over random grids (fast-check): it never throws, accounts for every row,
// does not depend on row order or on the script a sheet is written in, and gives the same answer twice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBlank, type Cell } from '../../lib/cells/result.ts';
import { toSimplifiedText } from '../../lib/cells/keys.ts';
import { classifyRow } from '../../lib/table/rows.ts';
import { dailyReport } from '../../lib/render/daily-report.ts';
import { checkWorkbook } from '../../lib/check.ts';
import type { TallyOptions } from '../../lib/options.ts';
import type { InputSheet } from '../../lib/table/sheet.ts';
import iconv from 'iconv-lite';
import { nodeGbkEncoder } from '../../src/node/files/gbk.ts';
import {
  anyGrid,
  BIDI,
  generatedWords,
  ZERO_WIDTH,
  mapStrings,
  sheetArb,
  shuffleData,
  toSimplified,
  toTraditional,
  workbookArb,
  type BuiltSheet,
} from './arbitraries.ts';
import { OPTIONS, run, tallyProjection } from './project.ts';

const RUNS = 200;
const encodeGbk = nodeGbkEncoder();
/** UTF-8 read as GBK, as Excel on Chinese Windows reads a UTF-8 CSV. */
const garble = (s: string): string => iconv.decode(Buffer.from(s, 'utf8'), 'gbk');

/** Rows that carry an error-severity problem, by sheet. */
function errorRows(result: ReturnType<typeof run>['result']): Map<string, Set<number>> {
  const m = new Map<string, Set<number>>();
  for (const p of result.problems.items) {
    if (p.severity !== 'error' || p.row <= 0) continue;
    if (!m.has(p.sheet)) m.set(p.sheet, new Set());
    m.get(p.sheet)!.add(p.row);
  }
  return m;
}

/** The row accounting of one run: every row under a header in one bucket, every uncounted data row an error. */
function checkAccounting(sheets: readonly InputSheet[], options: TallyOptions = OPTIONS): void {
  const { analysis, result } = run(sheets, options);
  const errors = errorRows(result);
  let households = 0;
  let donations = 0;
  for (const r of analysis.sheets) {
    const sheet = sheets.find((s) => s.name === r.name)!;
    const under = r.dataset === undefined ? sheet.values.length : Math.max(0, sheet.values.length - (r.dataRow - 1));
    const { blank, total, note, unread } = r.skipped;
    expect(r.rows + blank + total + note + unread, `${r.name}: every row under the header in one bucket`).toBe(under);
    expect(r.rows, `${r.name}: rows = counted + duplicates + rejected`).toBe(r.counted + r.duplicates + r.rejected);
    const dups = result.problems.items.filter((p) => p.sheet === r.name && p.code === 'duplicate').length;
    expect(r.duplicates, `${r.name}: a duplicate problem for each repeated row`).toBe(dups);
    expect(errors.get(r.name)?.size ?? 0, `${r.name}: each uncounted row has an error`).toBeGreaterThanOrEqual(r.duplicates + r.rejected);
    // A blank-row count covers at least the rows that are blank to the eye (and template rows: only a
    // 序号, or a group and compound filled down; see test/lib/tally/households.test.ts).
    if (r.dataset !== undefined && unread === 0) {
      const visiblyBlank = sheet.values.slice(r.dataRow - 1).filter((row) => row.every(isBlank)).length;
      expect(blank).toBeGreaterThanOrEqual(visiblyBlank);
    }
    if (r.dataset === 'households') households += r.counted;
    if (r.dataset === 'donations') donations += r.counted;
  }
  // A workbook whose register has no dwellings counts the visit log's (lib/datasets/households/from-log.ts).
  expect(result.households.total).toBe(households > 0 || !result.visits ? households : result.visits.dwellings);
  expect(result.donations.count).toBe(donations);
}

/**
 * Each data row alone under its header: counted, or carrying an error problem, or skipped as a blank,
 * total or note row. Alone, no row repeats another, so "not counted" can only mean "wrong".
 */
function checkEachRow(s: BuiltSheet): void {
  const head = s.values.slice(0, s.headerIndex + 1);
  const full = run([s]).analysis.sheets[0]!;
  if (full.dataset !== s.dataset || full.headerRow !== s.headerIndex + 1 || full.skipped.unread > 0) return;
  for (let i = full.dataRow - 1; i < s.values.length; i++) {
    const alone: InputSheet = {
      name: s.name,
      values: [...head, ...Array.from({ length: i - head.length }, (): Cell[] => []), s.values[i]!],
    };
    const { analysis, result } = run([alone]);
    const r = analysis.sheets[0]!;
    if (r.dataRow !== full.dataRow) continue;
    const row = i + 1;
    const skipped = r.skipped.blank + r.skipped.total + r.skipped.note - (i - head.length);
    if (skipped === 1) {
      if (r.skipped.total > 0) expect(result.problems.items.some((p) => p.code === 'total-row' && p.row === row)).toBe(true);
      continue;
    }
    expect(r.rows, `row ${row} is read`).toBe(1);
    const counted = r.counted === 1;
    const erred = result.problems.items.some((p) => p.row === row && p.severity === 'error');
    expect(counted || erred, `row ${row} ${JSON.stringify(s.values[i])} is counted or has an error`).toBe(true);
  }
}

describe('the core never throws', () => {
  it('on any workbook: tally, check, render and report', () => {
    fc.assert(
      fc.property(
        workbookArb,
        fc.constantFrom('zh-Hans', 'zh-Hant', 'en') as fc.Arbitrary<'zh-Hans' | 'zh-Hant' | 'en'>,
        fc.boolean(),
        (sheets, locale, gbk) => {
          const { result, rendered } = run(sheets, { ...OPTIONS, locale, ...(gbk ? { encodeGbk } : {}) });
          checkWorkbook(sheets, { locale, maxProblems: 10 });
          dailyReport(result, '2020-02-03', locale);
          for (const g of rendered) for (const r of g.values) expect(r.length).toBe(g.values[0]!.length);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('on empty, header-only, one-column and ragged sheets', () => {
    const shapes: Cell[][][] = [
      [],
      [[]],
      [['']],
      [[null, undefined]],
      [['小区', '楼号', '门牌号']],
      [['捐赠人', '金额']],
      [['小区'], ['金都小区'], ['银杏苑']],
      [['金额'], [100], [200]],
      [['小区', '楼号', '门牌号'], [], ['金都小区'], ['金都小区', 1, '101', 'x', 'y', 'z', 'w']],
      [['捐赠人', '金额'], ['张三'], [undefined, 100], []],
      Array.from({ length: 12 }, () => [] as Cell[]).concat([['小区', '楼号', '门牌号']]),
    ];
    for (const values of shapes) expect(() => run([{ name: 's', values }])).not.toThrow();
    fc.assert(
      fc.property(anyGrid, (values) => void run([{ name: 's', values }])),
      { numRuns: RUNS },
    );
  });
});

describe('every row is accounted for', () => {
  it('rows in = counted + rows with errors + rows skipped, on any workbook', () => {
    fc.assert(
      fc.property(workbookArb, (sheets) => checkAccounting(sheets)),
      { numRuns: RUNS },
    );
  });

  it('with the mojibake check on, over sheets with garbled text', () => {
    const garbled = fc.tuple(workbookArb, fc.nat()).map(([sheets, seed]) =>
      sheets.map((s, i) => ({
        ...s,
        values: s.values.map((r, j) => r.map((c, k) => (typeof c === 'string' && (seed + i + j * 7 + k * 13) % 5 === 0 ? garble(c) : c))),
      })),
    );
    fc.assert(
      fc.property(garbled, (sheets) => checkAccounting(sheets, { ...OPTIONS, encodeGbk })),
      { numRuns: RUNS },
    );
  });

  it.each(['households', 'donations', 'visits', 'shops', 'duty', 'people', 'checks'] as const)(
    'each %s row alone is counted or has an error',
    (dataset) => {
      fc.assert(fc.property(sheetArb(dataset, { noise: 0.25 }), checkEachRow), { numRuns: 100 });
    },
  );
});

describe('the tally does not depend on row order', () => {
  it.each(['shops', 'duty'] as const)('%s, shuffled (every row dated: a blank date is the day above)', (dataset) => {
    fc.assert(
      fc.property(sheetArb(dataset, { datedDonations: true, extraRows: false }), fc.nat(), (s, seed) => {
        const [a, b] = [run([shuffleData(s, seed)]).result, run([s]).result];
        expect([a.shops, a.duty, a.problems.byCode]).toEqual([b.shops, b.duty, b.problems.byCode]);
      }),
      { numRuns: RUNS },
    );
  });

  it('households, shuffled under a fixed header', () => {
    fc.assert(
      fc.property(sheetArb('households'), fc.nat(), (s, seed) => {
        expect(tallyProjection(run([shuffleData(s, seed)]).result)).toEqual(tallyProjection(run([s]).result));
      }),
      { numRuns: RUNS },
    );
  });

  it('donations with every row dated, shuffled under a fixed header', () => {
    fc.assert(
      fc.property(sheetArb('donations', { datedDonations: true, extraRows: false }).map(orderFree), fc.nat(), (s, seed) => {
        expect(tallyProjection(run([shuffleData(s, seed)]).result, { itemsAsSet: true })).toEqual(
          tallyProjection(run([s]).result, { itemsAsSet: true }),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('a watch register and its checks, both shuffled', () => {
    const watchOf = (sheets: InputSheet[]) => {
      const r = run(sheets).result;
      const byRow = ({ row: _row, ...w }: NonNullable<typeof r.people>['watch'][number]) => w;
      return { ...tallyProjection(r), people: r.people && { ...r.people, watch: canonical(r.people.watch.map(byRow)) } };
    };
    fc.assert(
      fc.property(sheetArb('people', { noise: 0.05 }), sheetArb('checks', { noise: 0.05 }), fc.nat(), (p, c, seed) => {
        const sheets = [
          { ...p, name: '重点人员' },
          { ...c, name: '随访' },
        ];
        const shuffled = [
          { ...shuffleData(p, seed), name: '重点人员' },
          { ...shuffleData(c, seed + 1), name: '随访' },
        ];
        expect(watchOf(shuffled)).toEqual(watchOf(sheets));
      }),
      { numRuns: RUNS },
    );
  });

  // Found by the property above (seed 864963792): of two rows with one ID number that differed only in
  // 来自, the first one counted.
  it('two rows of one person that differ only in 来自 give the same origin in any order', () => {
    const s: BuiltSheet = {
      name: '重点人员',
      dataset: 'people',
      fields: ['name', 'category', 'origin', 'idNumber'],
      headerIndex: 0,
      values: [
        ['姓名', '人员类别', '来自', '身份证号'],
        ['赵敏', '密接', '武汉', '420102199003071232'],
        ['赵敏', '密接', '湖北孝感', '420102199003071232'],
      ],
    };
    const origins = (x: BuiltSheet) => run([x]).result.people?.byOrigin;
    expect(origins(s)?.map((o) => o.count)).toEqual([1]); // one person, at one of the two origins
    expect(origins(shuffleData(s, 1044133620))).toEqual(origins(s));
    expect(origins({ ...s, values: [s.values[0]!, s.values[2]!, s.values[1]!] })).toEqual(origins(s));
  });

  it('visit logs with every row dated, shuffled under a fixed header', () => {
    fc.assert(
      fc.property(sheetArb('visits', { datedDonations: true, extraRows: false }), fc.nat(), (s, seed) => {
        expect(tallyProjection(run([shuffleData(s, seed)]).result, { itemsAsSet: true })).toEqual(
          tallyProjection(run([s]).result, { itemsAsSet: true }),
        );
      }),
      { numRuns: RUNS },
    );
  });

  // Found by the property above: a repeated receipt once counted at its first row.
  it('two rows with one receipt number and different amounts tally the same in any order', () => {
    const s: BuiltSheet = {
      name: '捐款',
      dataset: 'donations',
      fields: ['donor', 'amount', 'receipt'],
      headerIndex: 0,
      values: [
        ['捐赠人', '金额', '收据编号'],
        ['王建国', 500, 'R001'],
        ['王建国', 5000, 'R001'],
      ],
    };
    expect(run([s]).result.donations.count).toBe(1); // one receipt, one gift, the other row a duplicate
    expect(run([s]).result.problems.byCode['duplicate']).toBe(1);
    expect(run([shuffleData(s, 0)]).result.donations.cash).toBe(run([s]).result.donations.cash);
  });

  // Found by the property above: byItem once sorted by value, count and item, not unit.
  it('one item in two units with equal value and count is listed in the same order in any row order', () => {
    const s: BuiltSheet = {
      name: '捐物',
      dataset: 'donations',
      fields: ['donor', 'item', 'quantity'],
      headerIndex: 0,
      values: [
        ['捐赠人', '物资名称', '数量'],
        ['王建国', '口罩', 100],
        ['王建国', '口罩', '200个'],
      ],
    };
    expect(run([s]).result.donations.byItem.map((i) => [i.item, i.unit, i.quantity])).toEqual(
      expect.arrayContaining([
        ['口罩', '', 100],
        ['口罩', '个', 200],
      ]),
    );
    expect(run([shuffleData(s, 0)]).result.donations.byItem).toEqual(run([s]).result.donations.byItem);
  });
});

/**
 * A donation sheet whose order may not matter: no stated total rows (checked against the rows above
 * them) and a repeated receipt only on a repeated row (the first of two differing rows counts).
 */
function orderFree(s: BuiltSheet): BuiltSheet {
  const receipt = s.fields.indexOf('receipt');
  const first = new Map<Cell, readonly Cell[]>();
  const rows = s.values
    .slice(s.headerIndex + 1)
    .filter((r) => classifyRow(r) !== 'total')
    .map((r) => {
      const key = receipt < 0 ? undefined : r[receipt];
      if (key === undefined || isBlank(key)) return r;
      const seen = first.get(key);
      if (seen) return [...seen];
      first.set(key, r);
      return r;
    });
  return { ...s, values: [...s.values.slice(0, s.headerIndex + 1), ...rows] };
}

/** Every string of the sheet with an invisible character put at its start, its end or inside it. */
const decorate = (chars: readonly string[]) => (s: BuiltSheet) =>
  fc
    .array(fc.tuple(fc.constantFrom(...chars), fc.constantFrom('start', 'end', 'inside')), { minLength: 1, maxLength: 8 })
    .map((marks): BuiltSheet => {
      let k = 0;
      const values = s.values.map((row) =>
        row.map((c) => {
          // getValues returns a formula error exactly as #REF!: never with padding.
          if (typeof c !== 'string' || c === '' || c.startsWith('#')) return c;
          const [ch, where] = marks[k++ % marks.length]!;
          // Only U+200B and U+FEFF may lead: rows.ts misses the others before 合计 (a known issue below).
          const lead = where === 'start' && (ch === '\u200b' || ch === '\ufeff');
          const at = lead ? 0 : where === 'end' || where === 'start' ? c.length : Math.ceil(c.length / 2);
          return c.slice(0, at) + ch + c.slice(at);
        }),
      );
      return { ...s, values };
    });

// U+00AD is left out: isBlank keeps it, cleanText drops it (a known issue below).
const STRIPPED = ZERO_WIDTH.filter((c) => c !== '\u00ad');

const stripInvisible = (s: string): string => s.replace(/[\u200b-\u200f\u2060\ufeff\u00ad\u061c\u202a-\u202e\u2066-\u2069]/g, '');

describe('invisible characters do not change the tally', () => {
  it.each(['households', 'donations', 'visits'] as const)('zero-width characters anywhere in a %s sheet', (dataset) => {
    fc.assert(
      fc.property(
        sheetArb(dataset, { noise: 0.05 }).chain((s) => decorate(STRIPPED)(s).map((d) => [s, d] as const)),
        ([s, d]) => {
          const plain = mapStrings(tallyProjection(run([s]).result, { itemsAsSet: true }), stripInvisible);
          expect(mapStrings(tallyProjection(run([d]).result, { itemsAsSet: true }), stripInvisible)).toEqual(plain);
        },
      ),
      { numRuns: RUNS },
    );
  });

  // Found by the property above. lib/cells/text.ts strips zero-width characters but not the bidi
  // controls (U+200E/F, U+061C, U+202A–E, U+2066–9) that text copied from web pages and chat apps
  // carries: 金都小区 followed by an LRM is a second compound that looks the same.
  it.each(BIDI.map((c) => [`U+${c.charCodeAt(0).toString(16).toUpperCase()}`, c]))(
    'a %s mark does not make a second compound',
    (_, mark) => {
      const values: Cell[][] = [
        ['小区', '楼号', '门牌号'],
        ['金都小区', 1, '101'],
        [`金都小区${mark}`, 1, '102'],
      ];
      expect(run([{ name: 's', values }]).result.households.byCompound.length).toBe(1);
    },
  );

  // Found by the property above: classifyRow (lib/table/rows.ts) looks past leading padding only when
  // the first character is a space, NBSP, U+3000, U+FEFF, U+200B or a tab, not U+200C/D, U+2060 or a
  // line break; the total row is then read as one more donation and the money is counted twice.
  it.each([
    ['U+200C', '\u200c'],
    ['U+200D', '\u200d'],
    ['U+2060', '\u2060'],
    ['a line break', '\n'],
  ])('a 合计 row led by %s is not counted as a donation', (_, lead) => {
    const values: Cell[][] = [
      ['捐赠人', '金额'],
      ['王建国', 500],
      ['李秀英', 500],
      [`${lead}合计`, 1000],
    ];
    expect(run([{ name: 'd', values }]).result.donations.cash).toBe(1000);
  });

  // Found by the property above: isBlank (lib/cells/result.ts) does not count U+00AD as padding, while
  // cleanText removes it, so a cell holding only a soft hyphen is neither blank nor a value.
  it('a cell holding only U+00AD is read like a blank cell', () => {
    const row = (residents: Cell): Cell[][] => [
      ['小区', '楼号', '门牌号', '常住人数'],
      ['金都小区', 1, '101', residents],
    ];
    expect(run([{ name: 's', values: row('\u00ad') }]).result.problems.byCode).toEqual(
      run([{ name: 's', values: row('') }]).result.problems.byCode,
    );
  });
});

describe('a second run gives the same output', () => {
  it('result and every generated sheet, on any workbook', () => {
    fc.assert(
      fc.property(workbookArb, (sheets) => {
        const a = run(sheets);
        const b = run(sheets);
        expect(b.result).toEqual(a.result);
        expect(b.rendered).toEqual(a.rendered);
      }),
      { numRuns: 100 },
    );
  });
});

/** Lists sorted, so that a name's place in an alphabetical tie does not count (繁 and 简 sort apart). */
function canonical(v: unknown): unknown {
  if (Array.isArray(v))
    return v
      .map(canonical)
      .map((x) => [JSON.stringify(x), x] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, x]) => x);
  if (v === null || typeof v !== 'object') return v;
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, canonical(x)]));
}

describe('Traditional and Simplified versions of a sheet give the same tally', () => {
  it('the fixed character table folds as the core folds', () => {
    for (const w of generatedWords()) expect(toSimplifiedText(toTraditional(w)), w).toBe(toSimplifiedText(w));
    expect(generatedWords().filter((w) => toTraditional(w) !== w).length).toBeGreaterThan(40);
  });

  it.each(['households', 'donations', 'visits', 'shops', 'duty', 'people', 'checks'] as const)('%s', (dataset) => {
    fc.assert(
      fc.property(sheetArb(dataset, { noise: 0.05 }), (s) => {
        const traditional = { ...s, values: mapStrings(s.values, toTraditional) };
        const simplified = canonical(mapStrings(tallyProjection(run([s]).result), toSimplified));
        expect(canonical(mapStrings(tallyProjection(run([traditional]).result), toSimplified))).toEqual(simplified);
      }),
      { numRuns: RUNS },
    );
  });
});
