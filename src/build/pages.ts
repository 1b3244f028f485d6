// The add-on's .html files: pages HtmlService reads only when it shows them. Apps Script parses every
// .gs file on every execution (each menu click, each open), but an .html file only when a script calls
// HtmlService.createTemplateFromFile on it, so code that runs only in the browser belongs here
// (DESIGN.md's bundle budget; docs/decisions.md).
import { build } from 'esbuild';
import { join } from 'node:path';
import { DASHBOARD_MODEL_VAR } from '../gas/paste-files.ts';
import { MODEL_ELEMENT_ID } from '../pages/dashboard.ts';

/**
 * dashboard.html: an HtmlService template whose only scriptlet force-prints the model the server puts
 * in (src/gas/dashboard.ts, JSON escaped for a <script>), then the dashboard's renderer as a readable
 * browser script that draws it. `header` is an HTML comment saying what the file is.
 */
export async function dashboardPage(root: string, header: string, options: { minify?: boolean } = {}): Promise<string> {
  const script = await browserScript(
    root,
    `import { drawDashboard } from ${JSON.stringify(join(root, 'src', 'pages', 'dashboard.ts'))};\ndrawDashboard(document);\n`,
    options,
  );
  return [
    '<!DOCTYPE html>',
    header,
    '<html>',
    '<head><meta charset="utf-8"><base target="_top"></head>',
    '<body>',
    `<script type="application/json" id="${MODEL_ELEMENT_ID}"><?!= ${DASHBOARD_MODEL_VAR} ?></script>`,
    `<script>\n${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** One browser script, bundled as an IIFE; refused if it holds what would end it early in a template. */
async function browserScript(root: string, entry: string, options: { minify?: boolean }): Promise<string> {
  const result = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'page-entry.ts' },
    absWorkingDir: root,
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    charset: 'utf8',
    legalComments: 'none',
    minify: options.minify ?? false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  // HtmlService reads <? and ?> anywhere in the file as a scriptlet; the HTML parser ends the element at </script.
  const bad = /<\?|\?>|<\/script|<!--/i.exec(code);
  if (bad) throw new Error(`a page script may not contain ${bad[0]} (at ${bad.index}): HtmlService or the browser would cut it there`);
  return code;
}
