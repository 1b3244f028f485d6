import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from '@e965/xlsx';
import type { Cell } from '../../lib/cells/result.ts';
import type { InputSheet } from '../../lib/table/sheet.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** A local clone's origin, when it is a folder: a fresh clone of this checkout still finds shared/. */
function originFolder(): string | undefined {
  try {
    const url = execFileSync('git', ['-C', REPO, 'config', '--get', 'remote.origin.url'], { encoding: 'utf8' }).trim();
    return isAbsolute(url) ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The published 2020 ledgers: $PAICHA_REALDATA, else shared/realdata beside the repository (as CI lays
 * it out), else beside the checkout this one was cloned from. Tests that use them fail, never skip,
 * without them.
 */
function findRealdata(): string {
  const candidates = [process.env['PAICHA_REALDATA'], join(REPO, '..', 'shared', 'realdata')];
  const origin = originFolder();
  if (origin) candidates.push(join(dirname(origin), 'shared', 'realdata'));
  const found = candidates.find((c): c is string => c !== undefined && existsSync(join(c, 'README.md')));
  if (!found) throw new Error(`real data folder missing: looked in ${candidates.filter(Boolean).join(', ')}; set PAICHA_REALDATA`);
  return found + '/';
}

export const REALDATA = findRealdata();

/** The path of one published ledger. */
export function realdata(name: string): string {
  const path = join(REALDATA, name);
  if (!existsSync(path)) throw new Error(`real data file missing: ${path}`);
  return path;
}

export const REAL_FILES = {
  hubeiCash0122: 'hubei-rc-cash-2020-01-22_25.xls',
  hubeiCash0204: 'hubei-rc-cash-2020-02-04.xls',
  wuhanCash: 'wuhan-rc-cash-abc-account-2020-01-22_28.xlsx',
  hubeiGoods: 'hubei-rc-goods-use-2020-01-29.xlsx',
} as const;

/**
 * A real file's sheets as `getValues()` grids: values as stored (numbers, Dates, text with its padding),
 * '' for empty and merged-away cells. Read with SheetJS for .xls and .xlsx alike.
 */
export function readRealWorkbook(file: string): InputSheet[] {
  const wb = XLSX.read(readFileSync(REALDATA + file), { cellDates: true });
  return wb.SheetNames.map((name) => {
    const ws = wb.Sheets[name];
    const values = ws ? (XLSX.utils.sheet_to_json<Cell[]>(ws, { header: 1, raw: true, defval: '', blankrows: true }) as Cell[][]) : [];
    return { name, values };
  });
}
