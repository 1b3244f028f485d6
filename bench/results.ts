// The shape of bench/results.json; every key is described in bench/README.md.
import { cpus, totalmem } from 'node:os';
import type { AppsScriptResult, BundleResult } from './apps-script.ts';
import type { Budget } from './budgets.ts';
import type { SheetsApiResult } from './sheets-api.ts';
import type { TallyChildResult } from './tally-child.ts';
import type { XlsxResult } from './xlsx.ts';

export type Machine = { cpus: number; cpuModel: string; memoryGB: number; node: string; v8: string; platform: string };

export type Results = {
  mode: 'full' | 'quick';
  date: string;
  durationSeconds: number;
  machine: Machine;
  tally: TallyChildResult;
  appsScript: AppsScriptResult;
  bundle: BundleResult;
  xlsx: XlsxResult;
  sheetsApi: SheetsApiResult;
  budgets?: Budget[];
};

/** `npm run bench -- --only xlsx`: the .xlsx section alone. */
export type XlsxOnlyResults = {
  mode: 'full' | 'quick';
  date: string;
  durationSeconds: number;
  machine: Machine;
  xlsx: XlsxResult;
  budgets?: Budget[];
};

export const machine = (): Machine => ({
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
  memoryGB: Math.round(totalmem() / 1024 ** 3),
  node: process.version,
  v8: process.versions.v8,
  platform: `${process.platform} ${process.arch}`,
});
