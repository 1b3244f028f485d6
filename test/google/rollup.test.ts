// paicha rollup over many spreadsheets on the emulator, on a clock that runs 100× faster than real
// time, so a few minutes of quota take a few seconds.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TallyResult } from '../../lib/result.ts';
import type { RollupTotals } from '../../src/google/rollup.ts';
import { readWorkbookFile } from '../../src/node/files/read-workbook.ts';
import { type LoggedRequest, type SheetsEmulator, startSheetsEmulator } from './emulator/index.ts';
import { runCli, tempDir } from './helpers.ts';

type RollupJson = {
  spreadsheets: { id: string; title: string; ok: boolean; error?: string; result?: TallyResult }[];
  totals: RollupTotals;
};

const SPEED = 100;
const QUOTA = 60;

function fastClock() {
  const t0 = performance.now();
  const now = (): number => (performance.now() - t0) * SPEED;
  const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms / SPEED));
  return { now, sleep, random: () => 0.5 };
}

/** A team's register: `n` households, the first `verified` of them verified. */
function register(n: number, verified: number): (string | number)[][] {
  const rows: (string | number)[][] = [['工作组', '小区', '楼号', '门牌号', '核查状态']];
  for (let i = 0; i < n; i++) rows.push(['一组', '金都小区', 1 + (i % 6), String(101 + i), i < verified ? '入户登记' : '敲不开门']);
  return rows;
}

const isRead = (r: LoggedRequest): boolean => r.kind === 'get' || r.kind === 'values.batchGet';

/** Most read requests the emulator saw in any 60 s of its clock. */
function busiestMinute(log: readonly LoggedRequest[]): number {
  const reads = log.filter(isRead).map((r) => r.at);
  return Math.max(...reads.map((t) => reads.filter((x) => x > t - 60_000 && x <= t).length));
}

describe('paicha rollup', () => {
  const clock = fastClock();
  let emu: SheetsEmulator;
  let dir: string;
  beforeAll(async () => {
    emu = await startSheetsEmulator({ readQuotaPerMinute: QUOTA, now: clock.now });
    dir = await tempDir();
  });
  afterAll(() => emu.close());

  it('counts 49 of 50 spreadsheets through injected 429s and a 404, within the read quota', async () => {
    const ids: string[] = [];
    let households = 0;
    let verified = 0;
    for (let i = 0; i < 50; i++) {
      if (i === 17) {
        ids.push('1' + 'm'.repeat(43)); // no such spreadsheet
        continue;
      }
      const n = 5 + (i % 7);
      const v = i % 5;
      households += n;
      verified += v;
      const id = emu.createSpreadsheet({ title: `第${i + 1}社区`, sheets: [{ title: '住户登记', values: register(n, v) }] });
      if (i % 4 === 0) emu.inject({ spreadsheetId: id, method: 'values.batchGet', status: 429, times: 2 });
      if (i % 9 === 0) emu.inject({ spreadsheetId: id, method: 'get', status: 503 });
      ids.push(id);
    }
    const injected = emu.pendingFaults();
    emu.clearRequests();
    const started = clock.now();
    const run = await runCli(emu, ['rollup', ...ids, '--json', '--as-of', '2020-02-03', '--locale', 'en'], {
      cwd: dir,
      env: { PAICHA_READS_PER_MINUTE: '55' },
      google: clock,
    });
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as RollupJson;
    expect(json.spreadsheets.map((s) => s.id)).toEqual(ids);
    expect(json.spreadsheets.filter((s) => s.ok)).toHaveLength(49);
    expect(json.spreadsheets[17]).toEqual({
      id: ids[17],
      title: '',
      ok: false,
      error: `no spreadsheet with id ${ids[17]}: check the id or URL`,
    });
    expect(json.totals).toMatchObject({ spreadsheets: 50, counted: 49, failed: 1, households, verified });
    expect(json.spreadsheets[1]?.result?.households.total).toBe(6);
    expect(run.stderr).toBe(`paicha rollup: no spreadsheet with id ${ids[17]}: check the id or URL\n`);

    const log = emu.requests();
    expect(emu.pendingFaults()).toBe(0);
    // Every 429 was one the test injected: the token bucket kept paicha under the quota itself.
    expect(log.filter((r) => r.status === 429)).toHaveLength(log.filter((r) => r.kind === 'values.batchGet' && r.status === 429).length);
    expect(log.filter((r) => r.status === 429 || r.status === 503)).toHaveLength(injected);
    expect(busiestMinute(log)).toBeLessThanOrEqual(QUOTA);
    expect(log.filter((r) => r.spreadsheetId === ids[17]).map((r) => r.status)).toEqual([404]);
    // 49 × 2 reads + 1 for the missing one + the injected failures, at most 55 a minute.
    expect(log.filter(isRead)).toHaveLength(49 * 2 + 1 + injected);
    expect(clock.now() - started).toBeGreaterThan(((log.length - 1) / 55) * 60_000 - 1000);
    expect(emu.maxConcurrency()).toBeLessThanOrEqual(4);
  });

  it('writes the combined view to an .xlsx or into a spreadsheet, with a progress bar on a terminal', async () => {
    const ledger = (...amounts: (number | string)[]) => [
      ['日期', '捐赠人', '类别', '金额'],
      ...amounts.map((a, i) => [43862, `捐赠人${i}`, '捐款', a]),
    ];
    const a = emu.createSpreadsheet({
      title: '金都',
      sheets: [
        { title: '住户登记', values: register(4, 3) },
        { title: '捐款', values: ledger(1.1, '伍拾万元整') },
      ],
    });
    const b = emu.createSpreadsheet({
      title: '银杏',
      sheets: [
        { title: '住户登记', values: register(2, 2) },
        { title: '捐款', values: ledger(2.2) },
      ],
    });
    const target = emu.createSpreadsheet({ title: '全区', sheets: [{ title: '说明', values: [['区级汇总表']] }] });
    const list = join(dir, 'list.txt');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(list, `# 全区\nhttps://docs.google.com/spreadsheets/d/${a}/edit#gid=0  金都\n\n${b}\n${a}\n`);

    const tty = await runCli(emu, ['rollup', '--list', 'list.txt', '--out', 'rollup.xlsx'], { cwd: dir, google: clock, isTty: true });
    expect(tty.code).toBe(0);
    expect(tty.stderr).toContain('] 已读取 2/2 个表格');
    expect(tty.stdout).toContain('合计');
    const out = await readWorkbookFile(join(dir, 'rollup.xlsx'));
    expect(out.sheets.map((s) => s.name)).toEqual(['汇总-全区']);
    expect(out.sheets[0]?.values.slice(1)).toEqual([
      ['金都', a, 4, 3, 0.75, 500_001.1, 0, ''],
      ['银杏', b, 2, 2, 1, 2.2, 0, ''],
      ['合计', '', 6, 5, 0.8333, 500_003.3, 0, ''],
    ]);

    const piped = await runCli(emu, ['rollup', a, b, '--write', target, '--locale', 'en'], { cwd: dir, google: clock });
    expect([piped.code, piped.stderr]).toEqual([0, '']);
    expect(emu.sheetTitles(target)).toEqual(['说明', 'Rollup']);
    expect(emu.getSheetValues(target, 'Rollup').at(-1)).toEqual(['Total', null, 6, 5, 0.8333, 500_003.3, 0, null]);
    expect(emu.getCell(target, 'Rollup', 'F4')?.format).toEqual({ type: 'CURRENCY', pattern: '"¥"#,##0.00' });
    expect(emu.getSheetValues(target, '说明')).toEqual([['区级汇总表']]);
    expect(emu.snapshot(target).developerMetadata.map((m) => m.metadataKey)).toEqual(['paicha.generated']);
  });

  it('refuses bad input before reading anything', async () => {
    const both = await runCli(emu, ['rollup', '1' + 'a'.repeat(43), '--out', 'x.xlsx', '--write', '1' + 'b'.repeat(43), '--locale', 'en'], {
      cwd: dir,
    });
    expect([both.code, both.stderr]).toEqual([2, expect.stringContaining('--out and --write exclude each other')]);
    const none = await runCli(emu, ['rollup', '--locale', 'en'], { cwd: dir });
    expect(none.stderr).toContain('name the spreadsheets to add up');
    const junk = await runCli(emu, ['rollup', 'not an id', '--locale', 'en'], { cwd: dir });
    expect(junk.stderr).toContain('not a spreadsheet id or URL');
    const quota = await runCli(emu, ['rollup', '1' + 'a'.repeat(43), '--locale', 'en'], {
      cwd: dir,
      env: { PAICHA_READS_PER_MINUTE: 'lots' },
    });
    expect(quota.stderr).toContain('PAICHA_READS_PER_MINUTE takes a positive number');
  });
});
