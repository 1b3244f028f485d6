// The add-on's script files as a person pastes them and clasp pushes them (src/build/addon.ts writes
// them). Named here because the 帮助/关于 dialog tells how to replace them and the add-on opens the
// .html ones by name.
export const MAIN_FILE = 'paicha.gs';
export const CORE_FILE = 'paicha-core.gs';
export const MANIFEST_FILE = 'appsscript.json';
/** The 看板 sidebar's page: HtmlService.createTemplateFromFile takes the name without ".html". */
export const DASHBOARD_FILE = 'dashboard.html';
export const DASHBOARD_TEMPLATE = DASHBOARD_FILE.replace(/\.html$/, '');
/** The template variable (template.model = …) that dashboard.html force-prints as JSON. */
export const DASHBOARD_MODEL_VAR = 'model';
