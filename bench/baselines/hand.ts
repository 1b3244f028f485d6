// The floor: a loop written by hand for one known layout (COL), doing what tallyWorkbook does for it —
// each cell parsed by paicha's own cell parsers (once per distinct value, as anyone tuning this loop
// would), blank/required/formula-error checks, the cross-field rules, one dwelling counted once, and
// coverage by compound, group and building — with no header search, no column mapping and no
// problem objects beyond the listed few.
import { isVerified, STATUSES, type Status } from '../../lib/cells/status.ts';
import { formulaError } from '../../lib/cells/formula-error.ts';
import { groupKey } from '../../lib/cells/keys.ts';
import { isBlank, type Cell, type Parsed } from '../../lib/cells/result.ts';
import { kinds, type CellKind, type ParseContext } from '../../lib/columns/kinds.ts';
import { COL, skipRow, type Summary } from './summary.ts';

type Cached = (raw: Cell) => Parsed<unknown>;

function cached(kind: CellKind, ctx: ParseContext): Cached {
  const parse = kinds[kind] as (raw: Cell, ctx: ParseContext) => Parsed<unknown>;
  const cache = new Map<string | number, Parsed<unknown>>();
  return (raw) => {
    if (typeof raw !== 'string' && typeof raw !== 'number') return parse(raw, ctx);
    let hit = cache.get(raw);
    if (hit === undefined) {
      hit = parse(raw, ctx);
      if (cache.size < 4096) cache.set(raw, hit);
    }
    return hit;
  };
}

type Rec = {
  row: number;
  group: string;
  compound: string;
  compoundKey: string;
  building: string;
  unit: string;
  room: string;
  phone: string | undefined;
  residents: number | undefined;
  status: Status;
  attempts: number;
  lastVisit: string | undefined;
};

// Counts by status index; the spellings each place is written in, to show the most used one.
type Acc = { total: number; verified: number; byStatus: number[]; spellings: Map<string, number> };
const acc = (): Acc => ({ total: 0, verified: 0, byStatus: STATUSES.map(() => 0), spellings: new Map() });
const STATUS_INDEX = new Map(STATUSES.map((s, i) => [s, i]));

function count(a: Acc, status: number, verified: boolean, spelling: string | undefined): void {
  a.total++;
  if (verified) a.verified++;
  a.byStatus[status] = a.byStatus[status]! + 1;
  if (spelling !== undefined) a.spellings.set(spelling, (a.spellings.get(spelling) ?? 0) + 1);
}

const MAX_LISTED = 5000;

export function handTally(values: readonly (readonly Cell[])[], o: { asOf: string; year: number }): Summary {
  const ctx: ParseContext = { year: o.year, tzOffsetMinutes: 480, unitScale: 1 };
  const p = {
    group: cached('key', ctx),
    compound: cached('key', ctx),
    building: cached('building', ctx),
    unit: cached('unit', ctx),
    room: cached('room', ctx),
    head: cached('text', ctx),
    phone: cached('phone', ctx),
    residents: cached('integer', ctx),
    status: cached('status', ctx),
    attempts: cached('integer', ctx),
    lastVisit: cached('date', ctx),
    notes: cached('text', ctx),
  };
  const keys = new Map<string, string>();
  const listed: { row: number; column: number; code: string }[] = [];
  let problems = 0;
  const problem = (row: number, column: number, code: string): void => {
    problems++;
    if (listed.length < MAX_LISTED) listed.push({ row, column, code });
  };
  // A cell's value, or undefined after reporting why it has none; `bad` says a non-blank cell failed.
  let bad = false;
  const cell = (row: readonly Cell[], r: number, c: number, parse: Cached, required: boolean): unknown => {
    bad = false;
    const raw = row[c];
    if (isBlank(raw)) {
      if (required) {
        bad = true;
        problem(r, c, 'required');
      }
      return undefined;
    }
    if (formulaError(raw) !== undefined) {
      bad = true;
      problem(r, c, 'formula-error');
      return undefined;
    }
    const res = parse(raw);
    if (res.ok) return res.value;
    bad = true;
    problem(r, c, res.code);
    return undefined;
  };

  // compound key → building → unit → room: the parts are cached strings, so no key is built per row.
  const places = new Map<string, Map<string, Map<string, Map<string, Rec>>>>();
  const dwellings: Rec[] = [];
  for (let i = 1; i < values.length; i++) {
    const row = values[i]!;
    if (skipRow(row)) continue;
    const r = i + 1;
    const group = (cell(row, r, COL.group, p.group, false) as string | undefined) ?? '';
    const compound = cell(row, r, COL.compound, p.compound, true) as string | undefined;
    const building = cell(row, r, COL.building, p.building, true) as string | undefined;
    const unit = cell(row, r, COL.unit, p.unit, false) as string | undefined;
    const unitBad = bad;
    const room = cell(row, r, COL.room, p.room, true) as string | undefined;
    cell(row, r, COL.head, p.head, false);
    const phone = cell(row, r, COL.phone, p.phone, false) as string | undefined;
    const residents = cell(row, r, COL.residents, p.residents, false) as number | undefined;
    const status = (cell(row, r, COL.status, p.status, false) as Status | undefined) ?? 'pending';
    const attempts = (cell(row, r, COL.attempts, p.attempts, false) as number | undefined) ?? 0;
    const lastVisit = cell(row, r, COL.lastVisit, p.lastVisit, false) as string | undefined;
    cell(row, r, COL.notes, p.notes, false);
    if (!compound || !building || !room || unitBad) continue;

    if (lastVisit !== undefined && lastVisit > o.asOf) problem(r, COL.lastVisit, 'rule');
    if (status === 'vacant' && residents !== undefined && residents > 0) problem(r, COL.residents, 'rule');
    if (residents !== undefined && residents > 30) problem(r, COL.residents, 'range');
    if ((status === 'visited' || status === 'phoned') && attempts === 0) problem(r, COL.attempts, 'rule');

    let compoundKey = keys.get(compound);
    if (compoundKey === undefined) keys.set(compound, (compoundKey = groupKey(compound)));
    const rec: Rec = {
      row: r,
      group,
      compound,
      compoundKey,
      building,
      unit: unit ?? '',
      room,
      phone,
      residents,
      status,
      attempts,
      lastVisit,
    };
    let byBuilding = places.get(compoundKey);
    if (!byBuilding) places.set(compoundKey, (byBuilding = new Map()));
    let byUnit = byBuilding.get(building.toLowerCase());
    if (!byUnit) byBuilding.set(building.toLowerCase(), (byUnit = new Map()));
    let rooms = byUnit.get(rec.unit.toLowerCase());
    if (!rooms) byUnit.set(rec.unit.toLowerCase(), (rooms = new Map()));
    const roomKey = room.toLowerCase();
    if (rooms.has(roomKey)) {
      // Every generated row is its own dwelling; a real loop would keep the better row here.
      problem(r, COL.room, 'duplicate');
      continue;
    }
    rooms.set(roomKey, rec);
    dwellings.push(rec);
  }

  const all = acc();
  const compounds = new Map<string, Acc & { buildings: Map<string, Acc> }>();
  const groups = new Map<string, Acc & { buildings: Set<Acc> }>();
  let buildingCount = 0;
  for (const h of dwellings) {
    const status = STATUS_INDEX.get(h.status)!;
    const verified = isVerified(h.status);
    let c = compounds.get(h.compoundKey);
    if (!c) compounds.set(h.compoundKey, (c = { ...acc(), buildings: new Map() }));
    const buildingKey = h.building.toLowerCase();
    let b = c.buildings.get(buildingKey);
    if (!b) {
      c.buildings.set(buildingKey, (b = acc()));
      buildingCount++;
    }
    const groupName = h.group.toLowerCase();
    let g = groups.get(groupName);
    if (!g) groups.set(groupName, (g = { ...acc(), buildings: new Set() }));
    g.buildings.add(b);
    count(all, status, verified, undefined);
    count(c, status, verified, h.compound);
    count(g, status, verified, h.group);
    count(b, status, verified, h.building);
  }
  return {
    households: all.total,
    verified: all.verified,
    byStatus: Object.fromEntries(STATUSES.map((s, i) => [s, all.byStatus[i]])) as Record<Status, number>,
    compounds: compounds.size,
    groups: groups.size,
    buildings: buildingCount,
    problems,
  };
}
