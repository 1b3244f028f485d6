// Entry of the add-on: the functions Apps Script calls. The build writes a top-level stub for each
// menu item (menu-items.ts) and each name in src/build/globals.ts, since Apps Script only calls
// top-level function declarations.
export { onOpen, onInstall } from './menu.ts';
export { checkData, tallyAll, setupSheets, showDailyReport } from './actions.ts';
export { showHelp } from './help.ts';
export { showDashboard } from './dashboard.ts';
export { onEdit } from './live-check.ts';
export { tallyWorkbook, checkWorkbook } from './library.ts';
