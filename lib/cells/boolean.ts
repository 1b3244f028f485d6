// Yes/no cells (公示, 是否…): the words and marks teams use in both scripts and English.
import { fail, ok, type Cell, type Parsed } from './result.ts';
import { cleanText } from './text.ts';

// Keys are matched after cleanText and ASCII lower-casing. A bare 'x' is left out on purpose: in a
// checklist it means "ticked", in a yes/no column it often means "no".
const WORDS: Readonly<Record<string, boolean>> = {
  是: true,
  是的: true,
  有: true,
  对: true,
  對: true,
  '✓': true,
  '✔': true,
  '√': true,
  '☑': true,
  y: true,
  yes: true,
  true: true,
  t: true,
  '1': true,
  否: false,
  不是: false,
  无: false,
  無: false,
  没有: false,
  沒有: false,
  错: false,
  錯: false,
  '✗': false,
  '✘': false,
  '×': false,
  '☐': false,
  n: false,
  no: false,
  false: false,
  f: false,
  '0': false,
};

/** A boolean from 是/否, 有/无, ✓/✗, Y/N, yes/no, true/false, 1/0 (text or number) or a checkbox. */
export function parseBoolean(raw: Cell): Parsed<boolean> {
  if (typeof raw === 'boolean') return ok(raw);
  if (typeof raw === 'number') {
    if (raw === 1) return ok(true);
    if (raw === 0) return ok(false);
    return fail('format', 'boolean');
  }
  if (typeof raw !== 'string') return fail('type', 'boolean');
  const s = cleanText(raw);
  if (s.length > 8) return fail('format', 'boolean');
  const key = s.toLowerCase();
  // Own properties only: an inherited name such as 'valueOf' is not a word.
  return Object.prototype.hasOwnProperty.call(WORDS, key) ? ok(WORDS[key] === true) : fail('format', 'boolean');
}
