// Every adapter, on the same workbook, gives the same result object and writes the same sheets:
// values, number formats, links (a problem cell links to its cell) and frozen rows. The memory
// workbook is the reference; a difference is listed by sheet and cell.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBuiltBundle } from '../gas/bundle.ts';
import { startSheetsEmulator, type SheetsEmulator } from '../google/emulator/index.ts';
import { runAddon, runFile, runMemory, runSheetsApi } from './adapters.ts';
import { fixtures } from './fixtures.ts';
import { differences } from './written.ts';

const addon = useBuiltBundle();
let sheetsApi: SheetsEmulator;
beforeAll(async () => {
  sheetsApi = await startSheetsEmulator();
});
afterAll(async () => {
  await sheetsApi.close();
});

describe.each(fixtures().map((f) => [f.name, f] as const))('%s', (_, fixture) => {
  const reference = runMemory(fixture);

  it('is a workbook the reference writes problems, links and formats for', () => {
    expect(reference.sheets.length).toBeGreaterThan(0);
    const problems = reference.sheets.find((s) => s.name === '问题清单');
    expect(Object.keys(problems?.links ?? {}).length).toBeGreaterThan(0);
    // …and number formats (dates, counts, rates), so the adapters are compared on them too.
    expect(reference.sheets.flatMap((s) => Object.keys(s.formats)).length).toBeGreaterThan(0);
    expect(reference.sheets.some((s) => s.frozenRows > 0)).toBe(true);
  });

  it('the .xlsx file, written and read back, agrees with the memory workbook', async () => {
    expect(differences(reference, await runFile(fixture, 'xlsx'))).toEqual([]);
  }, 60_000);

  // A .csv holds one sheet of text: only such a workbook can be given as one.
  if (fixture.csv) {
    it('the .csv file agrees with the memory workbook', async () => {
      expect(differences(reference, await runFile(fixture, 'csv'))).toEqual([]);
    }, 60_000);
  }

  it('the add-on in the Apps Script emulator agrees with the memory workbook', () => {
    expect(differences(reference, runAddon(addon, fixture))).toEqual([]);
  }, 60_000);

  it('the Sheets API adapter against its emulator agrees with the memory workbook', async () => {
    expect(differences(reference, await runSheetsApi(sheetsApi, fixture))).toEqual([]);
  }, 60_000);
});
