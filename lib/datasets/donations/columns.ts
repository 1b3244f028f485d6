import { column } from '../../columns/column.ts';
import { address, idNumber, notes, phone } from '../../columns/person.ts';
import { seq } from '../../columns/row-number.ts';

/**
 * 捐款捐物: one row per donation (DESIGN.md), and the layouts published ledgers use: 捐赠(单位/姓名） |
 * 捐赠金额（元）, 捐赠人 | 金额, 捐赠方 | 品名 | 折算金额（万元） | 流向. Personal columns (phone, ID, address)
 * are recognized so they are checked and never published.
 */
export const donationColumns = {
  seq,
  date: column({
    kind: 'date',
    label: { 'zh-Hans': '日期', 'zh-Hant': '日期', en: 'Date' },
    aliases: [
      '日期', '捐赠日期', '捐款日期', '捐赠时间', '捐款时间', '到账日期', '到账时间', '接收日期', '接收时间', '入账日期',
      '入账时间', '收款日期', '交易日期', '交易时间', '时间', 'date', 'time', 'datereceived', 'receiveddate',
    ],
  }),
  donor: column({
    kind: 'text',
    required: true,
    label: { 'zh-Hans': '捐赠人', 'zh-Hant': '捐贈人', en: 'Donor' },
    aliases: [
      '捐赠人', '捐赠单位', '捐赠者', '捐赠方', '捐款人', '捐款单位', '捐款者', '捐款方', '捐赠人姓名', '捐赠单位名称',
      '捐赠人名称', '捐赠单位/个人', '捐赠单位/姓名', '单位/姓名', '姓名/单位', '单位名称', '姓名', '捐赠', '捐助人',
      '捐助单位', '付款人', '付款方', '汇款人', '对方户名', '户名', 'donor', 'name', 'donorname', 'from', 'payer',
    ],
  }),
  donorType: column({
    kind: 'key',
    label: { 'zh-Hans': '捐赠人类型', 'zh-Hant': '捐贈人類型', en: 'Donor type' },
    aliases: [
      '捐赠人类型', '捐赠人类别', '捐赠者类型', '捐赠方类型', '捐赠单位类型', '捐赠人身份', '类型', '身份', '单位/个人',
      '个人/单位', '性质', '捐赠主体', 'donortype', 'type', 'donorcategory',
    ],
  }),
  sector: column({
    kind: 'key',
    label: { 'zh-Hans': '界别', 'zh-Hant': '界別', en: 'Sector' },
    aliases: ['界别', '所属界别', '委员界别', '行业', '所属行业', '领域', 'sector', 'circle', 'constituency'],
  }),
  kind: column({
    kind: 'donation-kind',
    label: { 'zh-Hans': '类别', 'zh-Hant': '類別', en: 'Kind' },
    aliases: [
      '类别', '捐赠类别', '捐赠类型', '捐赠形式', '捐赠方式', '款物', '款物类别', '款物类型', '捐款/捐物', '捐款捐物', '种类',
      'kind', 'category', 'form',
    ],
  }),
  amount: column({
    kind: 'money',
    label: { 'zh-Hans': '金额', 'zh-Hant': '金額', en: 'Amount' },
    aliases: [
      '金额', '捐赠金额', '捐款金额', '捐款数额', '捐赠数额', '捐款额', '数额', '款额', '到账金额', '入账金额', '收款金额',
      '交易金额', '捐款', '善款金额', '人民币', '人民币金额', 'amount', 'amt', 'cash', 'sum', 'donationamount',
    ],
  }),
  foreignAmount: column({
    kind: 'foreign-money',
    label: { 'zh-Hans': '外币金额', 'zh-Hant': '外幣金額', en: 'Foreign amount' },
    aliases: ['外币金额', '外币', '外汇金额', 'foreignamount', 'foreigncurrency'],
  }),
  item: column({
    kind: 'text',
    label: { 'zh-Hans': '物资名称', 'zh-Hant': '物資名稱', en: 'Item' },
    aliases: [
      '物资名称', '物资', '品名', '捐赠物资', '物品', '物品名称', '捐赠物品', '物资品名', '货物名称', '品种', '物资明细',
      '捐赠内容', '捐赠物资名称', 'item', 'items', 'goods', 'goodsname', 'description',
    ],
  }),
  spec: column({
    kind: 'text',
    label: { 'zh-Hans': '规格', 'zh-Hant': '規格', en: 'Specification' },
    aliases: ['规格', '规格型号', '型号', '品规', 'spec', 'specification', 'model'],
  }),
  quantity: column({
    kind: 'quantity',
    label: { 'zh-Hans': '数量', 'zh-Hant': '數量', en: 'Quantity' },
    aliases: ['数量', '捐赠数量', '物资数量', '件数', 'quantity', 'qty'],
  }),
  goodsUnit: column({
    kind: 'text',
    label: { 'zh-Hans': '单位', 'zh-Hant': '單位', en: 'Unit' },
    aliases: ['单位', '计量单位', '数量单位', 'uom', 'unitofmeasure', 'unit'],
  }),
  value: column({
    kind: 'money',
    label: { 'zh-Hans': '折价', 'zh-Hant': '折價', en: 'Value' },
    aliases: [
      '折价', '折价金额', '折算金额', '折合金额', '折合人民币', '价值', '物资价值', '估值', '估价', '折算价值', '货值', '市场价值',
      '总价值', 'value', 'estimatedvalue', 'worth',
    ],
  }),
  receipt: column({
    kind: 'text',
    label: { 'zh-Hans': '收据编号', 'zh-Hant': '收據編號', en: 'Receipt no.' },
    aliases: [
      '收据编号', '收据号', '收据号码', '票据号', '票据编号', '票据号码', '捐赠票据号', '捐赠票据编号', '收据', '票据', '凭证号',
      '凭证编号', '回执号', 'receipt', 'receiptno', 'receiptnumber', 'voucher',
    ],
  }),
  disclose: column({
    kind: 'disclose',
    label: { 'zh-Hans': '公示', 'zh-Hant': '公示', en: 'Publish' },
    aliases: ['公示', '是否公示', '是否公开', '公开', '公示意愿', '公开意愿', 'disclose', 'public', 'publish'],
  }),
  anonymousFlag: column({
    kind: 'boolean',
    label: { 'zh-Hans': '是否匿名', 'zh-Hant': '是否匿名', en: 'Anonymous' },
    aliases: ['是否匿名', '匿名', 'anonymous'],
  }),
  destination: column({
    kind: 'key',
    label: { 'zh-Hans': '流向', 'zh-Hant': '流向', en: 'Destination' },
    aliases: [
      '流向', '去向', '分配去向', '物资去向', '使用去向', '款物去向', '拨付去向', '分配情况', '接收单位', '受赠单位', '受捐单位',
      '用途', '捐赠用途', '指定用途', 'destination', 'recipient', 'allocatedto', 'use',
    ],
  }),
  phone,
  idNumber,
  address,
  notes,
} as const;
