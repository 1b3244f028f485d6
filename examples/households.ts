import type { Cell } from '../lib/cells/result.ts';
import { seeded, type Random } from './random.ts';

// The story of DESIGN.md: 4 work groups, 4 old compounds, 719 households; 金都小区 has 12 buildings
// and 507 of them. Names and phone numbers are made up.
export const COMPOUNDS = [
  { name: '金都小区', traditional: '金都小區', buildings: 12, households: 507, group: '第一组' },
  { name: '银杏苑', traditional: '銀杏苑', buildings: 4, households: 96, group: '第二组' },
  { name: '东湖新村', traditional: '東湖新村', buildings: 3, households: 72, group: '第三组' },
  { name: '纺织厂宿舍', traditional: '紡織廠宿舍', buildings: 2, households: 44, group: '第四组' },
] as const;

export const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '胡', '朱', '高', '林'];
export const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '桂英',
  '建华',
];
const CN_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const FULL = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

/** A building number the many ways volunteers type it. */
function buildingCell(n: number, r: Random): Cell {
  switch (r.int(0, 7)) {
    case 0:
      return n;
    case 1:
      return `${n}号楼`;
    case 2:
      return `${FULL(String(n))}号楼`;
    case 3:
      return `${CN_DIGITS[n]}号楼`;
    case 4:
      return `${n}#`;
    case 5:
      return `${n}栋`;
    default:
      return String(n);
  }
}

export const STATUS_WORDS = {
  visited: ['入户登记', '已入户', '入戶登記', 'visited'],
  phoned: ['电话登记', '電話登記', '电话核实'],
  vacant: ['空置', '空置户'],
  no_answer: ['敲不开门', '无人应答', '敲不開門'],
  not_home: ['不在家', '外出'],
  uninhabited: ['疑似空置', '无人居住'],
  refused: ['拒绝登记'],
  pending: ['待核查', ''],
} as const;

export type StatusCode = keyof typeof STATUS_WORDS;

function statusFor(r: Random, day: number): StatusCode {
  // Day one: 220 of 507 unreachable in the big compound; by day `day` most have been found.
  const unreachedShare = Math.max(0.02, 0.43 - 0.1 * (day - 1));
  if (r.chance(unreachedShare)) return r.pick(['no_answer', 'no_answer', 'not_home', 'uninhabited', 'pending', 'refused'] as const);
  return r.pick(['visited', 'visited', 'visited', 'visited', 'phoned', 'phoned', 'vacant'] as const);
}

const phone = (r: Random): string => {
  const d = `1${r.pick(['3', '5', '7', '8', '9'])}${String(r.int(0, 999999999)).padStart(9, '0')}`;
  return r.chance(0.2) ? `${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7)}` : r.chance(0.1) ? `+86 ${d}` : d;
};

export const HOUSEHOLD_HEADER = [
  '工作组',
  '小区',
  '楼号',
  '单元',
  '门牌号',
  '户主姓名',
  '联系电话',
  '常住人数',
  '核查状态',
  '走访次数',
  '最近走访',
  '备注',
];

/**
 * The household register on a given day of the campaign, written the way real teams write: both
 * scripts for one compound, full-width digits, 十二号楼 / 12# / 12栋, phones with spaces, one dwelling
 * entered twice, a blank row in the middle and a 合计 row at the bottom.
 */
export function householdRows(seed = 2020, day = 3): Cell[][] {
  const r = seeded(seed);
  const rows: Cell[][] = [HOUSEHOLD_HEADER];
  for (const c of COMPOUNDS) {
    const perBuilding = Math.ceil(c.households / c.buildings);
    let made = 0;
    for (let b = 1; b <= c.buildings && made < c.households; b++) {
      for (let k = 0; k < perBuilding && made < c.households; k++, made++) {
        const unit = 1 + Math.floor(k / 16);
        const floor = 1 + Math.floor((k % 16) / 2);
        const room = `${floor}0${1 + (k % 2)}`;
        const status = statusFor(r, day);
        const verified = status === 'visited' || status === 'phoned' || status === 'vacant';
        const attempts = verified ? r.int(1, 3) : status === 'pending' ? 0 : r.int(1, 4);
        const compound = r.chance(0.15) ? c.traditional : r.chance(0.05) ? ` ${c.name}\u3000` : c.name;
        rows.push([
          c.group,
          compound,
          buildingCell(b, r),
          r.chance(0.3) ? `${unit}单元` : unit,
          r.chance(0.2) ? Number(room) : room,
          status === 'vacant' ? '' : r.pick(SURNAMES) + r.pick(GIVEN),
          status === 'vacant' || r.chance(0.1) ? '' : phone(r),
          status === 'vacant' ? 0 : r.int(1, 5),
          r.pick(STATUS_WORDS[status]),
          attempts,
          attempts === 0 ? '' : `2020-02-0${Math.min(day, 9)}`,
          '',
        ]);
      }
    }
  }
  // The mess every real register has.
  rows.splice(200, 0, ['', '', '', '', '', '', '', '', '', '', '', '']);
  const again = rows[40]!.slice();
  again[8] = '入户登记';
  rows.push(again);
  rows.push(['合计', '', '', '', '', '', '', '', '', '', '', '']);
  return rows;
}
