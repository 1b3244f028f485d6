// The comparison the conformance suite rests on must see a real difference: an adapter's output,
// altered the way a faulty adapter would alter it, is caught and named by sheet and cell.
import { describe, expect, it } from 'vitest';
import { runFile, runMemory } from './adapters.ts';
import { fixtures } from './fixtures.ts';
import { differences, type AdapterRun, type WrittenSheet } from './written.ts';

const demo = fixtures()[0]!;

/** A copy of `run` with one sheet changed. */
function alter(run: AdapterRun, name: string, change: (s: WrittenSheet) => WrittenSheet): AdapterRun {
  return { ...run, sheets: run.sheets.map((s) => (s.name === name ? change(s) : s)) };
}

describe('differences between two adapter runs', () => {
  const reference = runMemory(demo);

  it('finds none between the reference and the .xlsx file it agrees with', async () => {
    expect(differences(reference, await runFile(demo, 'xlsx'))).toEqual([]);
  }, 60_000);

  it.each([
    [
      'a value',
      (s: WrittenSheet) => ({ ...s, values: s.values.map((r, i) => (i === 1 ? ['X', ...r.slice(1)] : r)) }),
      /^汇总-住户!A2: value ".*" ≠ "X"$/,
    ],
    ['a number format', (s: WrittenSheet) => ({ ...s, formats: { ...s.formats, C2: '#,##0' } }), /^汇总-住户!C2: format "0" ≠ "#,##0"$/],
    ['the frozen rows', (s: WrittenSheet) => ({ ...s, frozenRows: 0 }), /^汇总-住户: frozen rows 1 ≠ 0$/],
  ])(
    'catches %s changed by an adapter',
    async (_, change, line) => {
      const got = alter(await runFile(demo, 'xlsx'), '汇总-住户', change);
      const found = differences(reference, got);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(line);
    },
    60_000,
  );

  it('catches a link left out, and one that points at another cell', async () => {
    const run = await runFile(demo, 'xlsx');
    const [first, second] = Object.keys(run.sheets.find((s) => s.name === '问题清单')!.links);
    const got = alter(run, '问题清单', (s) => {
      const links = { ...s.links, [second!]: '住户登记!Z9' };
      delete links[first!];
      return { ...s, links };
    });
    expect(differences(reference, got)).toEqual([
      expect.stringMatching(new RegExp(`^问题清单!${first}: link ".+" ≠ undefined$`)),
      expect.stringMatching(new RegExp(`^问题清单!${second}: link ".+" ≠ "住户登记!Z9"$`)),
    ]);
  }, 60_000);

  it('catches a sheet missing and a result field changed, naming the field', async () => {
    const run = await runFile(demo, 'xlsx');
    const result = structuredClone(run.result) as { households: { verified: number } };
    result.households.verified += 1;
    const got = { result, sheets: run.sheets.filter((s) => s.name !== '日报') };
    const found = differences(reference, got);
    expect(found[0]).toMatch(/^result: result\.households\.verified: \d+ ≠ \d+$/);
    expect(found[1]).toMatch(/^sheets: \[.*"日报"\] ≠ \[/);
  }, 60_000);
});
