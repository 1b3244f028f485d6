#!/usr/bin/env node
// The `paicha` executable. From the npm package it runs the compiled CLI in build/. In a clone, where
// the TypeScript sources sit beside it, it runs them through tsx (a dev dependency), so `npx paicha`
// works right after `npm ci` and never runs a build older than the sources.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const source = new URL('../src/node/cli/bin.ts', import.meta.url);
const built = new URL('../build/src/node/cli/bin.js', import.meta.url);
const tsx = existsSync(source) ? await import('tsx/esm/api').catch(() => undefined) : undefined;

if (tsx) {
  // paicha's own tsconfig, not whatever tsconfig.json the user's folder holds.
  tsx.register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
  await import(source.href);
} else if (existsSync(built)) {
  await import(built.href);
} else {
  process.stderr.write('paicha: no compiled CLI in build/ and no tsx to run the sources: run `npm ci` (or `npm run build`) first.\n');
  process.exitCode = 2;
}
