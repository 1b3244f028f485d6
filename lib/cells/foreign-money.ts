// An amount in a column stated in another currency (金额（美元）): read in that currency's cents and
// summed apart. Yuan marks in such a column are a mistake, not a conversion.
import { parseMoney } from './money.ts';
import { fail, type Cell, type Parsed } from './result.ts';
import { cleanText } from './text.ts';

const FOREIGN_MARKS = /US\$|HK\$|USD|HKD|EUR|GBP|JPY|美元|美金|港币|港幣|港元|欧元|歐元|英镑|英鎊|日元|[$€£]/g;
const YUAN_MARKS = /[¥￥元圆圓]|人民币|人民幣|RMB|CNY/;

/** Cents of the column's currency: 100, '$1,200.50', 'USD 500', '1.5万美元'. */
export function parseForeignMoney(raw: Cell): Parsed<number> {
  if (typeof raw === 'number') return parseMoney(raw);
  if (typeof raw !== 'string') return fail('type', 'money-foreign');
  const s = cleanText(raw).toUpperCase();
  if (s.length > 64) return fail('format', 'money-foreign');
  // 美元 and 港元 end in 元: the marks go first, then any yuan mark left is a mistake.
  const bare = s.replace(FOREIGN_MARKS, '').trim();
  if (YUAN_MARKS.test(bare)) return fail('format', 'money-foreign');
  const r = parseMoney(bare);
  return r.ok ? r : fail(r.code, 'money-foreign');
}
