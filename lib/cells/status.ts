import { groupKey } from './keys.ts';
import { fail, ok, type Cell, type Parsed } from './result.ts';

/** Household verification status codes (DESIGN.md). The first three count as verified. */
export const VERIFIED_STATUSES = ['visited', 'phoned', 'vacant'] as const;
export const UNVERIFIED_STATUSES = ['no_answer', 'not_home', 'uninhabited', 'refused', 'pending'] as const;
export const STATUSES = [...VERIFIED_STATUSES, ...UNVERIFIED_STATUSES] as const;
export type Status = (typeof STATUSES)[number];

export const isVerified = (s: Status): boolean => (VERIFIED_STATUSES as readonly string[]).includes(s);

// Words teams use, in Simplified (Traditional spellings fold onto these through groupKey) and English.
// Matched whole after folding; then by the longest word contained, so 已电话核实 or 敲门无人应答 still match.
const WORDS: Record<Status, readonly string[]> = {
  visited: ['入户登记', '已入户', '已登记', '入户', '已走访', '已核实', '登记', 'visited', 'registered', 'done', 'verified'],
  phoned: ['电话登记', '电话核实', '电话联系', '电话', 'phoned', 'byphone', 'phone', 'called'],
  vacant: ['空置已核实', '空置户', '空置', '空房', 'vacant', 'empty'],
  no_answer: ['敲不开门', '无人应答', '敲门无人', '无应答', '未开门', 'noanswer', 'no_answer'],
  not_home: ['不在家', '外出', '家中无人', 'nothome', 'not_home', 'away', 'out'],
  uninhabited: ['无人居住', '疑似空置', '疑似无人居住', '似无人住', 'uninhabited', 'seemsempty'],
  refused: ['拒绝登记', '拒绝', '拒登', 'refused', 'declined'],
  pending: ['待核查', '未走访', '待走访', '未核查', '待定', 'pending', 'todo', 'notvisited'],
};

let exact: Map<string, Status> | undefined;
let contained: (readonly [string, Status])[] | undefined;

function tables(): { exact: Map<string, Status>; contained: (readonly [string, Status])[] } {
  if (!exact || !contained) {
    exact = new Map();
    const list: [string, Status][] = [];
    for (const status of STATUSES) {
      exact.set(status, status);
      for (const w of WORDS[status]) {
        const key = groupKey(w).replace(/[\s_-]/g, '');
        exact.set(key, status);
        if (key.length >= 2 && !/^[a-z]+$/.test(key)) list.push([key, status]);
      }
    }
    // Longest first, so 空置已核实 wins over 已核实 and 电话登记 over 登记.
    contained = list.sort((a, b) => b[0].length - a[0].length);
  }
  return { exact, contained };
}

/** A status cell → status code. Blank is `pending` (the caller decides; this parses non-blank cells). */
export function parseStatus(raw: Cell): Parsed<Status> {
  if (typeof raw !== 'string') return fail('enum', 'status');
  const key = groupKey(raw).replace(/[\s_\-。.,，!！]/g, '');
  const t = tables();
  const hit = t.exact.get(key);
  if (hit) return ok(hit);
  // A negation makes a contained word mean its opposite (未登记, 没有入户): only the whole-word table decides.
  if (/[未没不非无]/.test(key.replace(/无人应答|无人居住|无应答|不在家|敲不开门|疑似无人|家中无人/g, ''))) {
    return fail('enum', 'status');
  }
  for (const [word, status] of t.contained) if (key.includes(word)) return ok(status);
  return fail('enum', 'status');
}
