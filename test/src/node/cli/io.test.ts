import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { invocationDir } from '../../../../src/node/cli/io.ts';

describe('invocationDir: the folder relative paths are taken from', () => {
  const clone = '/home/me/paicha';
  const npmRun = (pkg: string, name = 'paicha') => ({
    INIT_CWD: '/home/me/ledgers',
    npm_package_json: `${pkg}/package.json`,
    npm_package_name: name,
  });

  it.each([
    ['a shell, no npm', {}, clone, clone],
    ['`npm --prefix CLONE run paicha -- …` from another folder', npmRun(clone), clone, '/home/me/ledgers'],
    [
      '`npx paicha` (INIT_CWD is the folder itself)',
      { ...npmRun(clone), INIT_CWD: '/home/me/ledgers' },
      '/home/me/ledgers',
      '/home/me/ledgers',
    ],
    ["another package's script: its paths are relative to that package", npmRun('/home/me/team', 'team'), '/home/me/team', '/home/me/team'],
    ["a child started by paicha's script in another folder (a test's scratch project)", npmRun(clone), '/tmp/scratch', '/tmp/scratch'],
  ])('%s', (_, env, cwd, expected) => {
    expect(invocationDir(env, cwd)).toBe(expected);
  });

  it('sees through a symlinked --prefix', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'paicha-io-'));
    await symlink(dir, join(dir, 'link'));
    try {
      expect(invocationDir(npmRun(join(dir, 'link')), dir)).toBe('/home/me/ledgers');
    } finally {
      await rm(dir, { recursive: true });
    }
  });
});
