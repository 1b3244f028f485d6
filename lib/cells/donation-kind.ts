// 类别 and 公示 cells of a donation ledger: 捐款/捐物 and 是/否/匿名, in both scripts and English.
import { parseBoolean } from './boolean.ts';
import { groupKey } from './keys.ts';
import { fail, ok, type Cell, type Parsed } from './result.ts';

export type DonationKind = 'cash' | 'goods';
export type Disclose = 'yes' | 'no' | 'anonymous';

// Matched after groupKey (Traditional folded, Latin lower-cased, spaces removed).
const KINDS: Readonly<Record<string, DonationKind>> = {
  捐款: 'cash',
  现金: 'cash',
  资金: 'cash',
  善款: 'cash',
  款: 'cash',
  钱: 'cash',
  现款: 'cash',
  款项: 'cash',
  捐赠款: 'cash',
  捐赠资金: 'cash',
  捐资: 'cash',
  货币: 'cash',
  转账: 'cash',
  汇款: 'cash',
  银行转账: 'cash',
  cash: 'cash',
  money: 'cash',
  funds: 'cash',
  fund: 'cash',
  transfer: 'cash',
  donation: 'cash',
  捐物: 'goods',
  物资: 'goods',
  实物: 'goods',
  物品: 'goods',
  物: 'goods',
  货物: 'goods',
  捐赠物资: 'goods',
  捐赠物品: 'goods',
  物资捐赠: 'goods',
  实物捐赠: 'goods',
  捐赠物: 'goods',
  goods: 'goods',
  inkind: 'goods',
  'in-kind': 'goods',
  items: 'goods',
  supplies: 'goods',
  material: 'goods',
  materials: 'goods',
};

/** 捐款 → cash, 捐物 → goods; other words that name only one of them (捐款（转账）) by the word they contain. */
export function parseDonationKind(raw: Cell): Parsed<DonationKind> {
  if (typeof raw !== 'string') return fail('type', 'donation-kind');
  const k = groupKey(raw);
  if (k.length > 16) return fail('format', 'donation-kind');
  const hit = Object.prototype.hasOwnProperty.call(KINDS, k) ? KINDS[k] : undefined;
  if (hit) return ok(hit);
  const goods = k.includes('物');
  const cash = k.includes('款') || k.includes('现金');
  if (goods !== cash) return ok(goods ? 'goods' : 'cash');
  return fail('format', 'donation-kind');
}

const DISCLOSE: Readonly<Record<string, Disclose>> = {
  公示: 'yes',
  公开: 'yes',
  同意: 'yes',
  同意公示: 'yes',
  实名: 'yes',
  实名公示: 'yes',
  可以: 'yes',
  可: 'yes',
  不公示: 'no',
  不公开: 'no',
  不同意: 'no',
  不: 'no',
  保密: 'no',
  不予公示: 'no',
  勿公示: 'no',
  匿名: 'anonymous',
  匿名公示: 'anonymous',
  不具名: 'anonymous',
  anonymous: 'anonymous',
  anon: 'anonymous',
};

/** 是/否/匿名 (and 公开/不公开, yes/no, ✓/✗): whether and how a donation may be published. */
export function parseDisclose(raw: Cell): Parsed<Disclose> {
  if (typeof raw === 'string') {
    const k = groupKey(raw);
    if (Object.prototype.hasOwnProperty.call(DISCLOSE, k)) return ok(DISCLOSE[k] ?? 'yes');
  }
  const b = parseBoolean(raw);
  return b.ok ? ok(b.value ? 'yes' : 'no') : fail(b.code, 'disclose');
}
