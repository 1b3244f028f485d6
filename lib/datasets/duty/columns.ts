import { column } from '../../columns/column.ts';
import { seq } from '../../columns/row-number.ts';
import { name, notes } from '../../columns/person.ts';
import { day, ownCompound, reportTime } from '../shops/columns.ts';

/** 工作台账 / 每日台账: one row per compound per day (消杀, 出入登记, 垃圾清运, 封闭管理, 发现问题). */
export const dutyColumns = {
  seq,
  date: day,
  compound: ownCompound,
  disinfection: column({
    kind: 'done-count',
    label: { 'zh-Hans': '消杀', 'zh-Hant': '消殺', en: 'Disinfection' },
    aliases: ['消杀', '消毒', '消杀情况', '消毒情况', '消杀次数', '消毒次数', '环境消杀', '公共区域消杀', 'disinfection', 'disinfected'],
  }),
  entries: column({
    kind: 'entry-count',
    label: { 'zh-Hans': '出入登记', 'zh-Hant': '出入登記', en: 'Entries logged' },
    aliases: [
      '出入登记',
      '出入登记人次',
      '进出登记',
      '出入人次',
      '进出人次',
      '登记人次',
      '出入登记情况',
      'entries',
      'entrylog',
      'entrieslogged',
    ],
  }),
  garbage: column({
    kind: 'done-count',
    label: { 'zh-Hans': '垃圾清运', 'zh-Hant': '垃圾清運', en: 'Garbage cleared' },
    aliases: ['垃圾清运', '垃圾清理', '清运', '垃圾处理', '垃圾日产日清', '垃圾', 'garbage', 'rubbish', 'waste'],
  }),
  closedManagement: column({
    kind: 'closed-management',
    label: { 'zh-Hans': '封闭管理', 'zh-Hant': '封閉管理', en: 'Closed management' },
    aliases: ['封闭管理', '封闭管理情况', '封闭情况', '封闭式管理', '门岗值守', '卡口值守', 'closedmanagement', 'lockdown', 'closure'],
  }),
  issuesFound: column({
    kind: 'text',
    label: { 'zh-Hans': '发现问题', 'zh-Hant': '發現問題', en: 'Issues found' },
    aliases: ['发现问题', '存在问题', '发现的问题', '问题及整改', '问题', '问题描述', 'issues', 'issuesfound', 'problems'],
  }),
  reportTime,
  reporter: column({
    ...name,
    label: { 'zh-Hans': '填报人', 'zh-Hant': '填報人', en: 'Reported by' },
    aliases: ['填报人', '填表人', '上报人', '报送人', '记录人', '值班人', '值守人', 'reporter', 'reportedby', 'filledby'],
  }),
  notes,
} as const;
