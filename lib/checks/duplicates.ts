import type { WhatId } from '../i18n/words.ts';
import type { Emitter, ProblemSink } from '../problems/collector.ts';

// One thing entered twice (a dwelling, a receipt number, a shop on one day) is counted once: the
// second row is a `duplicate` error naming both rows, and which row counts is chosen by content, never
// by position, so the tally does not depend on row order.

export const duplicates = { id: 'duplicates', codes: ['duplicate'] } as const satisfies Emitter<'duplicate'>;

/** A record's first row (for the report) and the record that counts, with its sheet. */
export type FirstSeen<R> = { readonly sheet: string; readonly row: number; readonly record: R; readonly recordSheet: string };

/** Records by identity, across every sheet of one workbook, in the order first seen. */
export interface IdentityIndex<R> {
  /** The identity of r as seen so far, or undefined when r is its first row. */
  get(r: R): FirstSeen<R> | undefined;
  /** Records r, on its sheet, as the first row of an identity not seen before. */
  add(r: R, sheet: string): void;
  /** Makes r, on its sheet, the record that counts for its identity; the first row stays the first. */
  replace(r: R, sheet: string): void;
  /** Every identity's counted record and its sheet, in the order first seen. */
  forEach(fn: (record: R, sheet: string) => void): void;
}

/** How a dataset knows two rows are one thing, and which counts. */
export type Identity<R> = {
  /** What the duplicate problem calls it (a key of lib/i18n's WHAT). */
  readonly what: WhatId;
  /** The field whose cell the problem points at. */
  readonly field: string;
  /** The value the problem shows: the identity as the volunteer reads it. */
  readonly shown: (r: R) => string;
  /** Of two records of one identity, the one that counts: by content, never by position. */
  readonly prefer: (a: R, b: R) => R;
};

type Entry<R> = { sheet: string; row: number; record: R; recordSheet: string };

/** An IdentityIndex over a text key (a receipt number, a folded name): one map entry an identity. */
export class KeyedIndex<R extends { readonly row: number }> implements IdentityIndex<R> {
  private readonly entries = new Map<string, Entry<R>>();

  constructor(private readonly key: (r: R) => string) {}

  get(r: R): FirstSeen<R> | undefined {
    return this.entries.get(this.key(r));
  }

  add(r: R, sheet: string): void {
    this.entries.set(this.key(r), { sheet, row: r.row, record: r, recordSheet: sheet });
  }

  replace(r: R, sheet: string): void {
    const e = this.entries.get(this.key(r));
    if (!e) return this.add(r, sheet);
    e.record = r;
    e.recordSheet = sheet;
  }

  forEach(fn: (record: R, sheet: string) => void): void {
    for (const e of this.entries.values()) fn(e.record, e.recordSheet);
  }
}

/**
 * Admits r into the index: true when it is the first row of its identity. Otherwise r repeats one:
 * a `duplicate` problem names both rows, the preferred record counts, and the answer is false.
 */
export function admit<R extends { readonly row: number }>(
  index: IdentityIndex<R>,
  identity: Identity<R>,
  r: R,
  at: { readonly sheet: string; readonly column: string },
  problems: ProblemSink<'duplicate'>,
): boolean {
  const first = index.get(r);
  if (!first) {
    index.add(r, at.sheet);
    return true;
  }
  problems.add({
    sheet: at.sheet,
    row: r.row,
    column: at.column,
    field: identity.field,
    code: 'duplicate',
    value: identity.shown(r),
    params: { firstRow: first.row, firstSheet: first.sheet, what: identity.what },
  });
  if (identity.prefer(r, first.record) === r) index.replace(r, at.sheet);
  return false;
}
