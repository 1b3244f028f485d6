import { groupKey } from '../../cells/keys.ts';
import type { Identity } from '../../checks/duplicates.ts';

/** A donation as the core reads it (its zod schema is in schema.ts). Absent values are null. */
export type DonationRecord = {
  row: number;
  /** YYYY-MM-DD, or '' when the row has no readable date. */
  date: string;
  /** As typed, cleaned of padding; '' when blank. Never shown for an anonymous donor. */
  donor: string;
  anonymous: boolean;
  donorType: string;
  sector: string;
  kind: 'cash' | 'goods';
  /** Cash in cents; 0 for goods rows and unreadable amounts. */
  amount: number;
  foreign: { currency: string; cents: number } | null;
  item: string;
  spec: string;
  quantity: number | null;
  unit: string;
  /** Goods value in cents; null when the goods have no value (listed apart, out of money totals). */
  value: number | null;
  receipt: string;
  /** false when 公示 = 否: counted, but left out of the public list. */
  disclose: boolean;
  destination: string;
};

// Words that stand for "no name given": each such row is its own donor.
const ANONYMOUS = new Set([
  '匿名',
  '匿名人士',
  '匿名者',
  '匿名捐赠',
  '匿名捐赠人',
  '匿名捐款',
  '匿名捐款人',
  '无名氏',
  '無名氏',
  '无名',
  '無名',
  '不具名',
  '爱心人士',
  '匿名爱心人士',
  'anonymous',
  'anon',
  'anonymous donor',
]);

/** Whether a donor cell names nobody: 匿名, 匿名人士, 无名氏, Anonymous, 匿名（张）. */
export function isAnonymousName(donor: string): boolean {
  if (donor === '') return false;
  return donor.startsWith('匿名') || ANONYMOUS.has(donor.toLowerCase());
}

/** The key two rows of one donor share: cleaned text, Latin lower-cased, spaces dropped. */
export const donorKey = (donor: string): string => {
  const k = donor.toLowerCase();
  return k.includes(' ') ? k.split(' ').join('') : k;
};

// Figures first, then texts folded like grouping keys: the choice is the same in either script.
const canonical = (d: DonationRecord): string =>
  [d.date, d.kind, d.amount, d.value ?? '', d.quantity ?? '', ...[d.donor, d.item, d.unit, d.destination].map(groupKey)].join('\u0001');

/**
 * A receipt number is one donation. Of two rows with one, the one that counts is chosen by content,
 * never by position: which is right only the team knows, so the duplicate is an error.
 */
export const receipt: Identity<DonationRecord> = {
  what: 'receipt',
  field: 'receipt',
  shown: (d) => d.receipt,
  prefer: (a, b) => (canonical(a) <= canonical(b) ? a : b),
};

/** The key of a receipt number: a blank one is no receipt (the row counts as it is). */
export const receiptKey = (d: DonationRecord): string => d.receipt.toLowerCase();
