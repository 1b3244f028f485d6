import { addDays } from '../lib/cells/date.ts';
import type { Cell } from '../lib/cells/result.ts';
import { COMPOUNDS, GIVEN, SURNAMES } from './households.ts';
import { seeded, type Random } from './random.ts';

// The seed team's registers after the household count (DESIGN.md, "The registers after 2 February"):
// from 2 Feb every street shop of the four compounds is checked daily and reported before 20:00
// (两查一报); from 4 Feb each compound keeps a daily duty log; from 7 Feb it records the closed-management
// inspection too. Shops skip a day, reports come late, compounds are spelled in Traditional, times are
// typed every way volunteers type them. Each story returns its sheet and what is true of each day,
// worked out here without paicha, so tests can hold paicha's per-day counts to it.

export const SHOPS: readonly { readonly name: string; readonly compound: number; readonly staff: number }[] = [
  { name: '金都超市', compound: 0, staff: 6 },
  { name: '好邻居便利店', compound: 0, staff: 3 },
  { name: '老王面馆', compound: 0, staff: 4 },
  { name: '金都大药房', compound: 0, staff: 5 },
  { name: '福满多早餐店', compound: 0, staff: 2 },
  { name: '惠民菜店', compound: 0, staff: 3 },
  { name: '银杏苑水果店', compound: 1, staff: 2 },
  { name: '小杨理发店', compound: 1, staff: 2 },
  { name: '银杏便利店', compound: 1, staff: 3 },
  { name: '东湖粮油店', compound: 2, staff: 2 },
  { name: '东湖诊所', compound: 2, staff: 4 },
  { name: '阿香米粉', compound: 2, staff: 3 },
  { name: '纺织厂小卖部', compound: 3, staff: 1 },
  { name: '周记热干面', compound: 3, staff: 2 },
];

const SHOP_HEADER = [
  '日期',
  '门店名称',
  '所属小区',
  '地址',
  '负责人',
  '联系电话',
  '从业人员',
  '已查人数',
  '外地返回',
  '体温异常',
  '营业状态',
  '上报时间',
  '检查人',
];
const DUTY_HEADER = ['日期', '小区', '消杀', '出入登记（人次）', '垃圾清运', '封闭管理', '发现问题', '上报时间', '填报人'];

const OPEN_WORDS = ['营业', '正常营业', '營業'];
const TAKEAWAY_WORDS = ['仅外卖', '僅外賣', '只做外卖'];
const CLOSED_WORDS = ['停业', '暂停营业', '未开门', '关门'];

/** What is true of one day of shop checks. */
export type ShopDayTruth = {
  checked: Set<string>;
  onTime: number;
  late: number;
  open: number;
  closed: number;
  staffChecked: number;
  fromOutside: number;
  fever: number;
};

/** What is true of one day of the duty log. */
export type DutyDayTruth = { reported: Set<string>; late: number; issues: number };

const name = (r: Random): string => r.pick(SURNAMES) + r.pick(GIVEN);
const compoundCell = (i: number, r: Random): string => (r.chance(0.2) ? COMPOUNDS[i]!.traditional : COMPOUNDS[i]!.name);
const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** A report time (minutes since midnight) as a volunteer types it, on `date`. */
export function timeCell(minutes: number, date: string, r: Random): Cell {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  switch (r.int(0, 6)) {
    case 0:
      return `${h}:${pad(m)}`;
    case 1:
      return `${h}：${pad(m)}`;
    case 2:
      return h >= 12 ? `晚上${h - 12}点${m === 0 ? '' : m === 30 ? '半' : `${m}分`}` : `${h}点${m}分`;
    case 3:
      return minutes / 1440;
    case 4:
      return `${date} ${pad(h)}:${pad(m)}`;
    case 5:
      return `${pad(h)}${pad(m)}`;
    default:
      return `${h}:${pad(m)}`;
  }
}

// Most reports come between 17:00 and 20:00; about one in six after the cut-off; 20:00 itself is on time.
function reportMinutes(r: Random): number {
  if (r.chance(0.08)) return 1200;
  return r.chance(0.17) ? r.int(1201, 1290) : r.int(1020, 1199);
}

/** 门店排查 from `from` to `to`: a row per shop checked, a few shops skipped each day, one shop entered twice. */
export function shopStory(seed = 216, from = '2020-02-02', to = '2020-02-06'): { rows: Cell[][]; truth: Map<string, ShopDayTruth> } {
  const r = seeded(seed);
  const rows: Cell[][] = [SHOP_HEADER];
  const truth = new Map<string, ShopDayTruth>();
  const managers = SHOPS.map(() => name(r));
  const phones = SHOPS.map(() => `13${r.int(5, 9)}${String(r.int(0, 99_999_999)).padStart(8, '0')}`);
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const t: ShopDayTruth = { checked: new Set(), onTime: 0, late: 0, open: 0, closed: 0, staffChecked: 0, fromOutside: 0, fever: 0 };
    truth.set(date, t);
    let firstOfDay = true;
    SHOPS.forEach((s, i) => {
      if (r.chance(0.15)) return; // not checked today
      const open = r.next();
      const kind = open < 0.6 ? 'open' : open < 0.8 ? 'takeaway' : 'closed';
      const checked = kind === 'closed' ? r.int(0, 1) : s.staff - (r.chance(0.2) ? 1 : 0);
      const outside = checked > 0 && r.chance(0.15) ? 1 : 0;
      const fever = checked > 0 && r.chance(0.04) ? 1 : 0;
      const minutes = reportMinutes(r);
      const row = (business: string, at: number): Cell[] => [
        firstOfDay || r.chance(0.5) ? date : '',
        s.name,
        compoundCell(s.compound, r),
        `${COMPOUNDS[s.compound]!.name}临街${i + 1}号`,
        managers[i]!,
        phones[i]!,
        s.staff,
        checked,
        outside === 0 && r.chance(0.5) ? '无' : outside,
        fever === 1 ? (r.chance(0.5) ? '37.8' : 1) : r.chance(0.5) ? '无' : 0,
        business,
        timeCell(at, date, r),
        name(r),
      ];
      const words = kind === 'open' ? OPEN_WORDS : kind === 'takeaway' ? TAKEAWAY_WORDS : CLOSED_WORDS;
      // The first shop of the third day is entered twice: a first report saying closed, then the later one that counts.
      if (date === addDays(from, 2) && t.checked.size === 0) rows.push(row(r.pick(CLOSED_WORDS), minutes - 30));
      rows.push(row(r.pick(words), minutes));
      firstOfDay = false;
      t.checked.add(s.name);
      if (minutes > 1200) t.late++;
      else t.onTime++;
      if (kind === 'closed') t.closed++;
      else t.open++;
      t.staffChecked += checked;
      t.fromOutside += outside;
      t.fever += fever;
    });
  }
  return { rows, truth };
}

const ISSUES = ['楼道堆放杂物', '东门夜间无人值守', '垃圾桶满溢未及时清运', '有住户未戴口罩外出', '快递堆放在门口'];

/** 工作台账 from `from` to `to`: each compound a row a day, some days missed; 封闭管理 from `closedFrom`. */
export function dutyStory(
  seed = 204,
  from = '2020-02-04',
  to = '2020-02-09',
  closedFrom = '2020-02-07',
): { rows: Cell[][]; truth: Map<string, DutyDayTruth> } {
  const r = seeded(seed);
  const rows: Cell[][] = [DUTY_HEADER];
  const truth = new Map<string, DutyDayTruth>();
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const t: DutyDayTruth = { reported: new Set(), late: 0, issues: 0 };
    truth.set(date, t);
    COMPOUNDS.forEach((c, i) => {
      if (r.chance(0.12)) return;
      const minutes = reportMinutes(r);
      const closedIssue = date >= closedFrom && r.chance(0.2) ? r.pick(ISSUES) : undefined;
      const found = r.chance(0.2) ? r.pick(ISSUES) : undefined;
      rows.push([
        date,
        compoundCell(i, r),
        r.pick(['是', '已消杀', '2次', '早晚各一次', 1]),
        r.chance(0.5) ? `${r.int(60, 300)}人次` : r.int(60, 300),
        r.pick(['是', '已清运', '已清理']),
        date < closedFrom ? '' : (closedIssue ?? r.pick(['正常', '封闭管理到位', '正常'])),
        found ?? r.pick(['无', '', '未发现问题']),
        timeCell(minutes, date, r),
        name(r),
      ]);
      t.reported.add(c.name);
      if (minutes > 1200) t.late++;
      t.issues += (closedIssue ? 1 : 0) + (found ? 1 : 0);
    });
  }
  return { rows, truth };
}
