import { column } from '../../columns/column.ts';
import { seq } from '../../columns/row-number.ts';
import { name } from '../../columns/person.ts';
import { checkedBy, whoAndWhere } from '../people/columns.ts';

/** 健康监测/随访记录: one row per daily health check of a person under watch (issue 15). */
export const checkColumns = {
  seq,
  date: column({
    kind: 'date',
    required: true,
    label: { 'zh-Hans': '日期', 'zh-Hant': '日期', en: 'Date' },
    aliases: ['日期', '随访日期', '监测日期', '测温日期', '检测日期', '随访时间', '监测时间', 'date', 'checkdate'],
  }),
  name: column({ ...name, required: true }),
  // To tell apart two people of one name; a check needs none of them.
  ...whoAndWhere,
  temperature: column({
    kind: 'temperature',
    label: { 'zh-Hans': '体温', 'zh-Hant': '體溫', en: 'Temperature' },
    aliases: ['体温', '体温℃', '体温(℃)', '体温（℃）', '测量体温', '温度', '体温情况', 'temperature', 'temp', 'bodytemperature'],
  }),
  symptoms: column({
    kind: 'symptoms',
    label: { 'zh-Hans': '症状', 'zh-Hant': '症狀', en: 'Symptoms' },
    aliases: ['症状', '有无症状', '不适症状', '身体状况', '健康状况', '健康情况', '症状描述', 'symptoms', 'symptom', 'health'],
  }),
  checkWay: column({
    kind: 'text',
    label: { 'zh-Hans': '随访方式', 'zh-Hant': '隨訪方式', en: 'How' },
    aliases: ['随访方式', '监测方式', 'how', 'method', 'checkway'],
  }),
  checkedBy,
} as const;
