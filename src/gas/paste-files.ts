// The add-on's script files as a person pastes them and clasp pushes them (src/build/addon.ts writes
// them). Named here because the 帮助/关于 dialog tells how to replace them.
export const MAIN_FILE = 'paicha.gs';
export const CORE_FILE = 'paicha-core.gs';
export const MANIFEST_FILE = 'appsscript.json';
