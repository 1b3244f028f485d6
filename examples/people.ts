import { addDays, dayNumber } from '../lib/cells/date.ts';
import { idCheckChar } from '../lib/cells/id-number.ts';
import type { Cell } from '../lib/cells/result.ts';
import { COMPOUNDS, GIVEN, SURNAMES } from './households.ts';
import { seeded, type Random } from './random.ts';

// The seed team's watch from 3 Feb 2020 (issue 15): people who came back for the holiday or are still
// to come (返乡/拟返回), people from elsewhere, close contacts sent home or to a quarantine hotel, and key
// persons, each watched 14 days with a daily check by phone or at the door. The register and the check
// log are written the way volunteers write them; `truth` is what the generator meant, for tests to
// count from by hand. Names, ID numbers and phone numbers are made up.

export const PEOPLE_HEADER = [
  '姓名',
  '性别',
  '身份证号',
  '联系电话',
  '小区',
  '楼号',
  '单元',
  '门牌号',
  '人员类别',
  '来自',
  '抵达日期',
  '隔离开始',
  '隔离结束',
  '管控措施',
  '随访人',
  '备注',
];
export const CHECK_HEADER = ['日期', '姓名', '身份证号', '联系电话', '门牌号', '体温', '症状', '随访方式', '随访人'];

type Category = 'returnee' | 'incoming' | 'close_contact' | 'key_person';

/** What the generator meant for one person: their row and watch, and the days they were checked. */
export type PersonTruth = {
  readonly row: number;
  readonly category: Category;
  /** Day 1 of the watch; undefined for someone still to come with no date yet. */
  readonly start: string | undefined;
  /** The last day watched (an explicit end, else start + 13). */
  readonly end: string | undefined;
  /** 已解除 in the register, whatever the dates say. */
  readonly releasedByMeasure: boolean;
  readonly compound: string;
  /** Days with a check that matches this person. */
  readonly checked: ReadonlySet<string>;
  /** Days with a check finding a fever. */
  readonly feverDays: ReadonlySet<string>;
};

export type PeopleExample = {
  readonly people: Cell[][];
  readonly checks: Cell[][];
  readonly truth: readonly PersonTruth[];
  /** Check rows (sheet rows) that match nobody, or two people: each a warning. */
  readonly unmatchedRows: readonly number[];
};

const WORDS: Record<Category, readonly string[]> = {
  returnee: ['返乡人员', '返乡', '返鄉人員', '返诸人员'],
  incoming: ['外来人员', '外来', '外來人員'],
  close_contact: ['密切接触者', '密接', '密切接觸者'],
  key_person: ['重点人员', '重点', '重點人員'],
};
const ORIGINS = ['武汉', '湖北孝感', '武汉市', '湖北省武汉市江岸区', '孝感市', '來自武漢', '黄冈', '湖北', '北京', '广东深圳', ''];
const VOLUNTEERS = ['小刘', '小陈', '李姐', '老周'];
const FIRST_CHECK = '2020-02-03';

const FULL = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

/** A day the many ways volunteers type one. */
function dayCell(day: string, r: Random): Cell {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  switch (r.int(0, 5)) {
    case 0:
      return `${m}月${d}日`;
    case 1:
      return `${y}/${m}/${d}`;
    case 2:
      return dayNumber(day) + 25_569; // a date cell as a spreadsheet serial number (days since 1899-12-30)
    case 3:
      return `${y}.${m}.${d}`;
    default:
      return day;
  }
}

function temperatureCell(t: number, r: Random): Cell {
  switch (r.int(0, 5)) {
    case 0:
      return `${t.toFixed(1)}℃`;
    case 1:
      return t.toFixed(1).replace('.', ',');
    case 2:
      return `${FULL(t.toFixed(1))}`;
    case 3:
      return `${t.toFixed(1)}度`;
    default:
      return t;
  }
}

function idNumber(r: Random, n: number): string {
  const body = `420102${r.int(1950, 2005)}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 28)).padStart(2, '0')}${String(n % 1000).padStart(3, '0')}`;
  return body + idCheckChar(body);
}

function phone(r: Random): string {
  const d = `1${r.pick(['3', '5', '8', '9'])}${String(r.int(0, 999999999)).padStart(9, '0')}`;
  return r.chance(0.3) ? `${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7)}` : d;
}

/** A name nobody else in the register has (the two 王伟 are the one repeat, on purpose). */
function uniqueName(r: Random, taken: Set<string>): string {
  for (;;) {
    const n = r.pick(SURNAMES) + r.pick(GIVEN) + (taken.size > 200 ? r.pick(GIVEN) : '');
    if (!taken.has(n)) {
      taken.add(n);
      return n;
    }
  }
}

type Person = {
  row: number;
  name: string;
  id: string | undefined;
  phone: string;
  room: string;
  truth: PersonTruth & { checked: Set<string>; feverDays: Set<string> };
};

/**
 * The watch register and the check log as of `asOf` (checks are written up to that day; people still
 * to come are in the register as 拟返回). `count` people over the four compounds of the household example.
 */
export function peopleExample(seed = 2020, asOf = '2020-02-10', count = 64): PeopleExample {
  const r = seeded(seed);
  const people: Cell[][] = [PEOPLE_HEADER];
  const made: Person[] = [];
  const names = new Set(['王伟', '林芳芳']);
  for (let i = 0; i < count; i++) {
    const c = r.pick(COMPOUNDS);
    const category = r.pick(['returnee', 'returnee', 'returnee', 'incoming', 'incoming', 'close_contact', 'key_person'] as const);
    // Two people share a name in the big compound: checks must tell them apart by phone or room.
    const name = i === 1 || i === 2 ? '王伟' : uniqueName(r, names);
    const compound = i === 1 || i === 2 ? COMPOUNDS[0] : c;
    const building = r.int(1, compound.buildings - 1);
    const k = r.int(0, 15);
    const unit = 1 + Math.floor(k / 16);
    const room = `${1 + Math.floor((k % 16) / 2)}0${1 + (k % 2)}`;
    const arrival = addDays('2020-01-15', r.int(0, 30));
    const toCome = dayNumber(arrival) > dayNumber(asOf);
    const contactStart = category === 'close_contact' ? addDays(arrival, r.int(0, 2)) : undefined;
    const central = category === 'close_contact' && r.chance(0.5);
    const explicitEnd = central && r.chance(0.5) ? addDays(contactStart!, r.int(13, 20)) : undefined;
    const releasedByMeasure = !toCome && category === 'key_person' && r.chance(0.3);
    const noDates = toCome && r.chance(0.5);
    const start = noDates ? undefined : (contactStart ?? arrival);
    const end = start === undefined ? undefined : (explicitEnd ?? addDays(start, 13));
    const measure = releasedByMeasure
      ? '已解除'
      : toCome
        ? '拟返回'
        : central
          ? r.pick(['集中隔离', '集中医学观察'])
          : category === 'key_person'
            ? '健康监测'
            : r.pick(['居家隔离', '居家观察', '居家隔離']);
    const id = r.chance(0.7) ? idNumber(r, i) : undefined;
    const ph = phone(r);
    const row = people.length + 1;
    people.push([
      name,
      r.pick(['男', '女']),
      id ?? '',
      r.chance(0.9) ? ph : '',
      r.chance(0.15) ? compound.traditional : compound.name,
      r.chance(0.3) ? `${building}号楼` : building,
      unit,
      r.chance(0.2) ? Number(room) : room,
      r.pick(WORDS[category]),
      r.pick(ORIGINS),
      noDates ? '' : dayCell(arrival, r),
      contactStart ? dayCell(contactStart, r) : '',
      explicitEnd ? dayCell(explicitEnd, r) : '',
      measure,
      r.chance(0.6) ? VOLUNTEERS[i % VOLUNTEERS.length]! : '',
      '',
    ]);
    made.push({
      row,
      name,
      id,
      phone: ph,
      room,
      truth: { row, category, start, end, releasedByMeasure, compound: compound.name, checked: new Set(), feverDays: new Set() },
    });
  }
  const { checks, unmatchedRows } = checkLog(made, asOf, r);
  return { people, checks, truth: made.map((p) => p.truth), unmatchedRows };
}

/** Daily checks from 3 Feb to `asOf`, with days missed, fevers, and two rows that cannot be matched. */
function checkLog(made: readonly Person[], asOf: string, r: Random): { checks: Cell[][]; unmatchedRows: number[] } {
  const checks: Cell[][] = [CHECK_HEADER];
  const unmatchedRows: number[] = [];
  const feverish = new Set(made.filter(() => r.chance(0.08)).map((p) => p.row));
  const lax = new Set(made.filter(() => r.chance(0.15)).map((p) => p.row)); // checked now and then
  for (let day = FIRST_CHECK; dayNumber(day) <= dayNumber(asOf); day = addDays(day, 1)) {
    for (const p of made) {
      const t = p.truth;
      if (t.start === undefined || t.releasedByMeasure || day < t.start || day > t.end!) continue;
      if (r.chance(lax.has(p.row) ? 0.6 : 0.1)) continue;
      const fever = feverish.has(p.row) && r.chance(0.4);
      const reading = fever ? 37.3 + r.int(0, 12) / 10 : 36 + r.int(0, 9) / 10;
      const symptom = fever ? r.pick(['发热', '發燒、咳嗽', '']) : r.pick(['无', '正常', '', '無', '咳嗽', '无发热咳嗽']);
      // The two of one name: a check tells them apart by ID number, phone or room.
      const twin = p.name === '王伟';
      const byId = p.id !== undefined && (twin || r.chance(0.4));
      checks.push([
        dayCell(day, r),
        p.name,
        byId ? p.id! : '',
        twin && !byId ? p.phone : '',
        twin && !byId ? p.room : '',
        temperatureCell(reading, r),
        symptom,
        r.pick(['电话', '上门', '電話']),
        VOLUNTEERS[p.row % VOLUNTEERS.length]!,
      ]);
      t.checked.add(day);
      if (fever) t.feverDays.add(day);
    }
  }
  // A visitor who is not in the register, and a 王伟 the check does not tell apart.
  unmatchedRows.push(checks.length + 1);
  checks.push([FIRST_CHECK, '林芳芳', '', '', '', 36.4, '无', '上门', '小刘']);
  unmatchedRows.push(checks.length + 1);
  checks.push([FIRST_CHECK, '王伟', '', '', '', 36.6, '无', '电话', '小刘']);
  return { checks, unmatchedRows };
}
