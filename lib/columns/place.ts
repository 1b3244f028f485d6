import { column } from './column.ts';

// Where a dwelling is (compound + building + unit + room, DESIGN.md) and the work group covering it:
// declared once for every register that names a dwelling (households, visits, people, shops, duty).

export const group = column({
  kind: 'key',
  label: { 'zh-Hans': '工作组', 'zh-Hant': '工作組', en: 'Group' },
  aliases: ['工作组', '小组', '组别', '组', '所在组', '分组', '网格', '网格员', '责任组', 'group', 'team', 'workgroup', 'squad'],
});

export const compound = column({
  kind: 'key',
  required: true,
  label: { 'zh-Hans': '小区', 'zh-Hant': '小區', en: 'Compound' },
  aliases: [
    '小区',
    '所在小区',
    '小区名称',
    '小区名',
    '院落',
    '院子',
    '片区',
    '社区',
    '居住小区',
    'compound',
    'estate',
    'community',
    'neighborhood',
    'neighbourhood',
    'residentialarea',
  ],
});

export const building = column({
  kind: 'building',
  required: true,
  label: { 'zh-Hans': '楼号', 'zh-Hant': '樓號', en: 'Building' },
  aliases: ['楼号', '楼栋', '楼栋号', '栋号', '栋', '幢', '幢号', '楼', '楼宇', '所在楼栋', 'building', 'bldg', 'block', 'tower'],
});

export const unit = column({
  kind: 'unit',
  label: { 'zh-Hans': '单元', 'zh-Hant': '單元', en: 'Unit' },
  aliases: ['单元', '单元号', '门洞', 'unit', 'entrance', 'stairwell'],
});

export const room = column({
  kind: 'room',
  required: true,
  label: { 'zh-Hans': '门牌号', 'zh-Hant': '門牌號', en: 'Room' },
  aliases: ['门牌号', '门牌', '房号', '房间号', '室', '户号', '房屋号', '门号', 'room', 'roomno', 'door', 'apartment', 'apt', 'flat'],
});
