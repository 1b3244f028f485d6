import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBoolean } from '../../../lib/cells/boolean.ts';
import { parseDate } from '../../../lib/cells/date.ts';
import { parseIdNumber } from '../../../lib/cells/id-number.ts';
import { parseInteger, parsePlaceNumber } from '../../../lib/cells/integer.ts';
import { parseMoney } from '../../../lib/cells/money.ts';
import { parsePhone } from '../../../lib/cells/phone.ts';
import type { Cell, Parsed } from '../../../lib/cells/result.ts';
import { parseRoom } from '../../../lib/cells/room.ts';
import { parseStatus } from '../../../lib/cells/status.ts';
import { parseBusinessStatus } from '../../../lib/cells/business-status.ts';
import { parseControlMeasure } from '../../../lib/cells/control-measure.ts';
import { joinDateAndTime, parseDateTime } from '../../../lib/cells/date-time.ts';
import { parseClosedManagement, parseDoneCount, parseEntryCount } from '../../../lib/cells/duty.ts';
import { parseOrigin } from '../../../lib/cells/origin.ts';
import { parsePersonCategory } from '../../../lib/cells/person-category.ts';
import { parseSymptoms } from '../../../lib/cells/symptoms.ts';
import { parseTemperature } from '../../../lib/cells/temperature.ts';
import { parseTimeOfDay } from '../../../lib/cells/time-of-day.ts';

// Every parser sees whatever getValues() can hold, and worse: it answers, it never throws.
const PARSERS: Record<string, (raw: Cell) => Parsed<unknown>> = {
  integer: parseInteger,
  building: (raw) => parsePlaceNumber(raw, 'building'),
  unit: (raw) => parsePlaceNumber(raw, 'unit'),
  room: parseRoom,
  money: (raw) => parseMoney(raw),
  'money 万元': (raw) => parseMoney(raw, 10_000),
  date: (raw) => parseDate(raw, { year: 2020 }),
  phone: parsePhone,
  'id-number': parseIdNumber,
  boolean: parseBoolean,
  status: parseStatus,
  'time of day': (raw) => parseTimeOfDay(raw),
  'date-time': (raw) => parseDateTime(raw, { year: 2020 }),
  'date and time columns': (raw) => joinDateAndTime(raw, raw),
  temperature: parseTemperature,
  symptoms: parseSymptoms,
  'person category': parsePersonCategory,
  'control measure': parseControlMeasure,
  origin: parseOrigin,
  'business status': parseBusinessStatus,
  'done count': parseDoneCount,
  'entry count': parseEntryCount,
  'closed management': parseClosedManagement,
};

const NASTY: Cell[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER + 2,
  1e21,
  -1e-7,
  true,
  false,
  new Date(Number.NaN),
  new Date(-8.64e15),
  new Date(8.64e15),
  '\u202e12\u202c',
  '\u200f3\u200e',
  '👍',
  '1️⃣',
  '①',
  '\ud800',
  'x'.repeat(100_000),
  '9'.repeat(100_000),
  '1'.repeat(50_000) + '万',
  '一'.repeat(100_000),
  ',,,',
  '.',
  '-',
  '+',
  '¥',
  '元',
  '年月日',
  'constructor',
  '__proto__',
  '1e5',
  '0x10',
  ' '.repeat(10) + '3',
  '３\u3000人',
  'NaN',
  'Infinity',
  '-Infinity',
];

const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom<Cell>(...NASTY),
);

describe.each(Object.entries(PARSERS))('%s parser', (name, parse) => {
  it.each(NASTY.map((c) => [typeof c === 'string' && c.length > 40 ? `${c.slice(0, 10)}…(${c.length})` : c, c]))('answers %o', (_, c) => {
    const r = parse(c);
    expect(typeof r.ok).toBe('boolean');
    if (!r.ok) expect(r.expected.length).toBeGreaterThan(0);
  });

  it('never throws on any cell', () => {
    fc.assert(
      fc.property(cell, (c) => typeof parse(c).ok === 'boolean'),
      { numRuns: 300 },
    );
  });

  it(`stays fast on 100k-character text (${name})`, () => {
    const t = performance.now();
    for (const c of NASTY) parse(c);
    expect(performance.now() - t).toBeLessThan(500);
  });
});
