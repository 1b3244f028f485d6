import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // Stray console output in a test is a bug: the CLI prints through an injected writer.
    onConsoleLog: () => false,
  },
});
