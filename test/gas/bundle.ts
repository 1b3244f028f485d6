import { beforeAll } from 'vitest';
import { buildGas, GAS_DIR } from '../../src/build/gas.ts';
import { createEmulator, loadBundle, type Emulator, type Runtime, type SpreadsheetSeed } from './emulator/index.ts';

/** Builds dist/gas once per test file, as `npm run build:gas` does, so tests run the real bundle. */
export function useBuiltBundle(): string {
  beforeAll(async () => {
    await buildGas();
  }, 120_000);
  return GAS_DIR;
}

/** The spreadsheet opened with the add-on loaded and its menu built, service calls counted from here. */
export function openWithAddon(dir: string, seed: SpreadsheetSeed, userLocale = 'zh_CN'): { emu: Emulator; rt: Runtime } {
  const emu = createEmulator({ spreadsheet: seed, userLocale });
  const rt = loadBundle(dir, emu);
  rt.onOpen({ authMode: 'LIMITED' });
  emu.resetCalls();
  return { emu, rt };
}
