import { toSimplifiedText } from './keys.ts';
import { fail, ok, type Cell, type Parsed } from './result.ts';
import { cleanText } from './text.ts';
import {
  CANONICAL,
  CONTACT,
  DONE,
  FAILURE_WORDS,
  FILLERS,
  NEGATIONS,
  PHRASES,
  POSITIVE_IDIOMS,
  REACHED,
  REASONS,
  REGISTERED,
  WAYS,
  words,
} from './status-words.ts';

/**
 * Household verification status codes (DESIGN.md). The verified ones come first: they count in the
 * registration rate. `verified_way_unknown` is what a tick or 已核实 says: done, but not how.
 */
export const VERIFIED_STATUSES = ['visited', 'phoned', 'vacant', 'verified_way_unknown'] as const;
export const UNVERIFIED_STATUSES = ['no_answer', 'not_home', 'uninhabited', 'refused', 'pending'] as const;
export const STATUSES = [...VERIFIED_STATUSES, ...UNVERIFIED_STATUSES] as const;
export type Status = (typeof STATUSES)[number];

/** The statuses a volunteer picks from (the drop-down, the `enum` message): every way is named. */
export const ENTRY_STATUSES: readonly Status[] = STATUSES.filter((s) => s !== 'verified_way_unknown');

export const isVerified = (s: Status): boolean => (VERIFIED_STATUSES as readonly string[]).includes(s);

// Roles of the words a verified cell is made of, as bits: a cell's reading is the union of its words'.
const PHONE = 1;
const VISIT = 2;
const VACANT = 4;
const REGISTER = 8;
const DONE_BIT = 16;
const CONTACT_BIT = 32;
const FILLER = 64;
const REACHED_BIT = 128;
// Acts a slip may stand for alone (登计 → 登记, 核时 → 核实); a slipped two-character way needs company.
const ACT = REGISTER | DONE_BIT;

// Cost of a reading: an unknown character costs more than a one-character slip (等记 → 登记), so a slip
// on a known word is preferred to skipping its characters. Only a reading of cost 0 is certain.
const UNKNOWN_COST = 3;
const SLIP_COST = 2;
// Longer cells are notes, not statuses: no guess is worth making (and the search stays small).
const MAX_GUESS_LENGTH = 40;
const MAX_FAILURE_SCAN = 400;

// Punctuation and brackets carry no meaning here (空置（已核实） = 空置已核实); '?' does: it is doubt.
const PUNCTUATION = /[()[\]{}<>《》【】〔〕「」『』"'“”‘’、,，。.．:;!！~～·\-_—–…/\\|+*#=]/g;

type Tables = {
  readonly exact: ReadonlyMap<string, Status>;
  readonly words: ReadonlyMap<string, number>;
  /** Words a slip may stand for: every word but the fillers, two characters or more. */
  readonly slippable: readonly (readonly [string, number])[];
  readonly longest: number;
  readonly failureWords: readonly string[];
  readonly idioms: readonly string[];
  readonly reasons: readonly (readonly [Status, readonly string[]])[];
};

let tables: Tables | undefined;

const normalize = (simplified: string): string => simplified.toLowerCase().replace(/\s/g, '').replace(PUNCTUATION, '');

// Built on first use: Apps Script runs module scope on every menu click.
function build(): Tables {
  const exact = new Map<string, Status>();
  for (const [status, phrases] of Object.entries(PHRASES) as [Status, string][]) {
    for (const p of words(phrases)) exact.set(normalize(toSimplifiedText(p)), status);
  }
  for (const s of STATUSES) exact.set(s.replace(/_/g, ''), s);
  const roles = new Map<string, number>();
  const add = (list: string, role: number) => {
    for (const w of words(list)) roles.set(w, (roles.get(w) ?? 0) | role);
  };
  add(WAYS.phoned, PHONE);
  add(WAYS.visited, VISIT);
  add(WAYS.vacant, VACANT);
  add(REGISTERED, REGISTER);
  add(DONE, DONE_BIT);
  add(REACHED, REACHED_BIT);
  add(CONTACT, CONTACT_BIT);
  add(FILLERS, FILLER);
  const slippable = [...roles].filter(([w, role]) => role !== FILLER && w.length >= 2);
  return {
    exact,
    words: roles,
    slippable,
    longest: Math.max(...[...roles.keys()].map((w) => w.length)),
    failureWords: words(FAILURE_WORDS),
    idioms: words(POSITIVE_IDIOMS),
    reasons: REASONS.map(([s, list]) => [s, words(list)] as const),
  };
}

/**
 * A status cell → status code, read in a fixed order: a whole phrase teams use; else any word saying
 * the contact failed, was put off or is only supposed (never verified, whatever else is there); else a
 * cell made wholly of known words (电话已登记 → phoned). A reading that needs a guess — a slip such as
 * 入户等记, a known word among unknown ones, a way with nothing done (已上门) — is a `status-guess` failure
 * suggesting the word to type: the dwelling counts as pending until the cell says it plainly.
 */
export function parseStatus(raw: Cell): Parsed<Status> {
  if (typeof raw === 'boolean') return ok(raw ? 'verified_way_unknown' : 'pending'); // a checkbox
  if (typeof raw !== 'string') return fail('enum', 'status');
  const clean = cleanText(raw);
  const simplified = toSimplifiedText(clean);
  const key = normalize(simplified);
  if (key === '') return ok('pending'); // only a dash or a slash: nothing said
  const t = (tables ??= build());
  const hit = t.exact.get(key);
  if (hit !== undefined) return ok(hit);
  if (key.length > MAX_FAILURE_SCAN) return fail('enum', 'status');
  const failed = failure(key, t);
  if (failed !== undefined) return ok(failed);
  if (/^[\x20-\x7e]*$/.test(key) || key.length > MAX_GUESS_LENGTH) return fail('enum', 'status');
  const r = segment(key, t);
  if (r === undefined) return fail('enum', 'status');
  const status = verifiedReading(r.mask);
  if (status === undefined) return fail('enum', 'status');
  if (r.cost === 0 && certain(r.mask)) return ok(status);
  const words = CANONICAL[status]!;
  const script = /^[\x20-\x7e]*$/.test(clean) ? words.en : simplified !== clean ? words.hant : words.hans;
  return fail('status-guess', 'status', script);
}

/** The unverified status a cell says when it says the contact failed; undefined when it does not. */
function failure(key: string, t: Tables): Status | undefined {
  let k = key;
  for (const idiom of t.idioms) if (k.includes(idiom)) k = k.split(idiom).join('');
  let failed = false;
  for (let i = 0; i < k.length && !failed; i++) failed = NEGATIONS.includes(k.charAt(i));
  if (!failed) failed = t.failureWords.some((w) => k.includes(w));
  if (!failed) return undefined;
  for (const [status, list] of t.reasons) if (list.some((w) => k.includes(w))) return status;
  return 'pending';
}

// The way wins over a bare 登记 (已登记（电话） is phoned), a vacancy over the way it was confirmed.
function verifiedReading(mask: number): Status | undefined {
  if (mask & VACANT) return 'vacant';
  if (mask & PHONE) return 'phoned';
  if (mask & VISIT) return 'visited';
  if (mask & REGISTER) return 'visited';
  if (mask & (DONE_BIT | REACHED_BIT)) return 'verified_way_unknown';
  if (mask & CONTACT_BIT) return 'phoned';
  return undefined;
}

// A way alone (已上门, 手机) or a contact alone (已联系) does not say the household was registered.
function certain(mask: number): boolean {
  if (mask & VACANT) return true;
  if (mask & (REGISTER | DONE_BIT | REACHED_BIT)) return true;
  return (mask & CONTACT_BIT) !== 0 && (mask & PHONE) !== 0;
}

/**
 * The cheapest reading of the key as a sequence of known words, allowing unknown characters and one
 * slipped character in a word, each at a cost: the union of the words' roles and the total cost. A slip
 * in a two-character way needs another known word beside it (入护登记): alone, 租户 is not 入户; a slip
 * in a two-character act (登计, 核时) is read alone.
 */
function segment(key: string, t: Tables): { mask: number; cost: number } | undefined {
  const n = key.length;
  const INF = Number.MAX_SAFE_INTEGER;
  // State (position, slips used 0/1): least cost so far, the roles on that path, and whether the path
  // has a known word spelled right (bit 1) and a slip in a two-character word (bit 2).
  const cost = new Array<number>(2 * (n + 1)).fill(INF);
  const mask = new Array<number>(2 * (n + 1)).fill(0);
  const flags = new Array<number>(2 * (n + 1)).fill(0);
  cost[0] = 0;
  const relax = (to: number, slips: number, c: number, m: number, f: number) => {
    const j = 2 * to + slips;
    // At equal cost, a path without a lone short slip is the better reading (登计: 登记, not 登门).
    if (c < cost[j]! || (c === cost[j] && (flags[j]! & 2) !== 0 && (f & 2) === 0)) {
      cost[j] = c;
      mask[j] = m;
      flags[j] = f;
    }
  };
  for (let i = 0; i < n; i++) {
    for (let s = 0; s < 2; s++) {
      const c = cost[2 * i + s]!;
      if (c === INF) continue;
      const m = mask[2 * i + s]!;
      const f = flags[2 * i + s]!;
      for (let len = 1; len <= t.longest && i + len <= n; len++) {
        const role = t.words.get(key.slice(i, i + len));
        if (role !== undefined) relax(i + len, s, c, m | role, role === FILLER ? f : f | 1);
      }
      relax(i + 1, s, c + UNKNOWN_COST, m, f);
      if (s === 0) {
        for (const [w, role] of t.slippable) {
          if (oneSlip(key, i, w)) relax(i + w.length, 1, c + SLIP_COST, m | role, w.length === 2 && !(role & ACT) ? f | 2 : f);
        }
      }
    }
  }
  const a = cost[2 * n]!;
  let b = cost[2 * n + 1]!;
  if (flags[2 * n + 1] === 2) b = INF;
  if (a === INF && b === INF) return undefined;
  return a <= b ? { mask: mask[2 * n]!, cost: a } : { mask: mask[2 * n + 1]!, cost: b };
}

/** Whether key at i spells w with exactly one character different. */
function oneSlip(key: string, i: number, w: string): boolean {
  if (i + w.length > key.length) return false;
  let diff = 0;
  for (let k = 0; k < w.length; k++) if (key.charCodeAt(i + k) !== w.charCodeAt(k) && ++diff > 1) return false;
  return diff === 1;
}
