// The idiomatic zod way to do tallyWorkbook's job on one known layout (COL): `safeParse` per row on a
// tuple schema whose cells are read by paicha's own cell parsers inside `.transform` — zod's own
// coercions cannot read 十二号楼, 3人, 入戶登記 or 2月3日, so a schema doing the same job must call the
// same parsers, and the comparison measures what zod adds around them (and what per-value caching
// saves). Blank cells become undefined in `z.preprocess`; a bad cell adds a custom issue carrying
// paicha's problem code. Cells whose failure still leaves the row countable (phone, counts, status,
// date) use `.catch`, zod's documented fallback, and hand their issues to the problem list. The
// records then go through the core's own Dwellings and HouseholdTallier: only validation differs.
import { z } from 'zod';
import { formulaError } from '../../lib/cells/formula-error.ts';
import { groupKey } from '../../lib/cells/keys.ts';
import { isBlank, type Cell, type Parsed } from '../../lib/cells/result.ts';
import type { Status } from '../../lib/cells/status.ts';
import { preferredRow, type HouseholdRecord } from '../../lib/datasets/households/record.ts';
import { kinds, type CellKind, type KindValue, type ParseContext } from '../../lib/columns/kinds.ts';
import { Dwellings } from '../../lib/datasets/households/dwellings.ts';
import { HouseholdTallier } from '../../lib/datasets/households/tally.ts';
import { COL, skipRow, type Summary } from './summary.ts';

type Found = { row: number; path: PropertyKey; code: string };

// Counts every problem and lists the first few, as the core's collector does.
class Problems {
  count = 0;
  readonly listed: Found[] = [];
  add(f: Found): void {
    this.count++;
    if (this.listed.length < 5000) this.listed.push(f);
  }
}

function householdRowSchema(o: { asOf: string; year: number }, found: Problems, at: { row: number }) {
  const ctx: ParseContext = { year: o.year, tzOffsetMinutes: 480, unitScale: 1 };
  const cell = <K extends CellKind>(kind: K) => {
    const parse = kinds[kind] as (raw: Cell, ctx: ParseContext) => Parsed<KindValue<K>>;
    return z.union([z.string(), z.number(), z.boolean(), z.date()]).transform((raw, c) => {
      if (formulaError(raw) !== undefined) {
        c.addIssue({ code: 'custom', message: 'formula-error', params: { code: 'formula-error', expected: kind }, input: raw });
        return z.NEVER;
      }
      const r: Parsed<KindValue<K>> = parse(raw, ctx);
      if (r.ok) return r.value;
      c.addIssue({ code: 'custom', message: r.code, params: { code: r.code, expected: r.expected }, input: raw });
      return z.NEVER;
    });
  };
  const blankToUndefined = (v: unknown): unknown => (isBlank(v as Cell) ? undefined : v);
  const required = <K extends CellKind>(kind: K) => z.preprocess(blankToUndefined, cell(kind));
  const optional = <K extends CellKind>(kind: K) => z.preprocess(blankToUndefined, cell(kind).optional());
  const tolerant = <K extends CellKind>(kind: K, column: number) =>
    optional(kind).catch((c) => {
      for (const issue of c.issues) found.add({ row: at.row, path: column, code: codeOf(issue) });
      return undefined;
    });
  const warn = (column: number, code: string): void => void found.add({ row: at.row, path: column, code });

  return z
    .tuple([
      optional('key'),
      required('key'),
      required('building'),
      optional('unit'),
      required('room'),
      optional('text'),
      tolerant('phone', COL.phone),
      tolerant('integer', COL.residents),
      tolerant('status', COL.status),
      tolerant('integer', COL.attempts),
      tolerant('date', COL.lastVisit),
      optional('text'),
    ])
    .transform(([group, compound, building, unit, room, head, phone, residents, status, attempts, lastVisit]): HouseholdRecord => {
      const h: HouseholdRecord = {
        row: at.row,
        group: group ?? '',
        compound,
        compoundKey: groupKey(compound),
        building,
        unit: unit ?? '',
        room,
        head,
        phone,
        residents,
        status: (status as Status | undefined) ?? 'pending',
        attempts: attempts ?? 0,
        lastVisit,
      };
      if (lastVisit !== undefined && lastVisit > o.asOf) warn(COL.lastVisit, 'rule');
      if (h.status === 'vacant' && residents !== undefined && residents > 0) warn(COL.residents, 'rule');
      if (residents !== undefined && residents > 30) warn(COL.residents, 'range');
      if ((h.status === 'visited' || h.status === 'phoned') && h.attempts === 0) warn(COL.attempts, 'rule');
      return h;
    });
}

// A blank required cell fails the union (`invalid_union` on undefined): that is paicha's `required`.
const codeOf = (issue: { code: string; params?: unknown }): string =>
  issue.code === 'custom' ? String((issue.params as { code?: string } | undefined)?.code ?? 'custom') : 'required';

export function zodTally(values: readonly (readonly Cell[])[], o: { asOf: string; year: number }): Summary {
  const found = new Problems();
  const at = { row: 0 };
  const schema = householdRowSchema(o, found, at);
  const seen = new Dwellings();
  let duplicates = 0;
  for (let i = 1; i < values.length; i++) {
    const row = values[i]!;
    if (skipRow(row)) continue;
    at.row = i + 1;
    const parsed = schema.safeParse(row);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) found.add({ row: at.row, path: issue.path[0] ?? '', code: codeOf(issue) });
      continue;
    }
    const h = parsed.data;
    const first = seen.get(h);
    if (first) {
      duplicates++;
      if (preferredRow(h, first.record) === h) seen.replace(h, 'households');
      continue;
    }
    seen.add(h, 'households');
  }
  const tallier = new HouseholdTallier();
  seen.forEach((record, sheet) => tallier.add(record, sheet));
  const t = tallier.result();
  return {
    households: t.total,
    verified: t.verified,
    byStatus: t.byStatus,
    compounds: t.byCompound.length,
    groups: t.byGroup.length,
    buildings: t.byBuilding.length,
    problems: found.count + duplicates,
  };
}
