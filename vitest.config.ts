import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Needs the npm registry and a pack: `npm run test:packaging` (vitest.packaging.config.ts).
    exclude: [...configDefaults.exclude, 'test/packaging/**'],
    testTimeout: 60_000,
    setupFiles: ['test/setup/no-console.ts'],
  },
});
