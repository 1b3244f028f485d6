import { beforeAll } from 'vitest';
import { buildGas, GAS_DIR } from '../../src/build/gas.ts';

/** Builds dist/gas once per test file, as `npm run build:gas` does, so tests run the real bundle. */
export function useBuiltBundle(): string {
  beforeAll(async () => {
    await buildGas();
  }, 120_000);
  return GAS_DIR;
}
