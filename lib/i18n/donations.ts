import type { Words } from './locale.ts';

/** Headers, section names and lines of 汇总-捐赠 and 公示-捐赠. */
export const D = {
  section: { 'zh-Hans': '分类', 'zh-Hant': '分類', en: 'Section' },
  name: { 'zh-Hans': '名称', 'zh-Hant': '名稱', en: 'Name' },
  count: { 'zh-Hans': '笔数', 'zh-Hant': '筆數', en: 'Donations' },
  cash: { 'zh-Hans': '捐款（元）', 'zh-Hant': '捐款（元）', en: 'Cash (yuan)' },
  goodsValue: { 'zh-Hans': '物资折价（元）', 'zh-Hant': '物資折價（元）', en: 'Goods value (yuan)' },
  total: { 'zh-Hans': '合计（元）', 'zh-Hant': '合計（元）', en: 'Total (yuan)' },
  cumulative: { 'zh-Hans': '累计（元）', 'zh-Hant': '累計（元）', en: 'Running total (yuan)' },
  quantity: { 'zh-Hans': '数量', 'zh-Hant': '數量', en: 'Quantity' },
  unit: { 'zh-Hans': '单位', 'zh-Hant': '單位', en: 'Unit' },
  detail: { 'zh-Hans': '说明', 'zh-Hant': '說明', en: 'Details' },
  byDay: { 'zh-Hans': '按日', 'zh-Hant': '按日', en: 'By day' },
  totals: { 'zh-Hans': '合计', 'zh-Hant': '合計', en: 'Total' },
  allDonations: { 'zh-Hans': '全部捐赠', 'zh-Hant': '全部捐贈', en: 'All donations' },
  donors: { 'zh-Hans': '捐赠人数', 'zh-Hant': '捐贈人數', en: 'Donors' },
  anonymous: { 'zh-Hans': '匿名', 'zh-Hant': '匿名', en: 'Anonymous' },
  withheld: { 'zh-Hans': '不公示', 'zh-Hant': '不公示', en: 'Not published' },
  foreign: { 'zh-Hans': '外币（未计入人民币）', 'zh-Hant': '外幣（未計入人民幣）', en: 'Foreign currency (not in yuan)' },
  check: { 'zh-Hans': '合计核对', 'zh-Hant': '合計核對', en: 'Stated totals' },
  checkRow: { 'zh-Hans': '{sheet} 第{row}行', 'zh-Hant': '{sheet} 第{row}列', en: '{sheet} row {row}' },
  checkOk: {
    'zh-Hans': '{what}：写明 {stated}，各行之和 {computed}，一致',
    'zh-Hant': '{what}：寫明 {stated}，各列之和 {computed}，一致',
    en: '{what}: states {stated}, rows add up to {computed}: matches',
  },
  checkBad: {
    'zh-Hans': '{what}：写明 {stated}，各行之和 {computed}，对不上',
    'zh-Hant': '{what}：寫明 {stated}，各列之和 {computed}，對不上',
    en: '{what}: states {stated}, rows add up to {computed}: does not match',
  },
  donorType: { 'zh-Hans': '捐赠人类型', 'zh-Hant': '捐贈人類型', en: 'Donor type' },
  sector: { 'zh-Hans': '界别', 'zh-Hant': '界別', en: 'Sector' },
  item: { 'zh-Hans': '物资', 'zh-Hant': '物資', en: 'Goods' },
  unvalued: { 'zh-Hans': '未折价物资（不计入金额）', 'zh-Hant': '未折價物資（不計入金額）', en: 'Goods without a value (not in totals)' },
  unvaluedOf: { 'zh-Hans': '其中 {n} 笔未折价', 'zh-Hant': '其中 {n} 筆未折價', en: '{n} without a value' },
  destination: { 'zh-Hans': '流向', 'zh-Hant': '流向', en: 'Destination' },
  unfilled: { 'zh-Hans': '（未填）', 'zh-Hant': '（未填）', en: '(not given)' },
  undated: { 'zh-Hans': '（无日期）', 'zh-Hant': '（無日期）', en: '(no date)' },
  chart: { 'zh-Hans': '捐赠累计（元）', 'zh-Hant': '捐贈累計（元）', en: 'Donations, running total (yuan)' },
  date: { 'zh-Hans': '日期', 'zh-Hant': '日期', en: 'Date' },
  donor: { 'zh-Hans': '捐赠人', 'zh-Hant': '捐贈人', en: 'Donor' },
  kind: { 'zh-Hans': '类别', 'zh-Hant': '類別', en: 'Kind' },
  kindCash: { 'zh-Hans': '捐款', 'zh-Hant': '捐款', en: 'Cash' },
  kindGoods: { 'zh-Hans': '捐物', 'zh-Hant': '捐物', en: 'Goods' },
  amount: { 'zh-Hans': '金额（元）', 'zh-Hant': '金額（元）', en: 'Amount (yuan)' },
  goods: { 'zh-Hans': '物资 × 数量', 'zh-Hant': '物資 × 數量', en: 'Goods × quantity' },
  value: { 'zh-Hans': '折价（元）', 'zh-Hant': '折價（元）', en: 'Value (yuan)' },
  foreignAmount: { 'zh-Hans': '外币金额', 'zh-Hant': '外幣金額', en: 'Foreign amount' },
  receipt: { 'zh-Hans': '收据编号', 'zh-Hant': '收據編號', en: 'Receipt no.' },
  listTotal: { 'zh-Hans': '合计（共 {n} 笔）', 'zh-Hant': '合計（共 {n} 筆）', en: 'Total ({n} donations)' },
  withheldLine: {
    'zh-Hans': '另有 {n} 笔捐赠按捐赠人意愿不公示，已计入合计。',
    'zh-Hant': '另有 {n} 筆捐贈按捐贈人意願不公示，已計入合計。',
    en: '{n} more donations are not published at the donors’ wish; they are in the totals.',
  },
  unvaluedLine: {
    'zh-Hans': '{n} 笔物资未折价，未计入金额合计。',
    'zh-Hant': '{n} 筆物資未折價，未計入金額合計。',
    en: '{n} goods donations have no value and are not in the money totals.',
  },
} as const satisfies Record<string, Words>;

/** Words the donation template's drop-downs offer (each read back by the 类别, 公示 and 捐赠人类型 parsers). */
export const DONATION_CHOICES = {
  donorType: [
    { 'zh-Hans': '政协委员', 'zh-Hant': '政協委員', en: 'CPPCC member' },
    { 'zh-Hans': '企业', 'zh-Hant': '企業', en: 'Company' },
    { 'zh-Hans': '个人', 'zh-Hant': '個人', en: 'Individual' },
    { 'zh-Hans': '单位', 'zh-Hant': '單位', en: 'Organization' },
  ],
  disclose: [
    { 'zh-Hans': '是', 'zh-Hant': '是', en: 'Yes' },
    { 'zh-Hans': '否', 'zh-Hant': '否', en: 'No' },
    { 'zh-Hans': '匿名', 'zh-Hant': '匿名', en: 'Anonymous' },
  ],
} as const satisfies Record<string, readonly Words[]>;
