// Encodings: a register reads the same whether its CSV is GBK, GB18030, UTF-8 or UTF-8 with a BOM; and
// a sheet of mojibake (UTF-8 read as GBK) is reported with its repair, never counted as new compounds.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, gbkEncoderFrom, repairMojibake } from '../../lib/cells/mojibake.ts';
import type { Cell } from '../../lib/cells/result.ts';
import type { TallyResult } from '../../lib/result.ts';
import { tallyWorkbook } from '../../lib/result.ts';
import { nodeGbkEncoder } from '../../src/node/files/gbk.ts';
import { readCsvBuffer } from '../../src/node/files/read-csv.ts';
import { exampleSheets } from '../../examples/workbook.ts';
import { runCli, tempDir, writeXlsx } from '../helpers/cli.ts';
import { readRealWorkbook, REAL_FILES } from '../helpers/realdata.ts';
import { OPTIONS, run } from './project.ts';

const encode = nodeGbkEncoder();
/** What Excel on Chinese Windows shows for a UTF-8 file it opens as GBK. */
const garble = (s: string): string => iconv.decode(Buffer.from(s, 'utf8'), 'gbk');
const garbleGrid = (values: readonly (readonly Cell[])[]): Cell[][] =>
  values.map((r) => r.map((c) => (typeof c === 'string' ? garble(c) : c)));

const REGISTER: Cell[][] = [
  ['工作组', '小区', '楼号', '单元', '门牌号', '户主姓名', '联系电话', '核查状态', '走访次数', '备注'],
  ['第一组', '金都小区', '12号楼', '1', '301', '王伟', '138 1234 5678', '入户登记', '1', '晚上有灯，敲门无人'],
  ['第一组', '金都小区', '十二号楼', '1', '302', '李芳', '13900001111', '电话登记', '1', '"说明"：已电话核实'],
  ['第二组', '银杏苑', '3号楼', '', '101', '张秀英', '', '敲不开门', '2', ''],
  ['第二组', '华侨新村', '5栋', '2单元', '0301', '刘洋', '', '不在家', '1', '𠀀 生僻字'],
];

const csv = (values: readonly (readonly Cell[])[]): string =>
  values
    .map((r) =>
      r
        .map((c) => String(c ?? ''))
        .map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c))
        .join(','),
    )
    .join('\r\n');

describe('CSV encodings read right', () => {
  const text = csv(REGISTER);
  const encodings: [string, Uint8Array, string][] = [
    ['UTF-8', Buffer.from(text, 'utf8'), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), 'utf-8-bom'],
    ['GB18030', iconv.encode(text, 'gb18030'), 'gb18030'],
    ['GBK (without the one character outside it)', iconv.encode(text.replace('𠀀', '丂'), 'gbk'), 'gb18030'],
    ['UTF-16 LE with BOM', iconv.encode(text, 'utf16-le', { addBOM: true }), 'utf-16le'],
  ];

  it.each(encodings)('%s: the same grid and the same tally', (_, bytes, encoding) => {
    const read = readCsvBuffer('住户.csv', bytes);
    expect(read.encoding).toBe(encoding);
    const expected =
      encoding === 'gb18030' && !text.includes('丂') && _.startsWith('GBK')
        ? REGISTER.map((r) => r.map((c) => (c === '𠀀 生僻字' ? '丂 生僻字' : c)))
        : REGISTER;
    expect(read.sheets[0].values).toEqual(expected);
    const r = tallyWorkbook(read.sheets, { ...OPTIONS, encodeGbk: encode });
    expect(r.households).toMatchObject({ total: 4, verified: 2 });
    expect(r.problems.byCode.mojibake).toBeUndefined();
  });

  it('random registers round-trip through every encoding', () => {
    const hanzi =
      '金都小区银杏苑华侨新村东湖花园第一二三四组号楼栋单元王伟李芳张秀英刘洋入户登记电话敲不开门在家无人居住拒绝待核查晚上有灯老独生僻'.split(
        '',
      );
    const word = fc
      .array(fc.constantFrom(...hanzi, '1', '2', '0', 'A', ' ', ',', '"', '\n', '，', '（', '）'), { minLength: 1, maxLength: 8 })
      .map((cs) => cs.join(''));
    const grid = fc.array(fc.array(word, { minLength: 3, maxLength: 6 }), { minLength: 1, maxLength: 8 }).map((rows) => {
      const width = Math.max(...rows.map((r) => r.length));
      return rows.map((r) => [...r, ...Array<string>(width - r.length).fill('x')]);
    });
    fc.assert(
      fc.property(grid, fc.constantFrom('utf8', 'utf8-bom', 'gbk', 'gb18030'), (values, enc) => {
        const t = csv(values);
        const bytes = enc === 'utf8-bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t)]) : iconv.encode(t, enc);
        // Cells that are only spaces or end a row empty are trimmed by the reader: compare what it keeps.
        const back = readCsvBuffer('r.csv', bytes).sheets[0].values;
        expect(back.map((r) => r.map(String))).toEqual(values.map((r) => r.slice(0, back[0]!.length)));
      }),
      { numRuns: 150 },
    );
  });
});

describe('the mojibake detector', () => {
  it('repairs UTF-8 read as GBK, ending in ? where an odd byte was lost', () => {
    const cases: [string, string][] = [
      ['金都小区', '金都小区'],
      ['入户登记', '入户登记'],
      ['12号楼', '12号楼'],
      ['东湖建材有限公司', '东湖建材有限公司'],
      ['门牌号', '门牌?'],
      ['工作组', '工作?'],
      ['金都小区A栋', '金都小区A?'],
    ];
    for (const [text, repaired] of cases) expect(repairMojibake(garble(text), encode), text).toBe(repaired);
    expect(garble('金都小区')).toBe('閲戦兘灏忓尯');
    // 锟斤拷: U+FFFD already written as UTF-8 and read as GBK; the text is lost, nothing to suggest.
    expect(repairMojibake('锟斤拷锟斤拷', encode)).toBe('');
  });

  it('leaves ordinary text alone: every text of the published ledgers and the example, and random Chinese', () => {
    const texts = new Set<string>();
    for (const file of Object.values(REAL_FILES))
      for (const s of readRealWorkbook(file)) for (const r of s.values) for (const c of r) if (typeof c === 'string') texts.add(c);
    for (const s of exampleSheets()) for (const r of s.values) for (const c of r) if (typeof c === 'string') texts.add(c);
    expect(texts.size).toBeGreaterThan(3000);
    expect([...texts].filter((t) => repairMojibake(t, encode) !== undefined)).toEqual([]);
    // GB2312's 6,763 hanzi (and its symbols) in random strings of 2–8.
    const gb2312: string[] = [];
    const d = new TextDecoder('gb18030');
    for (let lead = 0xa1; lead <= 0xf7; lead++)
      for (let trail = 0xa1; trail <= 0xfe; trail++) {
        const ch = d.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\ufffd') gb2312.push(ch);
      }
    const chinese = fc.array(fc.constantFrom(...gb2312), { minLength: 2, maxLength: 8 }).map((cs) => cs.join(''));
    // A fixed seed keeps CI deterministic; a 2,000,000-string search found no false positive either.
    fc.assert(
      fc.property(chinese, (t) => repairMojibake(t, encode) === undefined),
      { numRuns: 20_000, seed: 20200122 },
    );
  });

  it('finds garbled CJK text, and repairs it exactly when no byte was lost', () => {
    const hanzi = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c));
    const text = fc
      .array(fc.oneof(hanzi, hanzi, fc.constantFrom('1', 'A', '号', '楼')), { minLength: 2, maxLength: 8 })
      .map((cs) => cs.join(''))
      .filter((t) => /[\u4e00-\u9fa5].*[\u4e00-\u9fa5]/.test(t));
    let lossless = 0;
    let found = 0;
    // iconv-lite reads both A1A1 and A3A0 as U+3000; the encoder (from TextDecoder) gives A1A1 back.
    for (const t of fc.sample(text, { numRuns: 3000, seed: 7 })) {
      const g = garble(t);
      const fixed = repairMojibake(g, encode);
      if (g.includes('\ufffd')) {
        // An odd byte left over is lost: when it is the last, the repair ends in '?'.
        if (fixed && !g.includes('\u3000')) expect(t.startsWith(fixed.replace(/\?$/, ''))).toBe(true);
        continue;
      }
      lossless++;
      if (fixed === undefined) continue;
      found++;
      if (!g.includes('\u3000')) expect(fixed).toBe(t);
    }
    // Missed: garbles made only of GB2312 characters (see beyondGb2312), about 6% of two-character ones.
    expect(found / lossless).toBeGreaterThan(0.9);
  });

  it('decodes only well-formed UTF-8', () => {
    const bytes = (...b: number[]) => new Uint8Array(b);
    expect(decodeUtf8(bytes(0xe9, 0x87, 0x91))).toBe('金');
    expect(decodeUtf8(bytes(0xf0, 0xa0, 0x80, 0x80))).toBe('𠀀');
    for (const bad of [[0xc0, 0x80], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0x80], [0xe9, 0x87], [0xff]]) {
      expect(decodeUtf8(bytes(...bad)), bad.join(' ')).toBeUndefined();
    }
    expect(decodeUtf8(bytes(0x41, 0xe9, 0x87), true)).toBe('A\ufffd');
    const built = gbkEncoderFrom((b) => new TextDecoder('gb18030').decode(b));
    expect([...built('金A€')!]).toEqual([0xbd, 0xf0, 0x41, 0x80]);
    expect(built('😀')).toBeUndefined();
  });
});

describe('a sheet of mojibake', () => {
  const options = { ...OPTIONS, encodeGbk: encode };

  it('whose header is garbled is reported cell by cell with the repair, and nothing is counted', () => {
    const { result, analysis } = run([{ name: '住户', values: garbleGrid(REGISTER) }], options);
    expect(result.households.total).toBe(0);
    expect(analysis.sheets[0]).toMatchObject({ dataset: 'households', rows: 0, counted: 0, skipped: { unread: 4 } });
    const header = result.problems.items.filter((p) => p.code === 'mojibake' && p.row === 1);
    expect(header.map((p) => [p.column, p.field])).toEqual(
      expect.arrayContaining([
        ['B', 'compound'],
        ['C', 'building'],
        ['F', 'head'],
      ]),
    );
    // Every header cell is garbled: each one is listed, with its repair when the bytes allow one.
    expect(header.length).toBe(10);
    const b1 = header.find((p) => p.column === 'B')!;
    expect([b1.value, b1.severity, b1.message]).toEqual(['灏忓尯', 'error', expect.stringContaining('是否应为“小区”')]);
    // The garbled compounds themselves, each with its repair.
    const compounds = result.problems.items.filter((p) => p.code === 'mojibake' && p.field === 'compound' && p.row > 1);
    expect(compounds.map((p) => p.message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('“金都小区”'),
        expect.stringContaining('“华侨新村”'),
        expect.stringContaining('“银杏?”'),
      ]),
    );
    expect(result.problems.byCode['unknown-sheet']).toBeUndefined();
  });

  it('whose compounds are garbled under a good header: an exact repair onto a compound of the sheet counts there, other rows are errors', () => {
    const values = REGISTER.map((r, i) => (i === 1 || i === 3 ? r.map((c, j) => (j === 1 || j === 5 ? garble(String(c)) : c)) : r));
    const { result, analysis } = run([{ name: '住户', values }], options);
    // 金都小区 (row 2) repairs exactly and row 3 holds it; 银杏? (row 4) lost a byte.
    expect(result.households.total).toBe(3);
    expect(result.households.byCompound.map((c) => [c.compound, c.total])).toEqual([
      ['华侨新村', 1],
      ['金都小区', 2],
    ]);
    expect(analysis.sheets[0]).toMatchObject({ rows: 4, counted: 3, rejected: 1 });
    expect(result.problems.items.filter((p) => p.code.startsWith('mojibake')).map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'B', 'mojibake-repaired'],
      [4, 'B', 'mojibake'],
      [2, 'F', 'mojibake'],
      [4, 'F', 'mojibake'],
    ]);
    // Without an encoder (a caller that gives none) the check is off and the garbled names count.
    expect(run([{ name: '住户', values }]).result.households.total).toBe(4);
  });

  it('of donations: garbled donors are errors with the repair; the money still counts', () => {
    const values: Cell[][] = [
      ['日期', '捐赠人', '金额', '流向'],
      ['2020-02-01', garble('东湖建材有限公司'), 30000, garble('协和医院')],
      ['2020-02-02', '王建国', 500, ''],
    ];
    const { result } = run([{ name: '捐款', values }], options);
    expect(result.donations.cash).toBe(30500);
    expect(
      result.problems.items
        .filter((p) => p.code === 'mojibake')
        .map((p) => [p.row, p.field, p.message.includes('东湖建材有限公司') || p.message.includes('协和医院')]),
    ).toEqual([
      [2, 'destination', true],
      [2, 'donor', true],
    ]);
  });

  it('through the CLI: a UTF-8 CSV someone opened as GBK and saved as .xlsx', async () => {
    const dir = await tempDir();
    await writeXlsx(join(dir, 'garbled.xlsx'), [{ name: '住户登记', values: garbleGrid(REGISTER) }]);
    const { code, stdout } = await runCli(['tally', 'garbled.xlsx', '--json'], dir);
    const r = JSON.parse(stdout) as TallyResult;
    expect(code).toBe(1);
    expect(r.households.total).toBe(0);
    expect(r.problems.byCode.mojibake).toBeGreaterThan(10);
    // The same file read right tallies; and a GBK CSV read right raises no mojibake.
    await writeFile(join(dir, 'gbk.csv'), iconv.encode(csv(REGISTER).replace('𠀀', ''), 'gbk'));
    const gbk = JSON.parse((await runCli(['tally', 'gbk.csv', '--json'], dir)).stdout) as TallyResult;
    expect(gbk.households.total).toBe(4);
    expect(gbk.problems.byCode.mojibake).toBeUndefined();
  });
});

describe('UTF-8 read as Latin-1, and text already lost', () => {
  /** What a program reading UTF-8 as Latin-1 (or Windows-1252, its Windows cousin) shows. */
  const latin1 = (s: string): string => Buffer.from(s, 'utf8').toString('latin1');
  const cp1252 = (s: string): string => iconv.decode(Buffer.from(s, 'utf8'), 'win1252');

  it('repairs it without any table, both ways it is read', () => {
    expect(latin1('小区')).toBe('å°\u008få\u008cº');
    expect(cp1252('金都')).toBe('é‡‘éƒ½');
    const hanzi = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c));
    const text = fc
      .array(fc.oneof(hanzi, hanzi, fc.constantFrom('1', 'A', '号', '（')), { minLength: 1, maxLength: 8 })
      .map((cs) => cs.join(''))
      .filter((t) => /[\u4e00-\u9fa5]/.test(t));
    fc.assert(
      fc.property(text, fc.constantFrom(latin1, cp1252), (t, read) => {
        // Windows-1252 has no character for 0x81, 0x8D, 0x8F, 0x90, 0x9D: such a byte is lost (U+FFFD).
        const shown = read(t);
        expect(repairMojibake(shown, encode)).toBe(shown.includes('\ufffd') ? '' : t);
      }),
      { numRuns: 2000, seed: 19 },
    );
  });

  it('leaves Latin text with accents alone', () => {
    for (const t of ['Café Müller', 'Ångström', 'São Paulo', 'naïve résumé', 'Zürich 8001', '½ kg', '© 2020'])
      expect(repairMojibake(t, encode), t).toBeUndefined();
  });

  it('calls text holding U+FFFD lost: mojibake with nothing to suggest', () => {
    expect(repairMojibake('\ufffd\ufffd\ufffd\ufffd', encode)).toBe('');
    expect(repairMojibake('金都小区\ufffd', encode)).toBe('');
  });

  it('a register saved as Latin-1 mojibake, and one full of U+FFFD: errors, never an empty or garbage tally', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'latin1.csv'), latin1(csv(REGISTER)));
    const garbled = await runCli(['tally', 'latin1.csv', '--json'], dir);
    const g = JSON.parse(garbled.stdout) as TallyResult;
    expect([garbled.code, g.households.total]).toEqual([1, 0]);
    expect(g.problems.items.find((p) => p.code === 'mojibake' && p.column === 'B' && p.row === 1)?.message).toContain('是否应为“小区”');
    const lost = REGISTER.map((r, i) => (i === 0 ? r : r.map((c, j) => (j === 1 ? '\ufffd'.repeat(String(c).length) : c))));
    await writeFile(join(dir, 'lost.csv'), csv(lost));
    const run = await runCli(['tally', 'lost.csv', '--json'], dir);
    const l = JSON.parse(run.stdout) as TallyResult;
    expect([run.code, l.households.total, l.problems.byCode.mojibake]).toEqual([1, 0, 4]);
  });
});
