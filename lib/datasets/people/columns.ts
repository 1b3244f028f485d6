import { column } from '../../columns/column.ts';
import { seq } from '../../columns/row-number.ts';
import { idNumber, name, notes, phone } from '../../columns/person.ts';
import { building, compound, room, unit } from '../../columns/place.ts';

/** Who follows a person up (随访人): on the watch register and on each daily check. */
export const checkedBy = column({
  kind: 'text',
  label: { 'zh-Hans': '随访人', 'zh-Hant': '隨訪人', en: 'Checked by' },
  aliases: [
    '随访人',
    '随访人员',
    '随访员',
    '监测人',
    '监测人员',
    '测温人',
    '责任人',
    '包保人',
    '包保责任人',
    'checkedby',
    'volunteer',
    'followedby',
  ],
});

// Place columns are optional here: a person named in the register is watched even before the room is
// known (a row is counted by its name), and a person without a place is listed apart.
const optional = { required: false } as const;

/**
 * What tells one person from another beside the name, in the register and on a check: the ID number,
 * the phone, and where they live (each optional).
 */
export const whoAndWhere = {
  idNumber,
  phone,
  compound: column({ ...compound, ...optional }),
  building: column({ ...building, ...optional }),
  unit,
  room: column({ ...room, ...optional }),
} as const;

/** 重点人员登记: one row per person under a 14-day watch (issue 15). */
export const peopleColumns = {
  seq,
  name: column({ ...name, required: true }),
  gender: column({
    kind: 'text',
    label: { 'zh-Hans': '性别', 'zh-Hant': '性別', en: 'Gender' },
    aliases: ['性别', 'gender', 'sex'],
  }),
  ...whoAndWhere,
  category: column({
    kind: 'person-category',
    required: true,
    label: { 'zh-Hans': '人员类别', 'zh-Hant': '人員類別', en: 'Category' },
    aliases: ['人员类别', '人员类型', '人员分类', '类别', '类型', '分类', '人员性质', '身份类别', 'category', 'persontype', 'type'],
  }),
  origin: column({
    kind: 'origin',
    severity: 'warning',
    label: { 'zh-Hans': '来自', 'zh-Hant': '來自', en: 'From' },
    aliases: [
      '来自',
      '来自何地',
      '来源地',
      '从何地来',
      '从何地返回',
      '出发地',
      '返回地',
      '来自地区',
      '来源',
      'origin',
      'from',
      'comingfrom',
    ],
  }),
  arrival: column({
    kind: 'date',
    label: { 'zh-Hans': '抵达日期', 'zh-Hant': '抵達日期', en: 'Arrived' },
    aliases: [
      '抵达日期',
      '抵达时间',
      '到达日期',
      '到达时间',
      '返回日期',
      '返回时间',
      '返乡日期',
      '返乡时间',
      '抵汉日期',
      '来汉日期',
      '入住日期',
      'arrival',
      'arrived',
      'arrivaldate',
    ],
  }),
  watchStart: column({
    kind: 'date',
    label: { 'zh-Hans': '隔离开始', 'zh-Hant': '隔離開始', en: 'Watch start' },
    aliases: [
      '隔离开始',
      '隔离开始日期',
      '隔离开始时间',
      '开始隔离',
      '开始隔离日期',
      '观察开始',
      '观察开始日期',
      '管控开始',
      '管控开始日期',
      'watchstart',
      'quarantinestart',
      'start',
    ],
  }),
  watchEnd: column({
    kind: 'date',
    label: { 'zh-Hans': '隔离结束', 'zh-Hant': '隔離結束', en: 'Watch end' },
    aliases: [
      '隔离结束',
      '隔离结束日期',
      '解除日期',
      '解除隔离日期',
      '解除时间',
      '观察结束',
      '观察结束日期',
      '隔离期满',
      '期满日期',
      '管控结束',
      'watchend',
      'quarantineend',
      'releasedate',
      'end',
    ],
  }),
  measure: column({
    kind: 'control-measure',
    label: { 'zh-Hans': '管控措施', 'zh-Hant': '管控措施', en: 'Measure' },
    aliases: [
      '管控措施',
      '措施',
      '管控方式',
      '管控情况',
      '隔离方式',
      '隔离措施',
      '隔离情况',
      '管理措施',
      'measure',
      'control',
      'controlmeasure',
    ],
  }),
  checkedBy,
  notes,
} as const;
