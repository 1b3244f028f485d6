// Cells that name one of a few things (人员类别, 管控措施, 营业状态): a table of words per code, read in
// both scripts after folding width, case, spaces and punctuation. A cell must be made wholly of known
// words and fillers; anything else is not a guess but an `enum` problem.
import { toSimplifiedText } from './keys.ts';
import type { Cell } from './result.ts';
import { cleanText } from './text.ts';

/** Codes with their words, space-separated (see status-words.ts for why strings). */
export type WordTable<C extends string> = readonly (readonly [C, string])[];

type Built<C extends string> = { readonly words: ReadonlyMap<string, C | ''>; readonly longest: number };

const PUNCTUATION = /[()[\]{}<>《》【】「」『』"'“”‘’、,，。.．:;：；!！~～·\-_—–…/\\|+*#=\s]/g;

/** A cell's text as the tables match it: Simplified, lower-case, no spaces or punctuation. */
export function wordKey(raw: string): string {
  return toSimplifiedText(cleanText(raw)).toLowerCase().replace(PUNCTUATION, '');
}

/**
 * A reader for one table: the codes a cell's words name, in the order they appear, or undefined when
 * the cell holds anything else. Built on first use (Apps Script runs module scope on every click).
 */
export function wordReader<C extends string>(table: WordTable<C>, fillers: string): (raw: Cell) => C[] | undefined {
  let built: Built<C> | undefined;
  const build = (): Built<C> => {
    const words = new Map<string, C | ''>();
    for (const w of fillers.split(' ')) if (w !== '') words.set(w, '');
    for (const [code, list] of table) for (const w of list.split(' ')) words.set(w, code);
    return { words, longest: Math.max(...[...words.keys()].map((w) => w.length)) };
  };
  return (raw: Cell): C[] | undefined => {
    if (typeof raw !== 'string') return undefined;
    const key = wordKey(raw);
    if (key === '' || key.length > 60) return undefined;
    const b = (built ??= build());
    const codes: C[] = [];
    // Longest word first at each place: 暂停营业 is one word, not 暂停 + 营业.
    for (let i = 0; i < key.length; ) {
      let len = Math.min(b.longest, key.length - i);
      for (; len > 0; len--) {
        const code = b.words.get(key.slice(i, i + len));
        if (code === undefined) continue;
        if (code !== '') codes.push(code);
        break;
      }
      if (len === 0) return undefined;
      i += len;
    }
    return codes.length > 0 ? codes : undefined;
  };
}

/** Of the codes a cell names, the one that comes first in the table. */
export function firstInTable<C extends string>(table: WordTable<C>, codes: readonly C[]): C {
  for (const [code] of table) if (codes.includes(code)) return code;
  return codes[0]!;
}
