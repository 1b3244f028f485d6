// What the three validate + tally paths must agree on, so the bench compares runs that did the same job.
import type { Status } from '../../lib/cells/status.ts';
import type { Cell } from '../../lib/cells/result.ts';
import { isBlank } from '../../lib/cells/result.ts';
import type { TallyResult } from '../../lib/result.ts';

export type Summary = {
  households: number;
  verified: number;
  byStatus: Record<Status, number>;
  compounds: number;
  groups: number;
  buildings: number;
  /** Problems counted (not only listed), every severity. */
  problems: number;
};

export const summaryOf = (r: TallyResult): Summary => ({
  households: r.households.total,
  verified: r.households.verified,
  byStatus: r.households.byStatus,
  compounds: r.households.byCompound.length,
  groups: r.households.byGroup.length,
  buildings: r.households.byBuilding.length,
  problems: r.problems.errors + r.problems.warnings + r.problems.infos,
});

// The generated registers have a header in row 1 and columns in this order (examples/households.ts).
export const COL = {
  group: 0,
  compound: 1,
  building: 2,
  unit: 3,
  room: 4,
  head: 5,
  phone: 6,
  residents: 7,
  status: 8,
  attempts: 9,
  lastVisit: 10,
  notes: 11,
} as const;

const TOTAL_WORD = /^\s*(合计|总计|共计|小计|合計|總計)/;

/** What a hand-written loop checks before a row: blank rows and a 合计 row are not data. */
export function skipRow(row: readonly Cell[]): boolean {
  const first = row[0];
  if (typeof first === 'string' && first !== '' && TOTAL_WORD.test(first)) return true;
  for (let i = 0; i < row.length; i++) if (!isBlank(row[i])) return false;
  return true;
}
