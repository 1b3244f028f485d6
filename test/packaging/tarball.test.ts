// The package as a user gets it: `npm pack`, the tarball installed with --omit=dev into an empty
// project, then the bin, every entry point from ESM and TypeScript, publint and attw on the tarball.
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { lstat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TallyResult } from '../../lib/result.ts';
import { startSheetsEmulator } from '../google/emulator/index.ts';
import { REAL_FILES, realdata } from '../helpers/realdata.ts';
import { REPO, run } from './run.ts';

const CONSUMER = join(REPO, 'test', 'packaging', 'consumer');
const bin = (name: string): string => join(REPO, 'node_modules', '.bin', name);
const MB = 1024 * 1024;

/** Disk use of a folder as `du` counts it (allocated blocks), links not followed. */
async function diskUse(dir: string): Promise<number> {
  let bytes = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const st = await lstat(path);
    bytes += st.blocks * 512;
    if (entry.isDirectory()) bytes += await diskUse(path);
  }
  return bytes;
}

describe('the packed tarball, installed with --omit=dev', () => {
  let scratch: string;
  let app: string;
  let tarball: string;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'paicha-packaging-'));
    // prepack builds first, as `npm publish` would.
    const pack = await run('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: REPO });
    expect(pack.code, pack.stderr).toBe(0);
    tarball = join(scratch, (JSON.parse(pack.stdout) as { filename: string }[])[0]!.filename);
    app = join(scratch, 'app');
    await mkdir(app);
    await cp(CONSUMER, app, { recursive: true });
    await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'a-team', private: true, type: 'module' }));
    const install = await run('npm', ['install', tarball, '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: app });
    expect(install.code, install.stderr).toBe(0);
  });
  afterAll(() => (scratch ? rm(scratch, { recursive: true, force: true }) : undefined));

  it('runs `npx paicha --help`', async () => {
    const r = await run('npx', ['paicha', '--help'], { cwd: app });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^用法：paicha 命令/m);
  });

  it('tallies published ledgers with the installed CLI to the published totals', async () => {
    const hubei = await run('npx', ['paicha', 'tally', realdata(REAL_FILES.hubeiCash0204), '--json'], { cwd: app });
    expect(hubei.stderr).toBe('');
    const h = JSON.parse(hubei.stdout) as TallyResult;
    // Printed in the sheet as 合计 9360600.01999999 (an Excel float sum): 9,360,600.02 to the cent.
    expect(h.donations).toMatchObject({ count: 1845, cash: 9360600.02, total: 9360600.02 });
    expect(h.donations.statedTotals).toMatchObject([{ stated: 9360600.02, computed: 9360600.02, matches: true }]);

    // A relative path, from the folder the user is in; the summary workbook lands beside the input.
    await cp(realdata(REAL_FILES.wuhanCash), join(app, 'wuhan.xlsx'));
    const wuhan = await run('npx', ['paicha', 'tally', 'wuhan.xlsx'], { cwd: app });
    expect(wuhan.code).toBe(1); // the stated 746 donations are 745 rows: a data error, reported
    expect(wuhan.stdout).toContain('61,609,585.05');
    expect(wuhan.stdout).toContain(join(app, 'wuhan.paicha.xlsx'));
    expect((await lstat(join(app, 'wuhan.paicha.xlsx'))).isFile()).toBe(true);
  });

  it('runs demo, init and report from the installed package', async () => {
    const demo = await run('npx', ['paicha', 'demo', '--out', 'demo', '--json'], { cwd: app });
    expect(demo.stderr).toBe('');
    expect((JSON.parse(demo.stdout) as TallyResult).households.total).toBe(719); // the example register
    const init = await run('npx', ['paicha', 'init', 'register.xlsx'], { cwd: app });
    expect(init).toMatchObject({ code: 0, stdout: `${join(app, 'register.xlsx')}\n`, stderr: '' });
    const report = await run('npx', ['paicha', 'report', join('demo', 'paicha-demo.xlsx'), '--as-of', '2020-02-06'], { cwd: app });
    expect(report).toMatchObject({ code: 0, stderr: '' });
    expect(report.stdout).toMatch(/^【排查日报】2020-02-06\n住户：共 719 户/);
  });

  it("writes the Google Sheets add-on's paste-in files with the installed CLI", async () => {
    const r = await run('npx', ['paicha', 'addon', 'for-the-team', '--locale', 'en'], { cwd: app });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^ {2}paicha-core\.gs +\d+\.\d KB$/m);
    expect(r.stdout).toContain('Put paicha into your Google spreadsheet');
    expect((await readdir(join(app, 'for-the-team'))).sort()).toEqual([
      'README.txt',
      'appsscript.json',
      'dashboard.html',
      'help.html',
      'paicha-core.gs',
      'paicha.gs',
    ]);
  });

  it('reads a Google spreadsheet with the installed CLI (loopback Sheets API)', async () => {
    const emu = await startSheetsEmulator();
    try {
      const id = emu.createSpreadsheet({
        title: '金都社区排查',
        sheets: [
          {
            title: '住户登记',
            values: [
              ['小区', '楼号', '门牌号', '核查状态'],
              ['金都小区', '十二号楼', '301', '入户登记'],
              ['金都小區', '12#', '302', '敲不开门'],
            ],
          },
        ],
      });
      const env = { PAICHA_SHEETS_API_ROOT: emu.rootUrl, GOOGLE_OAUTH_ACCESS_TOKEN: 'test-token' };
      const r = await run('npx', ['paicha', 'tally', id, '--json', '--as-of', '2020-02-03'], { cwd: app, env });
      expect(r.stderr).toBe('');
      expect((JSON.parse(r.stdout) as TallyResult).households).toMatchObject({ total: 2, verified: 1, unreached: 1, rate: 0.5 });
      expect(emu.requests().map((q) => q.kind)).toEqual(['get', 'values.batchGet']);
    } finally {
      await emu.close();
    }
  });

  it('imports every entry point from an ES module, each name defined', async () => {
    const r = await run('node', ['imports.mjs', 'paicha', 'paicha/node', 'paicha/package.json'], { cwd: app });
    expect(r.stderr).toBe('');
    const seen = JSON.parse(r.stdout) as Record<string, { names: string[]; undefined: string[] }>;
    for (const entry of Object.values(seen)) expect(entry.undefined).toEqual([]);
    expect(seen['paicha']!.names).toEqual(expect.arrayContaining(['tallyWorkbook', 'checkWorkbook', 'renderSheets']));
    expect(seen['paicha/node']!.names).toEqual(expect.arrayContaining(['readWorkbookFile', 'writeGeneratedXlsx', 'main', 'nodeIo']));

    const use = await run('node', ['use-library.mjs', realdata(REAL_FILES.hubeiCash0204)], { cwd: app });
    expect(use.stderr).toBe('');
    expect(JSON.parse(use.stdout)).toEqual({ rate: 1, format: 'xls', cash: 9360600.02, version: 'paicha 0.1.0', ok: true });
  });

  it('loads no Sheets client for the library, paicha/node or a local file, and no file reader for the core', async () => {
    const deny = (names: string, args: string[]) =>
      run('node', ['--import', './deny-modules.mjs', ...args], { cwd: app, env: { PAICHA_DENY: names } });
    const denied = await deny('@googleapis/sheets', ['-e', "await import('@googleapis/sheets')", '--input-type=module']);
    expect(denied.stderr).toContain('denied import of @googleapis/sheets'); // the hook does deny

    expect((await deny('@googleapis/sheets,exceljs,@e965/xlsx', ['imports.mjs', 'paicha'])).stderr).toBe('');
    expect((await deny('@googleapis/sheets', ['imports.mjs', 'paicha/node'])).stderr).toBe('');
    const cli = await deny('@googleapis/sheets', [
      join('node_modules', 'paicha', 'bin', 'paicha.js'),
      'check',
      realdata(REAL_FILES.hubeiCash0122),
    ]);
    expect(cli).toMatchObject({ code: 0, stderr: '' });
  });

  it.each(['node16', 'bundler'])('type-checks a TypeScript user under moduleResolution %s', async (mode) => {
    // @types/node from this repository: the installed exceljs brings an old one of its own.
    const r = await run('node', [bin('tsc'), '-p', `tsconfig.${mode}.json`, '--typeRoots', join(REPO, 'node_modules', '@types')], {
      cwd: app,
    });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('passes publint and arethetypeswrong (ESM only)', async () => {
    const publint = await run(bin('publint'), ['run', tarball, '--strict'], { cwd: scratch });
    expect(publint.stdout, publint.stderr).toContain('All good!');
    expect(publint.code).toBe(0);
    const attw = await run(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'json'], { cwd: scratch });
    expect(attw.code, attw.stdout + attw.stderr).toBe(0);
    // An ESM-only package is not for require() resolution (node10, node16 from CJS): those are all it flags.
    const problems = (JSON.parse(attw.stdout) as { analysis: { problems: { resolutionKind?: string }[] } }).analysis.problems;
    expect(problems.filter((p) => p.resolutionKind !== 'node10' && p.resolutionKind !== 'node16-cjs')).toEqual([]);
  });

  it('weighs at most 100 MB of node_modules (DESIGN.md budget)', async () => {
    expect((await diskUse(join(app, 'node_modules'))) / MB).toBeLessThanOrEqual(100);
  });
});
