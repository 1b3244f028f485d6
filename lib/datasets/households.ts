import type { Status } from '../cells/status.ts';
import { column, type Columns } from './column.ts';

/** 住户登记: one row per dwelling (DESIGN.md, "What the team fills in"). */
export const householdColumns = {
  group: column({
    kind: 'key',
    label: { 'zh-Hans': '工作组', 'zh-Hant': '工作組', en: 'Group' },
    aliases: ['工作组', '小组', '组别', '组', '所在组', '分组', '网格', '网格员', '责任组', 'group', 'team', 'workgroup', 'squad'],
  }),
  compound: column({
    kind: 'key',
    required: true,
    label: { 'zh-Hans': '小区', 'zh-Hant': '小區', en: 'Compound' },
    aliases: ['小区', '所在小区', '小区名称', '小区名', '院落', '院子', '片区', '社区', '居住小区', 'compound', 'estate', 'community', 'neighborhood', 'neighbourhood', 'residentialarea'],
  }),
  building: column({
    kind: 'building',
    required: true,
    label: { 'zh-Hans': '楼号', 'zh-Hant': '樓號', en: 'Building' },
    aliases: ['楼号', '楼栋', '楼栋号', '栋号', '栋', '幢', '幢号', '楼', '楼宇', '所在楼栋', 'building', 'bldg', 'block', 'tower'],
  }),
  unit: column({
    kind: 'unit',
    label: { 'zh-Hans': '单元', 'zh-Hant': '單元', en: 'Unit' },
    aliases: ['单元', '单元号', '门洞', 'unit', 'entrance', 'stairwell'],
  }),
  room: column({
    kind: 'room',
    required: true,
    label: { 'zh-Hans': '门牌号', 'zh-Hant': '門牌號', en: 'Room' },
    aliases: ['门牌号', '门牌', '房号', '房间号', '室', '户号', '房屋号', '门号', 'room', 'roomno', 'door', 'apartment', 'apt', 'flat'],
  }),
  head: column({
    kind: 'text',
    pii: true,
    label: { 'zh-Hans': '户主姓名', 'zh-Hant': '戶主姓名', en: 'Head of household' },
    aliases: ['户主姓名', '户主', '姓名', '住户姓名', '居民姓名', '联系人', 'head', 'name', 'householder', 'resident', 'headofhousehold'],
  }),
  phone: column({
    kind: 'phone',
    pii: true,
    severity: 'warning',
    label: { 'zh-Hans': '联系电话', 'zh-Hant': '聯繫電話', en: 'Phone' },
    aliases: ['联系电话', '手机号', '手机号码', '电话', '手机', '电话号码', '联系方式', 'phone', 'mobile', 'tel', 'telephone', 'phonenumber'],
  }),
  idNumber: column({
    kind: 'id-number',
    pii: true,
    severity: 'warning',
    label: { 'zh-Hans': '身份证号', 'zh-Hant': '身分證號', en: 'ID number' },
    aliases: ['身份证号', '身份证号码', '身份证', '证件号码', '证件号', 'idnumber', 'idno', 'id'],
  }),
  residents: column({
    kind: 'integer',
    severity: 'warning',
    label: { 'zh-Hans': '常住人数', 'zh-Hant': '常住人數', en: 'Residents' },
    aliases: ['常住人数', '人数', '居住人数', '在住人数', '家庭人数', '户内人数', 'residents', 'people', 'occupants', 'persons', 'householdsize'],
  }),
  status: column({
    kind: 'status',
    label: { 'zh-Hans': '核查状态', 'zh-Hant': '核查狀態', en: 'Status' },
    aliases: ['核查状态', '状态', '登记状态', '核实状态', '走访情况', '核查情况', '核实情况', '走访状态', '登记情况', 'status', 'visitstatus', 'verification'],
  }),
  attempts: column({
    kind: 'integer',
    severity: 'warning',
    label: { 'zh-Hans': '走访次数', 'zh-Hant': '走訪次數', en: 'Attempts' },
    aliases: ['走访次数', '上门次数', '敲门次数', '次数', 'attempts', 'visits', 'tries'],
  }),
  lastVisit: column({
    kind: 'date',
    severity: 'warning',
    label: { 'zh-Hans': '最近走访', 'zh-Hant': '最近走訪', en: 'Last visit' },
    aliases: ['最近走访', '最近走访日期', '走访日期', '最后走访', '走访时间', '登记日期', '日期', 'lastvisit', 'visitdate', 'date'],
  }),
  notes: column({
    kind: 'text',
    label: { 'zh-Hans': '备注', 'zh-Hant': '備註', en: 'Notes' },
    aliases: ['备注', '说明', '情况说明', 'notes', 'note', 'remarks', 'comment', 'comments'],
  }),
} as const satisfies Columns;

export type HouseholdField = keyof typeof householdColumns;

/**
 * A row filling none of these is an empty row of a template: numbered (序号), or with the group and
 * compound filled down ahead of the visits. Anything else typed makes it a row to check.
 */
export const HOUSEHOLD_ROW_FIELDS: readonly HouseholdField[] = [
  'building', 'unit', 'room', 'head', 'phone', 'idNumber', 'residents', 'status', 'attempts', 'lastVisit', 'notes',
];

/**
 * A household as the core reads it (its zod schema is in households.schema.ts). Every field is always
 * present, undefined where the sheet has no value: records of one shape are what keep a tally fast.
 */
export type HouseholdRecord = {
  row: number;
  group: string;
  compound: string;
  compoundKey: string;
  building: string;
  unit: string;
  room: string;
  head: string | undefined;
  phone: string | undefined;
  residents: number | undefined;
  status: Status;
  attempts: number;
  lastVisit: string | undefined;
};

/** A dwelling is compound + building + unit + room, after normalization. */
export const dwellingKey = (r: Pick<HouseholdRecord, 'compoundKey' | 'building' | 'unit' | 'room'>): string =>
  `${r.compoundKey}\u0001${r.building.toLowerCase()}\u0001${r.unit.toLowerCase()}\u0001${r.room.toLowerCase()}`;

const RANK: Record<HouseholdRecord['status'], number> = {
  visited: 0, phoned: 1, vacant: 2, verified_way_unknown: 2, refused: 3, uninhabited: 4, not_home: 5, no_answer: 6, pending: 7,
};

const canonical = (r: HouseholdRecord): string =>
  [r.group, r.compound, r.building, r.unit, r.room, r.attempts, r.lastVisit ?? '', r.residents ?? ''].join('\u0001');

/**
 * Of two rows for one dwelling, the one that counts: a verified row wins (a later visit that found the
 * household supersedes "no answer"), then the most attempts; ties fall to the row's content, never to
 * its position, so the tally does not depend on row order.
 */
export function preferredRow(a: HouseholdRecord, b: HouseholdRecord): HouseholdRecord {
  if (RANK[a.status] !== RANK[b.status]) return RANK[a.status] < RANK[b.status] ? a : b;
  if (a.attempts !== b.attempts) return a.attempts > b.attempts ? a : b;
  return canonical(a) <= canonical(b) ? a : b;
}
