// Control characters in cells — terminal escape sequences (ESC [2J clears a screen, ESC ]0;…BEL
// retitles a window), other C0 and C1 controls, and the bidi controls that reorder what a reader sees
// (U+202E shows 'gpj.exe' as 'exe.jpg') — are shown as visible \uXXXX escapes wherever paicha prints or
// writes text a volunteer typed. The \uXXXX form is JSON's own, so escaping JSON text keeps it valid.

// C0 but tab and line feed, DEL, C1, the Arabic letter mark, LRM/RLM, the line and paragraph
// separators, the bidi embeddings and overrides (U+202A–E) and isolates (U+2066–9).
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;
const CONTROL_ONE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;

const uEscape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Text with every control character replaced by its visible \uXXXX escape. */
export function showControls(text: string): string {
  return CONTROL_ONE.test(text) ? text.replace(CONTROL, uEscape) : text;
}

// The controls a cell must not hold as data (tab, line feed and carriage return are typed with
// Alt+Enter and pasted text; the bidi marks are invisible formatting that cleanText removes).
const CELL_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** True when a cell's text holds a C0 or C1 control character other than tab, LF and CR. */
export function hasCellControls(text: string): boolean {
  return CELL_CONTROL.test(text);
}
