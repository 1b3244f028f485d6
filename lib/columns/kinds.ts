import { parseBoolean } from '../cells/boolean.ts';
import { parseBusinessStatus } from '../cells/business-status.ts';
import { parseClosedManagement, parseDoneCount, parseEntryCount } from '../cells/duty.ts';
import { parseFeverCount, parseHeadcount } from '../cells/headcount.ts';
import { parseControlMeasure } from '../cells/control-measure.ts';
import { parseDate } from '../cells/date.ts';
import { parseDateTime, type DateTime } from '../cells/date-time.ts';
import { parseTimeOfDay } from '../cells/time-of-day.ts';
import { parseDisclose, parseDonationKind } from '../cells/donation-kind.ts';
import { parseForeignMoney } from '../cells/foreign-money.ts';
import { parseIdNumber } from '../cells/id-number.ts';
import { parseInteger, parsePlaceNumber } from '../cells/integer.ts';
import { parseMoney } from '../cells/money.ts';
import { parseOrigin } from '../cells/origin.ts';
import { parsePersonCategory } from '../cells/person-category.ts';
import { parsePhone } from '../cells/phone.ts';
import { parseQuantity } from '../cells/quantity.ts';
import { ok, fail, type Cell, type Parsed } from '../cells/result.ts';
import { parseRoom } from '../cells/room.ts';
import { parseStatus, type Status } from '../cells/status.ts';
import { parseSymptoms } from '../cells/symptoms.ts';
import { parseTemperature } from '../cells/temperature.ts';
import { cellText, cleanText } from '../cells/text.ts';
import { hasCellControls } from '../cells/controls.ts';

/**
 * What a parser may use beyond the cell: the sheet's unit and the year dates default to. The date and
 * time parsers take it as it is (it is a DateTimeContext): no context is copied per cell.
 */
export type ParseContext = {
  readonly year: number | undefined;
  readonly tzOffsetMinutes: number;
  /** The zone's offset on Sheets' time-only day, 1899-12-30, when it differs (see TimeContext). */
  readonly epochOffsetMinutes?: number | undefined;
  /** Multiplier stated by the column's unit (万元 → 10000). */
  readonly unitScale: number;
};

const text = (raw: Cell): Parsed<string> => {
  // A NaN or ±Infinity is not blank, and has no text: read as '' it would pass a required check and drop the row.
  if (raw instanceof Date || (typeof raw === 'number' && !Number.isFinite(raw))) return fail('type', 'text');
  const t = typeof raw === 'string' ? cleanText(raw) : cellText(raw);
  return ok(t);
};

// A name, a place or a note holding a C0 or C1 control (an ESC sequence that retitles a terminal, a
// NUL) is refused, not stripped: nobody types one, and what is left around it ("]0;…") is no name.
const noControls =
  <T>(parse: (raw: Cell) => Parsed<T>) =>
  (raw: Cell): Parsed<T> =>
    typeof raw === 'string' && hasCellControls(raw) ? fail('control-character', 'text') : parse(raw);

/** Every cell kind a dataset column can declare, with the parser and the value type it yields. */
export const kinds = {
  text: noControls(text),
  key: noControls(text),
  building: noControls((raw: Cell) => parsePlaceNumber(raw, 'building')),
  unit: noControls((raw: Cell) => parsePlaceNumber(raw, 'unit')),
  room: noControls((raw: Cell) => parseRoom(raw)),
  integer: (raw: Cell) => parseInteger(raw),
  status: (raw: Cell): Parsed<Status> => parseStatus(raw),
  date: (raw: Cell, ctx: ParseContext) => parseDate(raw, ctx),
  // A moment: a date cell holding a time, an Excel date-time, 2020-02-01 19:35 typed (a visit log's
  // date and time columns, a shop's report time); a visit log's rules join its two columns.
  'date-time': (raw: Cell, ctx: ParseContext): Parsed<DateTime> => parseDateTime(raw, ctx),
  time: (raw: Cell, ctx: ParseContext): Parsed<DateTime> => {
    // A number in a time column below a year's serial is a clock reading (8, 19.35), not a day.
    if (typeof raw === 'number' && raw >= 1 && raw < 367) {
      const m = parseTimeOfDay(raw);
      return m.ok ? ok({ date: undefined, minutes: m.value }) : m;
    }
    const t = parseDateTime(raw, ctx);
    return t.ok ? t : { ...t, expected: 'time' };
  },
  phone: (raw: Cell) => parsePhone(raw),
  'id-number': (raw: Cell) => parseIdNumber(raw),
  money: (raw: Cell, ctx: ParseContext) => parseMoney(raw, ctx.unitScale),
  boolean: (raw: Cell) => parseBoolean(raw),
  'foreign-money': (raw: Cell) => parseForeignMoney(raw),
  'donation-kind': (raw: Cell) => parseDonationKind(raw),
  disclose: (raw: Cell) => parseDisclose(raw),
  quantity: (raw: Cell) => parseQuantity(raw),
  // Shops and the duty log (issue 16); their report times are 'date-time' above.
  headcount: (raw: Cell) => parseHeadcount(raw),
  'fever-count': (raw: Cell) => parseFeverCount(raw),
  'business-status': (raw: Cell) => parseBusinessStatus(raw),
  'done-count': (raw: Cell) => parseDoneCount(raw),
  'entry-count': (raw: Cell) => parseEntryCount(raw),
  'closed-management': (raw: Cell) => parseClosedManagement(raw),
  temperature: (raw: Cell) => parseTemperature(raw),
  symptoms: (raw: Cell) => parseSymptoms(raw),
  'person-category': (raw: Cell) => parsePersonCategory(raw),
  'control-measure': (raw: Cell) => parseControlMeasure(raw),
  origin: (raw: Cell) => parseOrigin(raw),
} as const satisfies Record<string, (raw: Cell, ctx: ParseContext) => Parsed<unknown>>;

export type CellKind = keyof typeof kinds;
export type KindValue<K extends CellKind> = ReturnType<(typeof kinds)[K]> extends Parsed<infer T> ? T : never;
