import type { Status } from '../cells/status.ts';
import type { ProblemCollector } from '../problems/collector.ts';
import { groupKey } from '../cells/keys.ts';
import { fieldIndex, type FieldValues } from '../table/read-rows.ts';
import type { MappedColumn } from '../table/locate.ts';
import { householdColumns, type HouseholdRecord } from './households.ts';

export type RuleContext = {
  readonly sheet: string;
  readonly asOf: string | undefined;
  readonly columns: readonly MappedColumn[];
  readonly problems: ProblemCollector;
};

const letterOf = (ctx: RuleContext, field: string) => ctx.columns.find((c) => c.field === field)?.letter ?? '';

const F = fieldIndex(householdColumns);

// Compound names repeat down a sheet: each distinct one is folded to its key once (as the donation
// tally does for its labels), not on every row.
const KEY_CACHE_LIMIT = 4096;
const compoundKeys = new WeakMap<RuleContext, Map<string, string>>();

function compoundKeyOf(compound: string, ctx: RuleContext): string {
  let keys = compoundKeys.get(ctx);
  if (!keys) compoundKeys.set(ctx, (keys = new Map()));
  let key = keys.get(compound);
  if (key === undefined) {
    key = groupKey(compound);
    if (keys.size < KEY_CACHE_LIMIT) keys.set(compound, key);
  }
  return key;
}

const nonEmpty = (v: unknown): v is string => v !== undefined && v !== '';

/**
 * A parsed row → a household record, with the cross-field rules checked. Returns undefined when the
 * row cannot be counted (its dwelling is unknown); the failed cells already carry error problems.
 */
export function toHousehold(rec: FieldValues, row: number, failed: readonly string[], ctx: RuleContext): HouseholdRecord | undefined {
  // The parts of a dwelling's identity: without all of them valid the row cannot be counted. A failed
  // cell has no value in rec, so only a failed unit (which may be blank) needs the list.
  const compound = rec[F.compound];
  const building = rec[F.building];
  const room = rec[F.room];
  if (!nonEmpty(compound) || !nonEmpty(building) || !nonEmpty(room)) return undefined;
  if (failed.length > 0 && failed.includes('unit')) return undefined;
  const h: HouseholdRecord = {
    row,
    group: (rec[F.group] as string | undefined) ?? '',
    compound,
    compoundKey: compoundKeyOf(compound, ctx),
    building,
    unit: (rec[F.unit] as string | undefined) ?? '',
    room,
    head: rec[F.head] as string | undefined,
    phone: rec[F.phone] as string | undefined,
    residents: rec[F.residents] as number | undefined,
    status: (rec[F.status] as Status | undefined) ?? 'pending',
    attempts: (rec[F.attempts] as number | undefined) ?? 0,
    lastVisit: rec[F.lastVisit] as string | undefined,
  };
  checkRules(h, ctx);
  return h;
}

function checkRules(h: HouseholdRecord, ctx: RuleContext): void {
  const sheet = ctx.sheet;
  const row = h.row;
  if (h.lastVisit !== undefined && ctx.asOf !== undefined && h.lastVisit > ctx.asOf) {
    ctx.problems.add({ sheet, row, code: 'rule', severity: 'warning', column: letterOf(ctx, 'lastVisit'), field: 'lastVisit', value: h.lastVisit, params: { rule: 'future-date', asOf: ctx.asOf } });
  }
  if (h.status === 'vacant' && h.residents !== undefined && h.residents > 0) {
    ctx.problems.add({ sheet, row, code: 'rule', severity: 'warning', column: letterOf(ctx, 'residents'), field: 'residents', value: String(h.residents), params: { rule: 'vacant-residents' } });
  }
  if (h.residents !== undefined && h.residents > 30) {
    ctx.problems.add({ sheet, row, code: 'range', severity: 'warning', column: letterOf(ctx, 'residents'), field: 'residents', value: String(h.residents), params: { expected: '0–30' } });
  }
  if (h.status === 'verified_way_unknown') ctx.problems.add({ sheet, row, code: 'rule', severity: 'info', column: letterOf(ctx, 'status'), field: 'status', value: '', params: { rule: 'way-unknown' } });
  if ((h.status === 'visited' || h.status === 'phoned') && h.attempts === 0 && ctx.columns.some((c) => c.field === 'attempts')) {
    // A verified dwelling was reached at least once; 0 is usually a cell left at its default.
    ctx.problems.add({ sheet, row, code: 'rule', severity: 'info', column: letterOf(ctx, 'attempts'), field: 'attempts', value: '0', params: { rule: 'verified-no-attempts' } });
  }
}
