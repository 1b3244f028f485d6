import { cleanText } from '../cells/text.ts';
import { toSimplifiedText } from '../cells/keys.ts';

// A tie between spellings goes to the clean Simplified one, then to the smaller text: never to row order.
const tidy = (s: string): number => (toSimplifiedText(s) === s ? 0 : 1) + (cleanText(s) === s ? 0 : 2);

/** Counts the spellings of one key and shows the one most rows use. */
export class Spellings {
  private readonly counts = new Map<string, Map<string, number>>();

  /** Counts `rows` more rows (one by default) spelling `key` as `spelling`. */
  add(key: string, spelling: string, rows = 1): void {
    let m = this.counts.get(key);
    if (!m) this.counts.set(key, (m = new Map()));
    m.set(spelling, (m.get(spelling) ?? 0) + rows);
  }

  shown(key: string): string {
    const m = this.counts.get(key);
    if (!m) return key;
    let best = '';
    let n = -1;
    for (const [s, c] of m) {
      if (c > n || (c === n && (tidy(s) < tidy(best) || (tidy(s) === tidy(best) && s < best)))) {
        best = s;
        n = c;
      }
    }
    return best;
  }
}

// Other registers' tallies import it from here too.
export { comparePlace } from '../places/order.ts';
