// Entry of the Apps Script bundle: wires the global functions Apps Script calls. The build appends a
// top-level stub for each name in GLOBALS (Apps Script only sees top-level function declarations).
export { onOpen, onInstall } from './menu.ts';
export { checkData, tallyAll, setupSheets, showDailyReport } from './actions.ts';
export { showDashboard } from './dashboard.ts';
export { onEdit } from './live-check.ts';
export { tallyWorkbook, checkWorkbook } from './library.ts';
