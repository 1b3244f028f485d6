import type { Io } from './io.ts';
import { tallyCli } from './tally.ts';
import { checkCli, reportCli } from './check.ts';
import { initCli } from './init.ts';
import { demoCli } from './demo.ts';
import { rollupCli } from './rollup.ts';
import { addonCli } from './addon.ts';

export type CliCommand = (argv: readonly string[], io: Io) => Promise<number>;

export const COMMANDS: Record<string, CliCommand> = {
  tally: tallyCli,
  check: checkCli,
  report: reportCli,
  init: initCli,
  demo: demoCli,
  rollup: rollupCli,
  addon: addonCli,
};
