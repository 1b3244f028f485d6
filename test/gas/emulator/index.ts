// The Apps Script runtime emulator used by the add-on tests. Entry file: wiring only.
export { createEmulator, Emulator, GLOBAL_NAMES, UNTITLED_PROJECT, type EmulatorOptions, type GlobalName } from './emulator.ts';
export { NEW_FILE_CODE, NEW_PROJECT_MANIFEST, ScriptEditor } from './editor.ts';
export { loadBundle, loadScripts, Runtime, type CallOptions, type Execution, type LoadOptions, type Manifest } from './runtime.ts';
export type { ScriptFile } from './files.ts';
export {
  AuthMode,
  Button,
  ButtonSet,
  ChartType,
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  type AuthModeName,
  type ButtonName,
  type ButtonSetName,
} from './enums.ts';
export { DEFAULT_COST, EXECUTION_LIMIT_MS, SIMPLE_TRIGGER_LIMIT_MS, type CostModel } from './meter.ts';
export { FORBIDDEN_GLOBALS, type IcuMode, type Realm } from './realm.ts';
export { dateInZone } from './datetime.ts';
export type { DialogRecord, LogRecord, MenuItemRecord, MenuRecord, UiResponse } from './env.ts';
export type {
  MetadataSeed,
  SeedCell,
  SeedValue,
  SheetSeed,
  SheetSnapshot,
  SnapshotValue,
  SpreadsheetSeed,
  SpreadsheetSnapshot,
} from './snapshot.ts';
