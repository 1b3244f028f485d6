// The add-on's script files as a person pastes them and clasp pushes them (src/build/addon.ts writes
// them). Named here because the 帮助/关于 dialog tells how to replace them and the add-on opens the
// .html ones by name.
export const MAIN_FILE = 'paicha.gs';
export const CORE_FILE = 'paicha-core.gs';
export const MANIFEST_FILE = 'appsscript.json';
/** The 看板 sidebar's page (HtmlService.createTemplateFromFile takes its name without ".html"). */
export const DASHBOARD_FILE = 'dashboard.html';
/** The template variable (template.model = …) that dashboard.html force-prints as JSON. */
export const DASHBOARD_MODEL_VAR = 'model';
/** The 帮助/关于 dialog's page, in every locale. */
export const HELP_FILE = 'help.html';
/** The template variable (template.locale = …) that picks the locale's part of help.html. */
export const HELP_LOCALE_VAR = 'locale';
