import { column } from '../../columns/column.ts';
import { idNumber, name, notes, phone } from '../../columns/person.ts';
import { building, compound, group, room, unit } from '../../columns/place.ts';
import { seq } from '../../columns/row-number.ts';

/** 住户登记: one row per dwelling (DESIGN.md, "What the team fills in"). */
export const householdColumns = {
  seq,
  group,
  compound,
  building,
  unit,
  room,
  head: column({
    ...name,
    label: { 'zh-Hans': '户主姓名', 'zh-Hant': '戶主姓名', en: 'Head of household' },
    aliases: ['户主姓名', '户主', '住户姓名', '居民姓名', '联系人', 'head', 'householder', 'resident', 'headofhousehold', ...name.aliases],
  }),
  phone,
  idNumber,
  residents: column({
    kind: 'integer',
    severity: 'warning',
    label: { 'zh-Hans': '常住人数', 'zh-Hant': '常住人數', en: 'Residents' },
    aliases: [
      '常住人数',
      '人数',
      '居住人数',
      '在住人数',
      '家庭人数',
      '户内人数',
      'residents',
      'people',
      'occupants',
      'persons',
      'householdsize',
    ],
  }),
  status: column({
    kind: 'status',
    label: { 'zh-Hans': '核查状态', 'zh-Hant': '核查狀態', en: 'Status' },
    aliases: [
      '核查状态',
      '状态',
      '登记状态',
      '核实状态',
      '走访情况',
      '核查情况',
      '核实情况',
      '走访状态',
      '登记情况',
      'status',
      'visitstatus',
      'verification',
    ],
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
  notes,
} as const;
