// Characters a cell can hold that nobody sees: spaces of every kind, and format characters pasted in
// from chat apps, web pages and published ledgers (zero-width, soft hyphen, bidi marks, BOM). One table,
// so that "blank", "clean text" and "the first visible character" agree.
const SPACE_CLASS = '\\s\\u00a0\\u3000';
const FORMAT_CLASS = '\\u00ad\\u061c\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2069\\ufeff';

/** Format characters, removed from text. */
export const FORMAT_CHARS = new RegExp(`[${FORMAT_CLASS}]`, 'g');
/** Runs of spaces, collapsed to one. */
export const SPACE_RUNS = new RegExp(`[${SPACE_CLASS}]+`, 'g');
/** Only invisible characters, or nothing. */
export const INVISIBLE_ONLY = new RegExp(`^[${SPACE_CLASS}${FORMAT_CLASS}]*$`);
/** Leading invisible characters. */
export const LEADING_INVISIBLE = new RegExp(`^[${SPACE_CLASS}${FORMAT_CLASS}]+`);

/** True when the character code is surely visible: the common case, decided without a regex. */
export const surelyVisible = (c: number): boolean => (c > 0x20 && c < 0x7f) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff01 && c <= 0xff5e);
