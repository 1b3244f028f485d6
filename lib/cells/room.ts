// Room numbers (门牌号) are text: 0301 and 301 may be different doors, so digits are kept as typed.
// Only the number cell 301 and the text '301' must meet, and 301室 / 301号 / Room 301 are the same door.
import { fail, ok, type Cell, type Parsed } from './result.ts';
import { cleanText } from './text.ts';

const DIGITS = /^\d+$/;
const ALNUM_END = /[0-9A-Z]$/;
const ROOM_PREFIXES = ['ROOM', 'RM.', 'RM', 'NO.'];
const ROOM_SUFFIXES = ['室', '号', '號', '房', '户', '戶'];

/** A room key: cleaned text, ASCII upper-cased, with a trailing 室/号/房 or a leading 'Room' removed. */
export function parseRoom(raw: Cell): Parsed<string> {
  if (typeof raw === 'number') {
    // A room is a whole number; 301.5 is a mistyped or computed cell, not a door.
    if (!Number.isSafeInteger(raw) || raw < 0) return fail('type', 'room');
    return ok(String(raw === 0 ? 0 : raw));
  }
  if (typeof raw !== 'string') return fail('type', 'room');
  const s = cleanText(raw);
  if (DIGITS.test(s)) return ok(s);
  if (s === '') return fail('format', 'room');
  let core = s.toUpperCase();
  for (const p of ROOM_PREFIXES) {
    const next = core.charCodeAt(p.length);
    // 'Room 301' but not 'Roomy'.
    if (core.startsWith(p) && !(next >= 65 && next <= 90)) {
      const rest = core.slice(p.length).trim();
      if (rest !== '') core = rest;
      break;
    }
  }
  for (const suffix of ROOM_SUFFIXES) {
    // Only after a number or letter: 301室 is room 301, 地下室 is a name.
    if (core.endsWith(suffix) && ALNUM_END.test(core.slice(0, core.length - suffix.length).trim())) {
      core = core.slice(0, core.length - suffix.length).trim();
      break;
    }
  }
  return ok(core);
}
