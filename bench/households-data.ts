// Household registers of any size in the shape `Range.getValues()` returns (strings, numbers, Dates,
// ''), written the way examples/households.ts writes them: both scripts, full-width digits, 十二号楼 /
// 12# / 12栋, phones with spaces and +86, counts as 3人, dates as Date cells and as typed text.
// Deterministic: the same size and seed give the same grid.
import { seeded, type Random } from '../examples/random.ts';
import type { Cell } from '../lib/cells/result.ts';
import { GIVEN, HOUSEHOLD_HEADER, STATUS_WORDS, SURNAMES, type StatusCode } from '../examples/households.ts';

export const AS_OF = '2020-02-10';

// 200 compounds of 5,000 dwellings: 25 buildings × 4 units × 25 floors × 2 doors. Every row is its own
// dwelling, so the tally counts n households and the clean register has no problems at all.
const PER_COMPOUND = 5000;
const PER_BUILDING = 200;
const PER_UNIT = 50;

const STEMS = ['金都', '银杏', '东湖', '纺织厂', '华侨', '龙湾', '长青', '凤凰', '绿洲', '阳光'];
const KINDS = ['小区', '苑', '新村', '宿舍', '花园', '家园', '公寓', '嘉园', '雅居', '名城'];
const PARTS = ['', '北区'];
// Character-level Simplified → Traditional for the names above.
const HANT: Record<string, string> = {
  银: '銀',
  东: '東',
  纺: '紡',
  织: '織',
  厂: '廠',
  华: '華',
  侨: '僑',
  龙: '龍',
  湾: '灣',
  长: '長',
  凤: '鳳',
  阳: '陽',
  绿: '綠',
  区: '區',
  园: '園',
};
const toHant = (s: string): string => Array.from(s, (c) => HANT[c] ?? c).join('');

const CN = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const chinese = (n: number): string =>
  n <= 10 ? CN[n]! : n < 20 ? `十${n % 10 === 0 ? '' : CN[n % 10]}` : `${CN[Math.floor(n / 10)]}十${n % 10 === 0 ? '' : CN[n % 10]}`;
const fullWidth = (s: string): string => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

const NOTES = ['晚上看灯光', '老人独居', '租户，房东电话见备注', '子女在外地', '已留联系卡'];

const VERIFIED: readonly StatusCode[] = ['visited', 'visited', 'visited', 'visited', 'phoned', 'phoned', 'vacant'];
const UNREACHED: readonly StatusCode[] = ['no_answer', 'no_answer', 'not_home', 'uninhabited', 'pending', 'refused'];

function compoundName(c: number): string {
  return `${STEMS[c % 10]}${KINDS[Math.floor(c / 10) % 10]}${PARTS[Math.floor(c / 100) % 2]}`;
}

function buildingCell(n: number, r: Random): Cell {
  switch (r.int(0, 7)) {
    case 0:
      return n;
    case 1:
      return `${n}号楼`;
    case 2:
      return `${fullWidth(String(n))}号楼`;
    case 3:
      return `${chinese(n)}号楼`;
    case 4:
      return `${n}#`;
    case 5:
      return `${n}栋`;
    default:
      return String(n);
  }
}

function phone(r: Random): string {
  const d = `1${r.pick(['3', '5', '7', '8', '9'])}${String(r.int(0, 999_999_999)).padStart(9, '0')}`;
  return r.chance(0.2) ? `${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7)}` : r.chance(0.1) ? `+86 ${d}` : d;
}

function visitCell(day: number, r: Random, utcDates: boolean): Cell {
  const k = r.int(0, 3);
  // A date cell: getValues() gives midnight in the sheet's zone (Asia/Shanghai); a file, UTC midnight.
  if (k <= 1) return new Date(Date.UTC(2020, 1, day) - (utcDates ? 0 : 8 * 3_600_000));
  return k === 2 ? `2020-02-${String(day).padStart(2, '0')}` : `2月${day}日`;
}

// Two problems for a row, chosen in turn among the cells that leave the row countable and trigger no
// cross-field rule: each gives [column index, bad cell], varied so the per-value caches see many.
type Bad = (i: number) => readonly [number, Cell];
const LATER = ['2020-02-30', '2020-03-15', '上周'] as const; // no such day; after asOf; not a date
const BAD: readonly Bad[] = [
  (i) => [6, `${130 + (i % 7)}${i % 100_000}`], // phone: too short
  (i) => [7, `好几${'个口人'.charAt(i % 3)}`], // residents: not a count
  (i) => [8, `看情况${i % 50}`], // status: not a status word
  (i) => [10, LATER[i % 3]!], // last visit
];

export type RegisterOptions = {
  readonly seed?: number;
  /** Every row with exactly two bad cells. */
  readonly problems?: boolean;
  /** Date cells at UTC midnight, as files and the Sheets API's serial numbers hold them. */
  readonly utcDates?: boolean;
};

/** A header row and n household rows; with `problems`, every row has exactly two bad cells. */
export function householdRegister(n: number, o: RegisterOptions = {}): Cell[][] {
  const r = seeded(o.seed ?? 2020);
  const rows: Cell[][] = [HOUSEHOLD_HEADER.slice()];
  for (let i = 0; i < n; i++) {
    const c = Math.floor(i / PER_COMPOUND);
    const k = i % PER_COMPOUND;
    const building = 1 + Math.floor(k / PER_BUILDING);
    const unit = 1 + Math.floor((k % PER_BUILDING) / PER_UNIT);
    const room = `${1 + Math.floor((k % PER_UNIT) / 2)}0${1 + (k % 2)}`;
    const name = compoundName(c);
    const status: StatusCode = r.chance(0.25) ? r.pick(UNREACHED) : r.pick(VERIFIED);
    const verified = status === 'visited' || status === 'phoned' || status === 'vacant';
    const attempts = verified ? r.int(1, 3) : status === 'pending' ? 0 : r.int(1, 4);
    const residents = status === 'vacant' ? 0 : r.int(1, 5);
    const row: Cell[] = [
      `第${chinese(1 + (c % 40))}组`,
      r.chance(0.15) ? toHant(name) : r.chance(0.05) ? ` ${name}\u3000` : name,
      buildingCell(building, r),
      r.chance(0.3) ? `${unit}单元` : unit,
      r.chance(0.2) ? Number(room) : r.chance(0.1) ? `${room}室` : room,
      status === 'vacant' ? '' : r.pick(SURNAMES) + r.pick(GIVEN),
      status === 'vacant' || r.chance(0.1) ? '' : phone(r),
      r.chance(0.1) ? `${residents}人` : residents,
      r.pick(STATUS_WORDS[status]),
      attempts,
      attempts === 0 ? '' : visitCell(1 + (i % 9), r, o.utcDates === true),
      r.chance(0.1) ? r.pick(NOTES) : '',
    ];
    if (o.problems) {
      const first = i % BAD.length;
      for (const b of [BAD[first]!, BAD[(first + 1 + (i % (BAD.length - 1))) % BAD.length]!]) {
        const [col, value] = b(i);
        row[col] = value;
      }
    }
    rows.push(row);
  }
  return rows;
}
