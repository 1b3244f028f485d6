import type { Cell } from '../lib/cells/result.ts';
import { COMPOUNDS, SURNAMES } from './households.ts';
import { seeded, type Random } from './random.ts';

// The seed story as a visit log (走访记录), one row per attempt: on 29 Jan every one of the 719
// households is knocked on and 220 of 金都小区's 507 cannot be reached; the groups go back at meal times
// (30 Jan: 100 found), look for lit windows in the evening and ask the neighbours (31 Jan: 80 found),
// and phone relatives (1 Feb: the last 40, the last at 22:50). Written the messy ways teams write, rows
// not in time order.

export const VISIT_HEADER = ['日期', '时间', '工作组', '小区', '楼号', '单元', '门牌号', '走访结果', '走访人', '备注'];

export const STORY_DAYS = ['2020-01-29', '2020-01-30', '2020-01-31', '2020-02-01'] as const;

/** What the story says, day by day: found that day, still unreached at its end. */
export const STORY = {
  unreachedAfterDayOne: { no_answer: 120, not_home: 60, uninhabited: 40 },
  newlyVerified: [499, 100, 80, 40],
  // 1 Feb: 15 found in the morning (before 12:00), 10 at lunch, 15 in the evening (the last at 22:50).
  lastDay: { morning: 15, lunch: 10, evening: 15 },
  // Verified dwellings knocked on again the next day, by someone who did not know: a warning each.
  knockedAgain: 3,
} as const;

type Attempt = { day: number; minutes: number; result: string };
type Dwelling = { group: string; compound: string; traditional: string; building: number; unit: number; room: string; attempts: Attempt[] };

const DAY_WORDS: Record<string, readonly string[]> = {
  visited: ['入户登记', '已入户', '入戶登記', '已登记'],
  phoned: ['电话登记', '電話登記', '电话核实'],
  vacant: ['空置', '空置户'],
  no_answer: ['敲不开门', '无人应答', '敲門不應'],
  not_home: ['不在家', '外出'],
  uninhabited: ['疑似空置', '无人居住'],
};

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const FULL = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
const pad = (n: number) => String(n).padStart(2, '0');

function dwellings(): Dwelling[] {
  const out: Dwelling[] = [];
  for (const c of COMPOUNDS) {
    const perBuilding = Math.ceil(c.households / c.buildings);
    let made = 0;
    for (let b = 1; b <= c.buildings && made < c.households; b++) {
      for (let k = 0; k < perBuilding && made < c.households; k++, made++) {
        const room = `${1 + Math.floor((k % 16) / 2)}0${1 + (k % 2)}`;
        out.push({
          group: c.group,
          compound: c.name,
          traditional: c.traditional,
          building: b,
          unit: 1 + Math.floor(k / 16),
          room,
          attempts: [],
        });
      }
    }
  }
  return out;
}

/** A sample of n of xs, by a seeded shuffle. */
function sample<T>(xs: readonly T[], n: number, r: Random): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a.slice(0, n);
}

const at = (r: Random, from: string, to: string): number => {
  const m = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3));
  return r.int(m(from), m(to));
};

/** Plans every attempt of the story. */
function plan(r: Random): Dwelling[] {
  const all = dwellings();
  const big = all.filter((d) => d.compound === COMPOUNDS[0].name);
  const unreached = new Set(sample(big, 220, r));
  const reasons = [
    ...Array<string>(STORY.unreachedAfterDayOne.no_answer).fill('no_answer'),
    ...Array<string>(STORY.unreachedAfterDayOne.not_home).fill('not_home'),
    ...Array<string>(STORY.unreachedAfterDayOne.uninhabited).fill('uninhabited'),
  ];
  const [, day2, day3, day4] = STORY.newlyVerified;
  const last = STORY.lastDay;
  let i = 0;
  for (const d of all) {
    if (!unreached.has(d)) {
      const result = r.chance(0.8) ? 'visited' : r.chance(0.6) ? 'phoned' : 'vacant';
      d.attempts.push({ day: 0, minutes: at(r, '09:00', '17:30'), result });
      continue;
    }
    const reason = reasons[i]!;
    d.attempts.push({ day: 0, minutes: at(r, '09:30', '16:30'), result: reason });
    if (i < day2) {
      // 30 Jan: found at a meal time, or the evening's lit window after a lunch-time knock.
      if (i % 2 === 0) d.attempts.push({ day: 1, minutes: at(r, '11:40', '12:40'), result: 'visited' });
      else
        d.attempts.push(
          { day: 1, minutes: at(r, '11:40', '12:40'), result: reason },
          { day: 1, minutes: at(r, '19:00', '21:30'), result: 'visited' },
        );
    } else {
      d.attempts.push({ day: 1, minutes: at(r, '11:30', '12:50'), result: reason });
      if (i < day2 + day3) {
        // 31 Jan: lit windows in the evening, or the neighbours' word and a phone number.
        d.attempts.push({ day: 2, minutes: at(r, '18:30', '21:00'), result: i % 3 === 0 ? 'phoned' : 'visited' });
      } else {
        d.attempts.push({ day: 2, minutes: at(r, '19:00', '21:00'), result: reason });
        // 1 Feb: relatives phoned, or the neighbours confirm nobody has lived there for years.
        const k = i - day2 - day3;
        const minutes =
          k < last.morning
            ? at(r, '08:30', '11:50')
            : k < last.morning + last.lunch
              ? at(r, '12:05', '12:55')
              : k === day4 - 1
                ? 22 * 60 + 50
                : at(r, '18:30', '22:40');
        d.attempts.push({ day: 3, minutes, result: reason === 'uninhabited' ? 'vacant' : 'phoned' });
      }
    }
    i++;
  }
  for (const d of sample(
    all.filter((x) => !unreached.has(x)),
    STORY.knockedAgain,
    r,
  )) {
    d.attempts.push({ day: 1, minutes: at(r, '14:00', '16:00'), result: 'no_answer' });
  }
  return all;
}

/** A day the ways it is typed: ISO, slashes, 1月29日, an Excel serial. */
function dayCell(day: number, r: Random): Cell {
  const iso = STORY_DAYS[day]!;
  const [y, m, d] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
  switch (r.int(0, 4)) {
    case 0:
      return `${y}/${m}/${d}`;
    case 1:
      return `${m}月${d}日`;
    case 2:
      return 43859 + day; // Excel's serial of 29 Jan 2020 onwards
    default:
      return iso;
  }
}

/** A time the ways it is typed: 19:35, 19：35, 9:05, 19点35分, 晚上7点半, an Excel time. */
function timeCell(minutes: number, r: Random): Cell {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  switch (r.int(0, 5)) {
    case 0:
      return `${h}：${pad(m)}`;
    case 1:
      return m === 0 ? `${h}点` : `${h}点${m}分`;
    case 2:
      return minutes / 1440;
    case 3:
      if (h >= 13 && h < 24 && (m === 0 || m === 30)) return `${h >= 18 ? '晚上' : '下午'}${CN_DIGITS[h - 12]}点${m === 30 ? '半' : ''}`;
      return `${h}:${pad(m)}`;
    default:
      return `${h}:${pad(m)}`;
  }
}

function buildingCell(n: number, r: Random): Cell {
  switch (r.int(0, 5)) {
    case 0:
      return n;
    case 1:
      return `${n}号楼`;
    case 2:
      return `${FULL(String(n))}号楼`;
    case 3:
      return `${CN_DIGITS[n]}号楼`;
    default:
      return `${n}栋`;
  }
}

/**
 * The story's visit log: one row per attempt, date and time written in many ways (now and then the whole
 * moment in the date cell and the time left blank), both scripts, rows in no time order. Deterministic.
 */
export function visitLogRows(seed = 20200129): Cell[][] {
  const r = seeded(seed);
  const rows: Cell[][] = [];
  for (const d of plan(r)) {
    for (const a of d.attempts) {
      const whole = r.chance(0.08);
      const h = Math.floor(a.minutes / 60);
      rows.push([
        whole ? `${STORY_DAYS[a.day]} ${pad(h)}:${pad(a.minutes % 60)}` : dayCell(a.day, r),
        whole ? '' : timeCell(a.minutes, r),
        d.group,
        r.chance(0.15) ? d.traditional : d.compound,
        buildingCell(d.building, r),
        r.chance(0.3) ? `${d.unit}单元` : d.unit,
        r.chance(0.2) ? Number(d.room) : d.room,
        r.pick(DAY_WORDS[a.result]!),
        `${r.pick(SURNAMES)}${r.pick(['工', '老师', '书记', '同志'])}`,
        a.result === 'uninhabited' && r.chance(0.3) ? '窗户积灰' : '',
      ]);
    }
  }
  // Each group writes its own rows: the log comes in no time order.
  return [VISIT_HEADER, ...sample(rows, rows.length, r)];
}
