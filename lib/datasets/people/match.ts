import type { CheckRecord } from '../checks/record.ts';
import type { PersonRecord } from './record.ts';

/** Whom a check is of: one person, nobody, or several it cannot tell apart. */
export type Match = { readonly person: PersonRecord } | { readonly person: undefined; readonly candidates: number };

/**
 * Matches checks to people (issue 15): by ID number when the check gives one, else by name; when a
 * name is shared, by the phone and then the address the check gives. Built once per tally.
 */
export class PersonMatcher {
  private readonly byId = new Map<string, PersonRecord[]>();
  private readonly byName = new Map<string, PersonRecord[]>();

  constructor(people: readonly PersonRecord[]) {
    for (const p of people) {
      if (p.idNumber !== undefined) push(this.byId, p.idNumber, p);
      push(this.byName, p.nameKey, p);
    }
  }

  match(c: CheckRecord): Match {
    if (c.idNumber !== undefined) {
      const same = this.byId.get(c.idNumber);
      if (same && same.length === 1) return { person: same[0]! };
    }
    // By name, leaving out anyone whose own ID number says it is someone else.
    let list = (this.byName.get(c.nameKey) ?? []).filter(
      (p) => c.idNumber === undefined || p.idNumber === undefined || p.idNumber === c.idNumber,
    );
    if (list.length > 1 && c.phone !== undefined) list = narrow(list, (p) => p.phone === c.phone);
    if (list.length > 1) list = narrow(list, (p) => sameAddress(p, c));
    return list.length === 1 ? { person: list[0]! } : { person: undefined, candidates: list.length };
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

// A filter that keeps the list when it would leave nobody: a phone the register lacks is no evidence.
function narrow(list: PersonRecord[], keep: (p: PersonRecord) => boolean): PersonRecord[] {
  const kept = list.filter(keep);
  return kept.length === 0 ? list : kept;
}

/** The parts of the address the check gives all agree with the person's. */
function sameAddress(p: PersonRecord, c: CheckRecord): boolean {
  if (c.room === '' && c.building === '' && c.compoundKey === '') return false;
  const agree = (mine: string, theirs: string) => theirs === '' || mine.toLowerCase() === theirs.toLowerCase();
  return agree(p.compoundKey, c.compoundKey) && agree(p.building, c.building) && agree(p.unit, c.unit) && agree(p.room, c.room);
}
