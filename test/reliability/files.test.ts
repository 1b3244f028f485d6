// Local files: no formula in any written .xlsx, the input never overwritten unless --in-place, user
// sheets kept by --in-place, and a run killed while writing leaves the old file whole.
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { copyFile, link, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../lib/cells/result.ts';
import type { TallyResult } from '../../lib/result.ts';
import { listZipEntries } from '../../src/node/files/zip.ts';
import { readWorkbookFile } from '../../src/node/files/read-workbook.ts';
import { runCli, tempDir, writeXlsx } from '../helpers/cli.ts';
import { realdata, snapshot, writeWorkbook, zipText } from '../src/node/files/helpers.ts';
import { exampleSheets } from '../../examples/workbook.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const TSX = import.meta.resolve('tsx');
const INJECTIONS = ['=IMPORTXML("http://x","//a")', '+1', '-2', '@SUM(A1)', '\t=1', '\r=1', '=1+1', '=HYPERLINK("http://x","点我")'];

function injectedLedger(): { name: string; values: Cell[][] }[] {
  const households: Cell[][] = [['工作组', '小区', '楼号', '门牌号', '户主姓名', '核查状态', '备注']];
  const donations: Cell[][] = [['日期', '捐赠人', '类别', '金额', '物资名称', '数量', '折价', '流向']];
  INJECTIONS.forEach((t, i) => {
    households.push([t, t, i + 1, `${101 + i}`, t, '敲不开门', t]);
    donations.push(['2020-02-01', t, '捐款', 100 + i, '', '', '', t]);
    donations.push(['2020-02-02', `单位${i}`, '捐物', '', t, 10, 50, t]);
  });
  return [
    { name: '住户', values: households },
    { name: '捐款', values: donations },
  ];
}

/** Every worksheet part of an .xlsx. */
async function sheetParts(path: string): Promise<string[]> {
  return ((await listZipEntries(path)) ?? []).map((e) => e.name).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
}

describe('the .xlsx paicha writes holds no formula', () => {
  it('a new workbook: no <f> in any sheet, every injected text a literal string', async () => {
    const dir = await tempDir();
    await writeXlsx(join(dir, 'ledger.xlsx'), injectedLedger());
    const run = await runCli(['tally', 'ledger.xlsx', '--out', 'out.xlsx'], dir);
    expect(run.stderr).toBe('');
    const out = join(dir, 'out.xlsx');
    const parts = await sheetParts(out);
    expect(parts.length).toBe(6);
    for (const part of parts) expect(await zipText(out, part), part).not.toMatch(/<f[\s>]/);
    const read = await readWorkbookFile(out);
    const donors = read.sheets.find((s) => s.name === '公示-捐赠')!.values.map((r) => r[1]);
    // cleanText trims the tab and the carriage return: what is left is still literal text.
    expect(donors).toEqual(expect.arrayContaining(['=IMPORTXML("http://x","//a")', '+1', '-2', '@SUM(A1)', '=1', '=1+1']));
  });

  it('in place: the generated sheets have no formula, the user’s keep theirs', async () => {
    const dir = await tempDir();
    const path = await writeWorkbook(join(dir, 'ledger.xlsx'), (wb) => {
      for (const s of injectedLedger()) {
        const ws = wb.addWorksheet(s.name);
        for (const r of s.values) ws.addRow(r);
      }
      wb.getWorksheet('捐款')!.getCell('J2').value = { formula: 'SUM(D2:D9)', result: 828 };
    });
    const before = await snapshot(path);
    const run = await runCli(['tally', 'ledger.xlsx', '--in-place'], dir);
    expect(run.code).toBeLessThan(2);
    const after = await snapshot(path);
    for (const name of ['住户', '捐款']) expect(after[name]).toEqual(before[name]);
    expect(await zipText(path, 'xl/worksheets/sheet2.xml')).toMatch(/<f>SUM\(D2:D9\)<\/f>/);
    const parts = await sheetParts(path);
    for (const part of parts.slice(2)) expect(await zipText(path, part), part).not.toMatch(/<f[\s>]/);
  });
});

const bytesOf = async (paths: readonly string[]) => Promise.all(paths.map((p) => readFile(p)));

describe('the CLI never overwrites its input', () => {
  it('tally, check and report leave every input byte as it was: .xlsx, .xls and .csv', async () => {
    const dir = await tempDir();
    await writeXlsx(join(dir, 'register.xlsx'), exampleSheets());
    await copyFile(realdata('hubei-rc-cash-2020-01-22_25.xls'), join(dir, 'ledger.xls'));
    await writeFile(join(dir, 'register.csv'), '\ufeff小区,楼号,门牌号\n金都小区,1,101\n');
    const inputs = ['register.xlsx', 'ledger.xls', 'register.csv'].map((n) => join(dir, n));
    const before = await bytesOf(inputs);
    const times = await Promise.all(inputs.map((p) => stat(p).then((s) => s.mtimeMs)));
    for (const file of ['register.xlsx', 'ledger.xls', 'register.csv']) {
      for (const args of [
        ['tally', file],
        ['tally', file, '--json'],
        ['check', file],
        ['check', file, '--json'],
        ['report', file],
      ]) {
        const run = await runCli(args, dir);
        expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBeLessThan(2);
      }
    }
    await runCli(['tally', ...inputs], dir);
    expect(await bytesOf(inputs)).toEqual(before);
    expect(await Promise.all(inputs.map((p) => stat(p).then((s) => s.mtimeMs)))).toEqual(times);
    // The outputs went beside the inputs, under their own names.
    expect((await readdir(dir)).sort()).toEqual(
      ['ledger.paicha.xlsx', 'ledger.xls', 'register.csv', 'register.paicha.xlsx', 'register.xlsx'].sort(),
    );
  });

  it('refuses --out naming the input, however it is spelled: path, ./path, absolute, symlink, hard link', async () => {
    const dir = await tempDir();
    const input = join(dir, 'register.xlsx');
    await writeXlsx(input, exampleSheets());
    await symlink(input, join(dir, 'alias.xlsx'));
    await link(input, join(dir, 'hard.xlsx'));
    const before = await readFile(input);
    for (const out of ['register.xlsx', './register.xlsx', input, 'alias.xlsx', 'hard.xlsx']) {
      const run = await runCli(['tally', 'register.xlsx', '--out', out], dir);
      expect(run.code, out).toBe(2);
      expect(run.stderr, out).toMatch(/从不改写输入文件|不是 paicha 生成的/);
    }
    // Nor may init replace a workbook without --force.
    const init = await runCli(['init', 'register.xlsx', '--locale', 'en'], dir);
    expect([init.code, init.stderr]).toEqual([2, expect.stringContaining('will not overwrite')]);
    expect(await readFile(input)).toEqual(before);
  });

  it('--in-place keeps every value of random user sheets', async () => {
    const dir = await tempDir();
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
      fc.constantFrom('=1+1', '+1', '0301', '金都小区', '2020-02-01', ' 空格 ', '合计'),
    );
    const value: fc.Arbitrary<Cell> = fc.oneof(
      text,
      fc.integer({ min: -1e6, max: 1e6 }),
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
      fc.boolean(),
      fc.constant(null),
    );
    const grid = fc.array(fc.array(value, { maxLength: 6 }), { minLength: 1, maxLength: 8 });
    let n = 0;
    await fc.assert(
      fc.asyncProperty(grid, grid, async (a, b) => {
        const path = join(dir, `book${n++}.xlsx`);
        await writeXlsx(path, [
          { name: '住户', values: [['小区', '楼号', '门牌号'], ...a] },
          { name: '杂项', values: b },
        ]);
        const before = await snapshot(path);
        const run = await runCli(['tally', path, '--in-place'], dir);
        expect(run.code).toBeLessThan(2);
        const after = await snapshot(path);
        expect({ 住户: after['住户'], 杂项: after['杂项'] }).toEqual({ 住户: before['住户'], 杂项: before['杂项'] });
      }),
      { numRuns: 15 },
    );
  });
});

describe('a run killed while it writes leaves the old file whole', () => {
  /** `paicha tally FILE --in-place` in its own process, killed when `when` says. */
  function killedRun(dir: string, file: string, when: 'temp-file' | number): Promise<{ sawTemp: boolean }> {
    let sawTemp = false;
    return new Promise((resolve) => {
      const child = spawn(
        process.execPath,
        ['--import', TSX, join(REPO, 'src/node/cli/bin.ts'), 'tally', file, '--in-place', '--as-of', '2020-02-03'],
        { cwd: dir, stdio: 'ignore' },
      );
      const watcher = watch(dir, (_, name) => {
        if (typeof name !== 'string' || !name.endsWith('.tmp')) return;
        sawTemp = true;
        if (when === 'temp-file') child.kill('SIGKILL');
      });
      const timer = typeof when === 'number' ? setTimeout(() => child.kill('SIGKILL'), when) : undefined;
      child.on('exit', () => {
        watcher.close();
        if (timer) clearTimeout(timer);
        resolve({ sawTemp });
      });
    });
  }

  it('at the moment the temporary file appears, and at times through the run', async () => {
    const dir = await tempDir();
    const file = join(dir, 'register.xlsx');
    const big = exampleSheets().map((s) =>
      s.name === '住户登记' ? { ...s, values: [...s.values, ...Array.from({ length: 4 }, () => s.values.slice(1)).flat()] } : s,
    );
    await writeXlsx(file, big);
    const old = await readFile(file);
    const oldSheets = (await readWorkbookFile(file)).sheets;
    // A full run, to know how long one takes.
    const t = performance.now();
    expect((await killedRun(dir, file, 600_000)).sawTemp).toBe(true);
    const full = performance.now() - t;
    const tallied = await readFile(file);
    expect(tallied.equals(old)).toBe(false);
    for (const when of ['temp-file', full * 0.7, full * 0.95] as const) {
      await writeFile(file, old);
      const { sawTemp } = await killedRun(dir, file, when);
      if (when === 'temp-file') expect(sawTemp).toBe(true);
      const now = await readFile(file);
      if (now.equals(old)) continue;
      // Renamed before the kill: then it is the whole new file, user sheets as they were.
      const read = await readWorkbookFile(file);
      expect(read.sheets.slice(0, oldSheets.length)).toEqual(oldSheets);
      expect(read.generatedSheets).toEqual([
        '汇总-住户',
        '待跟进',
        '汇总-捐赠',
        '公示-捐赠',
        '汇总-重点人员',
        '今日随访',
        '问题清单',
        '日报',
      ]);
    }
    // A killed run may leave its temporary file: hidden, named after the file, never the file itself.
    for (const name of await readdir(dir))
      expect(name === 'register.xlsx' || /^\.register\.xlsx\.\d+\.[0-9a-f]+\.tmp$/.test(name), name).toBe(true);
  }, 120_000);
});

describe('tally --json prints the same result whatever the input format', () => {
  it('.xlsx, .csv (GBK and UTF-8) of the same register', async () => {
    const dir = await tempDir();
    const values = exampleSheets()[0]!.values;
    await writeXlsx(join(dir, 'r.xlsx'), [
      {
        name: 'r',
        values: values.map((row) =>
          row.map((c) => (c instanceof Date ? c.toISOString().slice(0, 10) : c === '' ? null : typeof c === 'number' ? String(c) : c)),
        ),
      },
    ]);
    const text = values
      .map((r) =>
        r
          .map((c) => (c instanceof Date ? c.toISOString().slice(0, 10) : String(c ?? '')))
          .map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c))
          .join(','),
      )
      .join('\n');
    await writeFile(join(dir, 'r.csv'), Buffer.from(text, 'utf8'));
    const { default: iconv } = await import('iconv-lite');
    await mkdirWrite(join(dir, 'gbk'), 'r.csv', iconv.encode(text, 'gbk'));
    const results = await Promise.all(
      [['r.xlsx'], ['r.csv'], ['gbk/r.csv']].map(
        async ([f]) => JSON.parse((await runCli(['tally', f!, '--json'], dir)).stdout) as TallyResult,
      ),
    );
    expect(results[1]!.households).toEqual(results[0]!.households);
    expect(results[2]!.households).toEqual(results[0]!.households);
    expect(results[0]!.households.total).toBe(719);
  });
});

async function mkdirWrite(dir: string, name: string, bytes: Uint8Array): Promise<void> {
  const { mkdir } = await import('node:fs/promises');
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, name), bytes);
}
