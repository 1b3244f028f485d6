import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll } from 'vitest';
import { buildAddon } from '../../src/build/addon.ts';
import { createEmulator, loadBundle, type Emulator, type Runtime, type SpreadsheetSeed } from './emulator/index.ts';

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

/** The spreadsheet opened with the add-on loaded and its menu built, service calls counted from here. */
export function openWithAddon(dir: string, seed: SpreadsheetSeed, userLocale = 'zh_CN'): { emu: Emulator; rt: Runtime } {
  const emu = createEmulator({ spreadsheet: seed, userLocale });
  const rt = loadBundle(dir, emu);
  rt.onOpen({ authMode: 'LIMITED' });
  emu.resetCalls();
  return { emu, rt };
}
