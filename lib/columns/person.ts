import { column } from './column.ts';

// Declared once for every register that names a person. A dataset takes the ones it has, under
// these keys, so a problem's field and its label mean the same in every register.

/** A person's name; a register may name its own kind of person (户主姓名) on top of these aliases. */
export const name = column({
  kind: 'text',
  pii: true,
  label: { 'zh-Hans': '姓名', 'zh-Hant': '姓名', en: 'Name' },
  aliases: ['姓名', '名字', '人员姓名', 'name', 'fullname'],
});

export const phone = column({
  kind: 'phone',
  pii: true,
  severity: 'warning',
  label: { 'zh-Hans': '联系电话', 'zh-Hant': '聯繫電話', en: 'Phone' },
  aliases: ['联系电话', '手机号', '手机号码', '电话', '手机', '电话号码', '联系方式', 'phone', 'mobile', 'tel', 'telephone', 'phonenumber'],
});

export const idNumber = column({
  kind: 'id-number',
  pii: true,
  severity: 'warning',
  label: { 'zh-Hans': '身份证号', 'zh-Hant': '身分證號', en: 'ID number' },
  // 身分證號 is the Taiwan and Hong Kong spelling (zh-Hant's own label): 分, not 份, so no folding finds it.
  aliases: ['身份证号', '身份证号码', '身份证', '身分证号', '身分证号码', '身分证', '证件号码', '证件号', 'idnumber', 'idno', 'id'],
});

/** An address as one text (a shop's, a donor's); a dwelling's parts are the place columns. */
export const address = column({
  kind: 'text',
  pii: true,
  label: { 'zh-Hans': '地址', 'zh-Hant': '地址', en: 'Address' },
  aliases: ['地址', '联系地址', '住址', '通讯地址', '家庭住址', '单位地址', 'address'],
});

export const notes = column({
  kind: 'text',
  label: { 'zh-Hans': '备注', 'zh-Hant': '備註', en: 'Notes' },
  aliases: ['备注', '说明', '情况说明', '附言', '留言', 'notes', 'note', 'remarks', 'comment', 'comments', 'memo'],
});
