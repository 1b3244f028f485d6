// `npm run screenshots`: the dashboard of the demo workbook (what `npm start` writes to out/) as PNGs in
// docs/, for the README. Not a test: run it when the page changes, look at the PNGs, commit them.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderDashboard } from '../../lib/render/dashboard/page.ts';
import { tallyWorkbook } from '../../lib/result.ts';
import { DEMO_DAY } from '../../src/node/cli/demo.ts';
import { loadFiles } from '../../src/node/cli/inputs.ts';
import { main } from '../../src/node/cli/main.ts';
import { nodeIo } from '../../src/node/cli/io.ts';
import { ARTIFACTS, launchChromium, loadHtml } from './chromium.ts';

const root = join(ARTIFACTS, '..');
const silent = { ...nodeIo(), out: () => {}, cwd: root };
if ((await main(['demo'], silent)) !== 0) throw new Error('paicha demo failed');

const browser = await launchChromium();
try {
  const page = await readFile(join(root, 'out', 'paicha-demo.paicha.html'), 'utf8');
  const { sheets } = await loadFiles([join(root, 'out', 'paicha-demo.xlsx')]);
  const sidebar = renderDashboard(tallyWorkbook(sheets, { asOf: DEMO_DAY, tzOffsetMinutes: 0 }), DEMO_DAY, 'zh-Hans', 'sidebar');
  for (const [html, width, name] of [
    [page, 760, 'dashboard.png'],
    [sidebar, 300, 'dashboard-sidebar.png'],
  ] as const) {
    const { page: p, requests, errors } = await loadHtml(browser, html, width);
    if (requests.length + errors.length > 0) throw new Error(`the page made requests or errors: ${[...requests, ...errors].join('; ')}`);
    await p.screenshot({ path: join(root, 'docs', name), fullPage: true });
    process.stdout.write(`docs/${name}\n`);
  }
} finally {
  await browser.close();
}
