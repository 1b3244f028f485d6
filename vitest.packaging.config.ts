import { defineConfig } from 'vitest/config';

// The packaging test (test/packaging/): packs the package and installs the tarball from the npm
// registry into a scratch project, so it needs the network and a minute; `npm test` leaves it out.
export default defineConfig({
  test: {
    include: ['test/packaging/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    setupFiles: ['test/setup/no-console.ts'],
  },
});
