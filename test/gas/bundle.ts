import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll } from 'vitest';
import { buildAddon } from '../../src/build/addon.ts';

/**
 * Builds the add-on once per test file, as `npm run build` does, into a directory of its own (test
 * files run in parallel), so tests run the real files a person pastes and clasp pushes.
 */
export function useBuiltBundle(): string {
  const dir = mkdtempSync(join(tmpdir(), 'paicha-addon-'));
  beforeAll(async () => {
    await buildAddon(dir);
  }, 120_000);
  return dir;
}
