import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../../src/node/cli/main.ts';
import { nodeIo } from '../../../../src/node/cli/io.ts';
import { Progress, statusLine } from '../../../../src/node/cli/progress.ts';
import { tempDir } from '../../../helpers/cli.ts';

/** A stream that records what is written to it, a terminal or not. */
const fakeStream = (isTTY: boolean) => {
  const writes: string[] = [];
  return { isTTY, writes, write: (t: string) => void writes.push(t) };
};

describe('the progress line', () => {
  it("shows nothing in a run's first second, then the phase and the seconds, redrawn in place", () => {
    const stderr = fakeStream(true);
    let now = 0;
    let redraw: () => void = () => undefined;
    const p = new Progress(statusLine(stderr), {
      locale: 'en',
      now: () => now,
      tick: (r) => {
        redraw = r;
        return () => undefined;
      },
    });
    p.phase('reading', { file: 'big.csv', size: '22 MB' });
    now = 900;
    redraw();
    expect(stderr.writes).toEqual([]);
    now = 2400;
    redraw();
    p.phase('writing', { file: 'big.paicha.xlsx' });
    p.done();
    expect(stderr.writes).toEqual(['\r\x1b[2Kreading big.csv (22 MB)… 2 s', '\r\x1b[2Kwriting big.paicha.xlsx… 2 s', '\r\x1b[2K']);
  });

  it('draws a phase that will hold the event loop at once, as no timer can draw it meanwhile', () => {
    const stderr = fakeStream(true);
    const p = new Progress(statusLine(stderr), { locale: 'zh-Hans', now: () => 0, tick: () => () => undefined });
    p.phase('tallying', { rows: '300,000' }, true);
    expect(stderr.writes).toEqual(['\r\x1b[2K正在核对和统计 300,000 行… 0 秒']);
  });

  it('is nothing at all when stderr is not a terminal', () => {
    expect(statusLine(fakeStream(false))).toBeUndefined();
    expect(nodeIo({ stdout: fakeStream(false), stderr: fakeStream(false) }).status).toBeUndefined();
  });

  it('is taken away before the result is printed', () => {
    const stdout = fakeStream(false);
    const stderr = fakeStream(true);
    const io = nodeIo({ stdout, stderr });
    io.status!.draw('reading');
    io.out('done');
    expect(stderr.writes).toEqual(['\r\x1b[2Kreading', '\r\x1b[2K']);
    expect(stdout.writes).toEqual(['done\n']);
  });

  it('through the CLI: a long tally on a terminal shows its phases on stderr; piped, stderr stays empty', async () => {
    const dir = await tempDir();
    const rows = Array.from({ length: 100_000 }, (_, i) => `小区${i % 40},${((i >> 6) % 30) + 1},${1000 + i},入户登记`);
    await writeFile(join(dir, 'big.csv'), `小区,楼号,门牌号,核查状态\n${rows.join('\n')}\n`);
    const run = async (tty: boolean) => {
      const stdout = fakeStream(false);
      const stderr = fakeStream(tty);
      const code = await main(['tally', join(dir, 'big.csv'), '--json', '--as-of', '2020-02-03'], nodeIo({ stdout, stderr }));
      return { code, out: stdout.writes.join(''), err: stderr.writes.join('') };
    };
    const terminal = await run(true);
    expect(terminal.code).toBe(0);
    expect(terminal.err).toContain('\r\x1b[2K正在核对和统计 100,001 行');
    // --json writes no workbook: no writing phase.
    expect(terminal.err).not.toContain('正在写入');
    expect(terminal.err.endsWith('\r\x1b[2K')).toBe(true);
    expect(JSON.parse(terminal.out).households.total).toBe(100_000);
    const piped = await run(false);
    expect([piped.code, piped.err]).toEqual([0, '']);
  }, 60_000);
});
