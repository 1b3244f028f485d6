import { column } from './column.ts';

// 序号: the running number nearly every register and ledger has in its first column. Recognized (never
// an unknown-column warning) and not used: a row with only a 序号 is blank (each dataset's rowFields).
export const seq = column({
  kind: 'text',
  label: { 'zh-Hans': '序号', 'zh-Hant': '序號', en: 'No.' },
  aliases: ['序号', '编号', '序', 'no', 'no.', '#', 'index', 'sn'],
});
