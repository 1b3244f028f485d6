import { groupKey } from '../cells/keys.ts';
import { cellText } from '../cells/text.ts';
import type { Cell } from '../cells/result.ts';

/** A header cell read as a column name and, when it states one, a unit: 金额（万元） → 金额 + 万元. */
export type HeaderText = { readonly name: string; readonly unit: string | undefined };

// Marks teams add to header cells that do not change what the column is.
const MARKS = /[*※★]|必填|选填|\(必填\)|\(选填\)/g;
const BRACKETED = /[(（[【]([^)）\]】]*)[)）\]】]/g;
const UNIT_WORDS =
  /^(?:单位[:：]?)?(元|万元|千元|亿元|人民币元|人民币万元|人民币|rmb|cny|yuan|美元|美金|usd|us\$|\$|欧元|eur|€|港币|港元|hkd|日元|jpy|英镑|gbp|£)$/;
const TRAILING_UNIT = /[/／]\s*(元|万元|千元|亿元)$/;
// A currency named in the header's words rather than in brackets: 美元金额, amount usd.
const NAMED_CURRENCY = /(美元|美金|usd|港币|港元|hkd|欧元|eur|日元|jpy|英镑|gbp)/;

/** The match key of a header or alias: folded like a grouping key, marks and bracketed parts removed. */
export function headerKey(s: string): string {
  return groupKey(s)
    .replace(MARKS, '')
    .replace(BRACKETED, '')
    .replace(/[:：]$/, '');
}

export function readHeader(raw: Cell): HeaderText {
  const text = groupKey(cellText(raw)).replace(MARKS, '');
  let unit: string | undefined;
  for (const m of text.matchAll(BRACKETED)) {
    const inner = (m[1] ?? '').replace(/^单位[:：]?/, '');
    if (UNIT_WORDS.test(inner)) unit = inner;
  }
  let name = text.replace(BRACKETED, '').replace(/[:：]$/, '');
  const trailing = TRAILING_UNIT.exec(name);
  if (trailing) {
    unit = trailing[1];
    name = name.slice(0, trailing.index);
  }
  if (unit === undefined) {
    const named = NAMED_CURRENCY.exec(name);
    if (named && name !== named[1]) {
      unit = named[1];
      name = name.replace(named[1] ?? '', '').replace(/^[\s/_-]+|[\s/_-]+$/g, '');
    }
  }
  return { name, unit };
}

/** The unit word of a cell that holds only a unit (元, （万元）, 美元, USD), else undefined. */
export function unitOnly(raw: Cell): string | undefined {
  const h = readHeader(raw);
  if (h.name === '') return h.unit;
  return UNIT_WORDS.exec(h.name)?.[1];
}

/** A unit row such as 单位：元 or 单位：万元 above the header, read as its unit word. */
export function unitRowUnit(row: readonly Cell[]): string | undefined {
  for (const c of row) {
    const t = groupKey(cellText(c));
    const m = /^(?:金额|货币)?单位[:：](元|万元|千元|亿元|人民币元|人民币万元|人民币|美元)$/.exec(t);
    if (m) return m[1];
  }
  return undefined;
}

/** A column's money unit. `code` is the ISO currency (CNY, USD…), or the header's word when unknown. */
export type Unit = { readonly currency: 'CNY' | 'foreign'; readonly scale: number; readonly code: string };

const FOREIGN_CODES: Readonly<Record<string, string>> = {
  美元: 'USD',
  美金: 'USD',
  usd: 'USD',
  us$: 'USD',
  $: 'USD',
  欧元: 'EUR',
  eur: 'EUR',
  '€': 'EUR',
  港币: 'HKD',
  港元: 'HKD',
  hkd: 'HKD',
  日元: 'JPY',
  jpy: 'JPY',
  英镑: 'GBP',
  gbp: 'GBP',
  '£': 'GBP',
};

/** 元 → ×1, 万元 → ×10,000; a foreign currency is kept apart, never added into yuan. */
export function unitOf(word: string | undefined): Unit | undefined {
  switch (word) {
    case undefined:
      return undefined;
    case '元':
    case '人民币元':
    case '人民币':
    case 'rmb':
    case 'cny':
    case 'yuan':
      return { currency: 'CNY', scale: 1, code: 'CNY' };
    case '千元':
      return { currency: 'CNY', scale: 1000, code: 'CNY' };
    case '万元':
    case '人民币万元':
      return { currency: 'CNY', scale: 10000, code: 'CNY' };
    case '亿元':
      return { currency: 'CNY', scale: 100000000, code: 'CNY' };
    default:
      return { currency: 'foreign', scale: 1, code: FOREIGN_CODES[word] ?? word.toUpperCase() };
  }
}
