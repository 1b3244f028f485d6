import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TallyResult } from '../../../../lib/result.ts';
import { runCli, tempDir } from '../../../helpers/cli.ts';

describe('--max-donation', () => {
  it('raises the ceiling of one donation; a bad figure is a usage error', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'ledger.csv'), '日期,捐赠人,金额\n2020-02-01,东湖建材,200000000\n2020-02-01,王五,500\n');
    const capped = await runCli(['tally', 'ledger.csv', '--json'], dir);
    expect([capped.code, (JSON.parse(capped.stdout) as TallyResult).donations.cash]).toEqual([1, 500]);
    const raised = await runCli(['tally', 'ledger.csv', '--json', '--max-donation', '1,000,000,000'], dir);
    expect([raised.code, (JSON.parse(raised.stdout) as TallyResult).donations.cash]).toEqual([0, 200_000_500]);
    const bad = await runCli(['check', 'ledger.csv', '--max-donation', 'lots', '--locale', 'en'], dir);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('--max-donation takes an amount in yuan greater than 0')]);
  });
});
