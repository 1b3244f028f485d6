import { column } from '../../columns/column.ts';
import { seq } from '../../columns/row-number.ts';
import { notes } from '../../columns/person.ts';
import { building, compound, group, room, unit } from '../../columns/place.ts';

/**
 * 走访记录: one row per attempt at a dwelling (DESIGN.md, "The registers after 2 February"). The date
 * and time columns both read a whole moment: a date cell may hold the time, a time cell the date.
 */
export const visitColumns = {
  seq,
  visitDate: column({
    kind: 'date-time',
    label: { 'zh-Hans': '日期', 'zh-Hant': '日期', en: 'Date' },
    aliases: ['日期', '走访日期', '入户日期', '核查日期', '登记日期', '上门日期', '走访日期时间', 'date', 'visitdate', 'day'],
  }),
  visitTime: column({
    kind: 'time',
    label: { 'zh-Hans': '时间', 'zh-Hant': '時間', en: 'Time' },
    aliases: ['时间', '走访时间', '入户时间', '核查时间', '上门时间', '时刻', '几点', 'time', 'visittime', 'timeofday'],
  }),
  group,
  compound,
  building,
  unit,
  room,
  result: column({
    kind: 'status',
    required: true,
    label: { 'zh-Hans': '走访结果', 'zh-Hant': '走訪結果', en: 'Result' },
    aliases: [
      '走访结果',
      '结果',
      '核查结果',
      '走访情况',
      '入户结果',
      '入户情况',
      '核实结果',
      '上门结果',
      '情况',
      'result',
      'outcome',
      'visitresult',
    ],
  }),
  visitor: column({
    kind: 'text',
    pii: true,
    label: { 'zh-Hans': '走访人', 'zh-Hant': '走訪人', en: 'Visitor' },
    aliases: [
      '走访人',
      '走访人员',
      '入户人员',
      '核查人',
      '核查人员',
      '登记人',
      '上门人员',
      '经办人',
      'visitor',
      'visitedby',
      'volunteer',
      'staff',
    ],
  }),
  notes,
} as const;
