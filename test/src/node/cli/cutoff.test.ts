import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TallyResult } from '../../../../lib/result.ts';
import { runCli, tempDir } from '../../../helpers/cli.ts';

const SHOPS =
  '日期,门店名称,所属小区,已查人数,营业状态,上报时间\n2020-02-03,金都超市,金都小区,6,营业,18:30\n2020-02-02,老王面馆,金都小区,4,营业,19:00\n';

describe('--cutoff and --as-of with a time, for the shop checks', () => {
  it('counts a report after the cut-off as late; before it, the report says who is still due tonight', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'shops.csv'), SHOPS);
    const early = await runCli(['tally', 'shops.csv', '--json', '--as-of', '2020-02-03', '--cutoff', '18:00'], dir);
    expect((JSON.parse(early.stdout) as TallyResult).shops).toMatchObject({ checkedToday: 1, late: 1, reportedOnTime: 0 });
    const due = await runCli(['report', 'shops.csv', '--as-of', '2020-02-03T19:30'], dir);
    expect(due.stdout).toContain('今晚 20:00 前还须上报的门店 1 家：老王面馆（金都小区）。');
    const over = await runCli(['report', 'shops.csv', '--as-of', '2020-02-03T19:30', '--cutoff', '19:00'], dir);
    expect(over.stdout).toContain('截至 19:00 未上报的门店：老王面馆（金都小区）。');
    const bad = await runCli(['report', 'shops.csv', '--cutoff', '8pm', '--locale', 'en'], dir);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('--cutoff takes a time of day HH:MM')]);
  });
});
