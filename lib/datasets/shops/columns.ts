import { column } from '../../columns/column.ts';
import { seq } from '../../columns/row-number.ts';
import { address, name, notes, phone } from '../../columns/person.ts';
import { compound } from '../../columns/place.ts';

/** 日期: the day a register's row is for (the day a shop was checked, a compound's duty day). */
export const day = column({
  kind: 'date',
  label: { 'zh-Hans': '日期', 'zh-Hant': '日期', en: 'Date' },
  aliases: ['日期', '检查日期', '排查日期', '填报日期', '上报日期', '报送日期', '值班日期', '日 期', 'date', 'day', 'checkdate'],
});

/** 上报时间: when the day's report was sent, as typed (19:35, 晚上7点半, 2020-02-03 19:35). */
export const reportTime = column({
  kind: 'date-time',
  label: { 'zh-Hans': '上报时间', 'zh-Hant': '上報時間', en: 'Reported at' },
  aliases: [
    '上报时间',
    '报送时间',
    '填报时间',
    '提交时间',
    '报告时间',
    '汇报时间',
    '上报时刻',
    'reporttime',
    'reportedat',
    'submittedat',
    'time',
  ],
});

/** 所属小区: the compound a shop or a duty row belongs to (the shared compound column). */
export const ownCompound = column({ ...compound, aliases: [...compound.aliases, '所属小区', '所属社区', '所在院落'] });

/** 门店排查 / 沿街门店 (两查一报): one row per shop per day; without a 日期 column, a 门店名录 (the shop list). */
export const shopColumns = {
  seq,
  date: day,
  shop: column({
    kind: 'text',
    required: true,
    label: { 'zh-Hans': '门店名称', 'zh-Hant': '門店名稱', en: 'Shop' },
    aliases: [
      '门店名称',
      '门店',
      '门店名',
      '店名',
      '店铺',
      '店铺名称',
      '商铺',
      '商铺名称',
      '商户',
      '商户名称',
      '商家',
      '商家名称',
      '沿街门店',
      'shop',
      'store',
      'shopname',
      'storename',
    ],
  }),
  compound: ownCompound,
  address,
  manager: column({
    ...name,
    label: { 'zh-Hans': '负责人', 'zh-Hant': '負責人', en: 'Person in charge' },
    aliases: ['负责人', '店主', '经营者', '负责人姓名', '法人', '业主', '店长', 'owner', 'manager', 'personincharge'],
  }),
  phone,
  staff: column({
    kind: 'headcount',
    label: { 'zh-Hans': '从业人员', 'zh-Hant': '從業人員', en: 'Staff' },
    aliases: [
      '从业人员',
      '从业人数',
      '从业人员数',
      '员工人数',
      '员工数',
      '店员人数',
      '在岗人数',
      '员工',
      'staff',
      'employees',
      'staffcount',
    ],
  }),
  staffChecked: column({
    kind: 'headcount',
    label: { 'zh-Hans': '已查人数', 'zh-Hant': '已查人數', en: 'Staff checked' },
    aliases: [
      '已查人数',
      '检查人数',
      '排查人数',
      '已检查人数',
      '测温人数',
      '已排查人数',
      '查验人数',
      'checked',
      'staffchecked',
      'peoplechecked',
    ],
  }),
  fromOutside: column({
    kind: 'headcount',
    label: { 'zh-Hans': '外地返回', 'zh-Hant': '外地返回', en: 'Back from elsewhere' },
    aliases: [
      '外地返回',
      '外地返回人员',
      '外地返回人数',
      '外地返岗',
      '返岗人员',
      '外地人员',
      '外来人员',
      '返回人员',
      '返汉人员',
      'fromoutside',
      'returned',
      'fromelsewhere',
    ],
  }),
  fever: column({
    kind: 'fever-count',
    label: { 'zh-Hans': '体温异常', 'zh-Hant': '體溫異常', en: 'Fever' },
    aliases: ['体温异常', '体温异常人数', '发热人数', '发热', '发烧', '异常体温', '体温', 'fever', 'fevers'],
  }),
  business: column({
    kind: 'business-status',
    label: { 'zh-Hans': '营业状态', 'zh-Hant': '營業狀態', en: 'Business' },
    aliases: ['营业状态', '营业情况', '是否营业', '经营状态', '经营情况', '开业状态', '营业', 'businessstatus', 'open', 'business'],
  }),
  reportTime,
  inspector: column({
    ...name,
    label: { 'zh-Hans': '检查人', 'zh-Hant': '檢查人', en: 'Checked by' },
    aliases: ['检查人', '排查人', '检查人员', '排查人员', '检查员', '巡查人', 'inspector', 'checkedby'],
  }),
  notes,
} as const;
