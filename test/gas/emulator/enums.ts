// Apps Script enums. Each value is an object whose toString() and name() give its name, so both
// `e.authMode === ScriptApp.AuthMode.NONE` and `e.authMode == 'NONE'` hold, as they do in Apps Script.
// https://developers.google.com/apps-script/reference/script/auth-mode

export interface EnumValue<N extends string = string> {
  name(): N;
  ordinal(): number;
  toString(): N;
  toJSON(): N;
}

export type Enum<N extends string> = { readonly [K in N]: EnumValue<K> };

export function makeEnum<const N extends string>(names: readonly N[]): Enum<N> {
  const out: Partial<Record<N, EnumValue>> = {};
  names.forEach((n, i) => {
    out[n] = Object.freeze({ name: () => n, ordinal: () => i, toString: () => n, toJSON: () => n });
  });
  return Object.freeze(out) as Enum<N>;
}

/** The name of an enum value, or of a string naming one; undefined for anything else. */
export function enumName(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && typeof (value as EnumValue).name === 'function') {
    return (value as EnumValue).name();
  }
  return undefined;
}

export const AuthMode = makeEnum(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
export type AuthModeName = keyof typeof AuthMode;

export const AuthorizationStatus = makeEnum(['REQUIRED', 'NOT_REQUIRED']);

// https://developers.google.com/apps-script/reference/base/button
export const Button = makeEnum(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);
export type ButtonName = keyof typeof Button;
// https://developers.google.com/apps-script/reference/base/button-set
export const ButtonSet = makeEnum(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);
export type ButtonSetName = keyof typeof ButtonSet;

// https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-visibility
export const DeveloperMetadataVisibility = makeEnum(['DOCUMENT', 'PROJECT']);
export type VisibilityName = keyof typeof DeveloperMetadataVisibility;
// https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-location-type
export const DeveloperMetadataLocationType = makeEnum(['SPREADSHEET', 'SHEET', 'ROW', 'COLUMN']);
export type LocationTypeName = keyof typeof DeveloperMetadataLocationType;

// https://developers.google.com/apps-script/reference/charts/chart-type
export const ChartType = makeEnum([
  'TIMELINE',
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'RADAR',
  'LINE',
  'ORG',
  'PIE',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TREEMAP',
  'WATERFALL',
]);
export const ChartPosition = makeEnum(['TOP', 'RIGHT', 'BOTTOM', 'NONE']);

export const SandboxMode = makeEnum(['EMULATED', 'IFRAME', 'NATIVE']);
export const XFrameOptionsMode = makeEnum(['ALLOWALL', 'DEFAULT']);
export const Charset = makeEnum(['US_ASCII', 'UTF_8']);
