// The paste-in files' names and how to paste them: shared by the build (README.txt) and
// `paicha addon` (its output). No esbuild here: the installed CLI imports this.
import { PASTE_WORDS as W } from '../../lib/i18n/paste.ts';
import { fill, type Locale } from '../../lib/i18n/locale.ts';
import { menuLabel, PROJECT_NAME } from '../gas/menu-items.ts';
import { CORE_FILE, DASHBOARD_FILE, HELP_FILE, MAIN_FILE, MANIFEST_FILE } from '../gas/paste-files.ts';

export { CORE_FILE, DASHBOARD_FILE, HELP_FILE, MAIN_FILE, MANIFEST_FILE };
export const README_FILE = 'README.txt';

/** What a person pastes, in the order the steps give: the scripts, the pages, then the manifest. */
export const PASTED_FILES = [MAIN_FILE, CORE_FILE, DASHBOARD_FILE, HELP_FILE, MANIFEST_FILE] as const;

/** Every file the build writes. */
export const ADDON_FILE_NAMES = [...PASTED_FILES, README_FILE] as const;

export const kilobytes = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** One line per file: name and size. */
export function sizeTable(files: readonly { name: string; bytes: number }[]): string {
  const width = Math.max(...files.map((f) => f.name.length));
  return files.map((f) => `  ${f.name.padEnd(width)}  ${kilobytes(f.bytes).padStart(9)}`).join('\n');
}

/** The paste steps in one locale, headed by their title. */
export function installText(locale: Locale): string {
  const steps = fill(W.installSteps[locale], {
    project: PROJECT_NAME,
    main: MAIN_FILE,
    mainName: MAIN_FILE.replace(/\.gs$/, ''),
    core: CORE_FILE,
    coreName: CORE_FILE.replace(/\.gs$/, ''),
    dashboard: DASHBOARD_FILE,
    dashboardName: DASHBOARD_FILE.replace(/\.html$/, ''),
    helpPage: HELP_FILE,
    helpPageName: HELP_FILE.replace(/\.html$/, ''),
    manifest: MANIFEST_FILE,
    help: menuLabel('showHelp', locale),
  });
  return `${W.installTitle[locale]}\n\n${steps}`;
}
