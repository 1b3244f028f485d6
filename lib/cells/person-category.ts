// 人员类别 of the people under watch (issue 15): 返乡人员/返乡/返诸人员, 外来人员/外来, 密切接触者/密接,
// 重点人员/重点, in both scripts. A cell naming two (返乡人员（密接）) is the one watched most closely.
import { fail, ok, type Cell, type Parsed } from './result.ts';
import { firstInTable, wordReader, type WordTable } from './word-table.ts';

export const PERSON_CATEGORIES = ['returnee', 'incoming', 'close_contact', 'key_person'] as const;
export type PersonCategory = (typeof PERSON_CATEGORIES)[number];

// In the order a person named twice is counted: a close contact before a key person before a returnee.
const TABLE: WordTable<PersonCategory> = [
  ['close_contact', '密切接触者 密切接触 密接 密接者 密切接触人员 密触 closecontact contact'],
  ['key_person', '重点人员 重点 重点人群 重点管控人员 重点关注人员 重点关注 keyperson'],
  ['returnee', '返乡人员 返乡 返诸人员 返诸 返乡人 回乡人员 回乡 返回人员 返程人员 返汉人员 返汉 返岗人员 返岗 returnee returned'],
  ['incoming', '外来人员 外来 外地人员 外地来人员 外地来 外省人员 外来务工人员 外来务工 流入人员 incoming fromelsewhere visitor'],
];
const read = wordReader(TABLE, '人员 人 者 类 类别');

/** A 人员类别 cell → returnee | incoming | close_contact | key_person. */
export function parsePersonCategory(raw: Cell): Parsed<PersonCategory> {
  if (typeof raw !== 'string') return fail('type', 'person-category');
  const codes = read(raw);
  return codes ? ok(firstInTable(TABLE, codes)) : fail('enum', 'person-category');
}
