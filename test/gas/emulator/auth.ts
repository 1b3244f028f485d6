// Which emulated calls an authorization mode allows, and which OAuth scopes a call needs.
//
// Modes (https://developers.google.com/apps-script/reference/script/auth-mode and the add-on
// lifecycle guide, https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle):
//   NONE            onOpen of an add-on not yet used in this document: no service that needs
//                   authorization, no access to the document; building the add-on menu is allowed.
//   LIMITED         simple triggers (onOpen/onEdit) of a bound script or an enabled add-on: the bound
//                   document may be read and changed; nothing that needs the user's authorization.
//   CUSTOM_FUNCTION custom functions: read-only spreadsheet access.
//   FULL            everything the manifest's scopes allow.
// Scopes per method are the "Authorization" sections of each reference page, e.g.
// https://developers.google.com/apps-script/reference/spreadsheet/range#getValues() lists
// spreadsheets.currentonly || spreadsheets; https://developers.google.com/apps-script/reference/base/session#getActiveUser()
// lists userinfo.email; Ui dialogs need script.container.ui.
import type { AuthModeName } from './enums.ts';

/** What a call touches; decides both the mode check and the scope check. */
export type Access = 'local' | 'menu' | 'read' | 'write' | 'storage' | 'ui' | 'user' | 'open';

const SHEETS_SCOPES = ['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/spreadsheets'] as const;
const SCOPES: Readonly<Record<Access, readonly string[]>> = {
  local: [],
  menu: [],
  storage: [],
  read: SHEETS_SCOPES,
  write: SHEETS_SCOPES,
  open: ['https://www.googleapis.com/auth/spreadsheets'],
  ui: ['https://www.googleapis.com/auth/script.container.ui'],
  user: ['https://www.googleapis.com/auth/userinfo.email'],
};

const ALLOWED: Readonly<Record<AuthModeName, ReadonlySet<Access>>> = {
  NONE: new Set(['local', 'menu']),
  CUSTOM_FUNCTION: new Set(['local', 'read', 'storage']),
  // 'user' is allowed but answers with an empty email (base.ts), as Session.getActiveUser documents.
  LIMITED: new Set(['local', 'menu', 'read', 'write', 'storage', 'user']),
  FULL: new Set(['local', 'menu', 'read', 'write', 'storage', 'ui', 'user', 'open']),
};

/** The service a class belongs to, as `serviceOf` reports it and call budgets group it. */
export const SERVICE_OF: Readonly<Record<string, string>> = {
  SpreadsheetApp: 'SpreadsheetApp',
  Spreadsheet: 'SpreadsheetApp',
  Sheet: 'SpreadsheetApp',
  Range: 'SpreadsheetApp',
  DeveloperMetadata: 'SpreadsheetApp',
  DeveloperMetadataFinder: 'SpreadsheetApp',
  DeveloperMetadataLocation: 'SpreadsheetApp',
  EmbeddedChartBuilder: 'SpreadsheetApp',
  EmbeddedChart: 'SpreadsheetApp',
  ContainerInfo: 'SpreadsheetApp',
  ChartOptions: 'SpreadsheetApp',
  ConditionalFormatRuleBuilder: 'SpreadsheetApp',
  ConditionalFormatRule: 'SpreadsheetApp',
  Ui: 'Ui',
  Menu: 'Ui',
  PromptResponse: 'Ui',
  HtmlService: 'HtmlService',
  HtmlOutput: 'HtmlService',
  HtmlTemplate: 'HtmlService',
  PropertiesService: 'PropertiesService',
  Properties: 'PropertiesService',
  LockService: 'LockService',
  Lock: 'LockService',
  Session: 'Session',
  User: 'Session',
  ScriptApp: 'ScriptApp',
  AuthorizationInfo: 'ScriptApp',
  Utilities: 'Utilities',
  Blob: 'Utilities',
  Logger: 'Logger',
  console: 'console',
};

const KIND_ACCESS: Readonly<Record<string, Access>> = {
  Spreadsheet: 'read',
  Sheet: 'read',
  Range: 'read',
  DeveloperMetadata: 'read',
  DeveloperMetadataFinder: 'read',
  DeveloperMetadataLocation: 'read',
  EmbeddedChart: 'read',
  ContainerInfo: 'local',
  ChartOptions: 'local',
  EmbeddedChartBuilder: 'local',
  ConditionalFormatRuleBuilder: 'local',
  ConditionalFormatRule: 'local',
  Ui: 'ui',
  Menu: 'menu',
  PromptResponse: 'local',
  PropertiesService: 'storage',
  Properties: 'storage',
  LockService: 'storage',
  Lock: 'storage',
};

const METHOD_ACCESS: Readonly<Record<string, Access>> = {
  'SpreadsheetApp.getActiveSpreadsheet': 'read',
  'SpreadsheetApp.getActive': 'read',
  'SpreadsheetApp.getActiveSheet': 'read',
  'SpreadsheetApp.getActiveRange': 'read',
  'SpreadsheetApp.openById': 'open',
  'SpreadsheetApp.openByUrl': 'open',
  'SpreadsheetApp.flush': 'write',
  'Ui.createMenu': 'menu',
  'Ui.createAddonMenu': 'menu',
  'Session.getActiveUser': 'user',
  'Session.getEffectiveUser': 'user',
  'Spreadsheet.toast': 'write',
};

// Changes to the document are told apart by verb; everything else on a document class is a read.
const WRITE_VERB =
  /^(set|insert|delete|clear|add|remove|hide|show|activate|auto|append|update|toast|sort|merge|copy|move|rename|flush|protect|duplicate)/;

export function accessOf(kind: string, method: string): Access {
  const explicit = METHOD_ACCESS[`${kind}.${method}`];
  if (explicit) return explicit;
  const base = KIND_ACCESS[kind] ?? 'local';
  return base === 'read' && WRITE_VERB.test(method) ? 'write' : base;
}

export interface AuthState {
  mode: AuthModeName;
  /** The manifest's oauthScopes; undefined means "whatever the code uses" (no explicit list). */
  scopes: ReadonlySet<string> | undefined;
}

/**
 * The message Apps Script gives when a call is refused, or undefined when it is allowed. The wording
 * follows what Apps Script prints, e.g. "You do not have permission to call
 * SpreadsheetApp.getActiveSpreadsheet. Required permissions: (…currentonly || …spreadsheets)".
 */
export function refusal(state: AuthState, kind: string, method: string): string | undefined {
  const access = accessOf(kind, method);
  const scopes = SCOPES[access];
  const modeAllows = ALLOWED[state.mode].has(access);
  // Declared scopes only bound authorized (FULL) runs; the other modes are bounded by the mode.
  const scopeAllows = state.mode !== 'FULL' || !state.scopes || scopes.length === 0 || scopes.some((s) => state.scopes?.has(s));
  if (modeAllows && scopeAllows) return undefined;
  if (scopes.length === 0) return 'Authorization is required to perform that action.';
  const required = scopes.length === 1 ? scopes[0] : `(${scopes.join(' || ')})`;
  return (
    `You do not have permission to call ${kind}.${method}. Required permissions: ${required}. ` +
    'For more information, see https://developers.google.com/apps-script/guides/support/troubleshooting#authorization-is-required'
  );
}

export const isLocal = (kind: string, method: string): boolean => {
  const a = accessOf(kind, method);
  return a === 'local' || a === 'menu';
};

/**
 * The scopes Apps Script asks for when the manifest lists none: it scans the code's text, comments
 * included ("Code that is commented out can still generate an authorization request"), and a JSDoc
 * @OnlyCurrentDoc narrows Sheets access to the bound spreadsheet (@NotOnlyCurrentDoc undoes it).
 * https://developers.google.com/apps-script/guides/services/authorization — only the services this
 * emulator has are recognized.
 */
export function inferScopes(sources: readonly string[]): Set<string> {
  const code = sources.join('\n');
  const scopes = new Set<string>();
  if (/\bSpreadsheetApp\b/.test(code)) {
    const current = /@OnlyCurrentDoc\b/.test(code) && !/@NotOnlyCurrentDoc\b/.test(code);
    scopes.add(SHEETS_SCOPES[current ? 0 : 1]);
  }
  if (/\bgetUi\b|\bHtmlService\b/.test(code)) scopes.add(SCOPES.ui[0]!);
  if (/\bSession\.get(Active|Effective)User\b/.test(code)) scopes.add(SCOPES.user[0]!);
  return scopes;
}
