// The `paicha` executable in a clone: it runs the sources when there is no build, and relative paths
// are the user's, also through `npm --prefix CLONE run paicha -- …` from another folder.
import { cp, mkdir, mkdtemp, rm, stat, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TallyResult } from '../../lib/result.ts';
import { REAL_FILES, realdata } from '../helpers/realdata.ts';
import { REPO, run } from '../packaging/run.ts';

describe('paicha from a clone after npm ci, with no build', () => {
  let scratch: string;
  let clone: string;
  let elsewhere: string;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'paicha-clone-'));
    clone = join(scratch, 'paicha');
    elsewhere = join(scratch, 'team', 'ledgers');
    await mkdir(elsewhere, { recursive: true });
    // What a clone holds that the CLI needs, and this checkout's installed node_modules; no build/.
    for (const f of ['package.json', 'tsconfig.json', 'bin', 'lib', 'src', 'examples'])
      await cp(join(REPO, f), join(clone, f), { recursive: true });
    await symlink(join(REPO, 'node_modules'), join(clone, 'node_modules'), 'dir');
    await cp(realdata(REAL_FILES.hubeiCash0204), join(elsewhere, 'hubei.xls'));
  });
  afterAll(() => (scratch ? rm(scratch, { recursive: true, force: true }) : undefined));

  it('runs `npx paicha --help` as the README shows', async () => {
    const r = await run('npx', ['paicha', '--help'], { cwd: clone });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^用法：paicha 命令/m);
  });

  it('resolves FILE against the folder the user typed `npm --prefix CLONE run paicha -- check FILE` in', async () => {
    const r = await run('npm', ['--prefix', clone, 'run', '--silent', 'paicha', '--', 'check', 'hubei.xls'], { cwd: elsewhere });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0); // 2, "cannot read", when the path is taken from the clone
    expect(r.stdout).toContain('9,360,600.02'); // the ledger's stated total, checked
  });

  it('writes --out relative to that folder too', async () => {
    const r = await run(
      'npm',
      ['--prefix', clone, 'run', '--silent', 'paicha', '--', 'tally', 'hubei.xls', '--json', '--out', 'summary.xlsx'],
      { cwd: elsewhere },
    );
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as TallyResult).donations.cash).toBe(9360600.02);
    expect((await stat(join(elsewhere, 'summary.xlsx'))).size).toBeGreaterThan(0);
    await expect(stat(join(clone, 'summary.xlsx'))).rejects.toThrow(/ENOENT/);
  });
});
