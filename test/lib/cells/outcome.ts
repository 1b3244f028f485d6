import type { Parsed } from '../../../lib/cells/result.ts';

/** A parse result flattened for one-line tables: the value, or '!code' for a failure. */
export const outcome = <T>(p: Parsed<T>): T | string => (p.ok ? p.value : `!${p.code}`);

/** A failure with its suggestion, e.g. '!format→5000'; a value as is. */
export const advice = <T>(p: Parsed<T>): T | string =>
  p.ok ? p.value : p.suggestion === undefined ? `!${p.code}` : `!${p.code}→${p.suggestion}`;
