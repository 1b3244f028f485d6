import { formatMinutes } from '../cells/time-of-day.ts';
import type { DutyResult } from '../datasets/duty/tally.ts';
import type { ShopsResult } from '../datasets/shops/tally.ts';
import { fill, LIST_SEPARATOR, WITH_PLACE, type Locale } from '../i18n/locale.ts';
import { S } from '../i18n/shops.ts';
import type { ResolvedOptions } from '../options.ts';

/** Where the day stands against the cut-off: minutes of the as-of moment (1440 for a whole day) and the cut-off's. */
export type ReportClock = { readonly minutes: number; readonly cutoff: number };

/** The report clock of resolved options: the as-of minutes (a whole day without a time) and the cut-off. */
export const reportClock = (o: ResolvedOptions): ReportClock => ({ minutes: o.asOf?.minutes ?? 1440, cutoff: o.cutoff });

const sep = (l: Locale) => LIST_SEPARATOR[l];

/**
 * The daily report's lines for the shop checks and the duty log. Before the cut-off it says who is still
 * due tonight; after it (or for a whole day) who has not reported. Shop and compound names only.
 */
export function shopsAndDutyLines(
  shops: ShopsResult | undefined,
  duty: DutyResult | undefined,
  clock: ReportClock,
  locale: Locale,
): string[] {
  const lines: string[] = [];
  const over = clock.minutes > clock.cutoff;
  const cutoff = formatMinutes(clock.cutoff);
  if (shops && shops.total > 0) {
    lines.push(
      fill(S.shopsLine[locale], {
        total: shops.total,
        checked: shops.checkedToday,
        onTime: shops.reportedOnTime,
        late: shops.late,
        notChecked: shops.notCheckedToday,
        open: shops.open,
        closed: shops.closed,
        staff: shops.staffChecked,
        outside: shops.fromOutside,
      }),
    );
    if (shops.fever > 0) lines.push(fill(S.feverAlert[locale], { n: shops.fever }));
    if (shops.notChecked.length > 0) {
      const names = shops.notChecked.map((s) => fill(WITH_PLACE[locale], { name: s.shop, place: s.compound })).join(sep(locale));
      lines.push(fill((over ? S.shopsOverdue : S.shopsDue)[locale], { cutoff, names, n: shops.notChecked.length }));
    }
  }
  if (duty && duty.compounds > 0) {
    lines.push(
      fill(S.dutyLine[locale], {
        compounds: duty.compounds,
        reported: duty.reportedToday,
        late: duty.late,
        missing: duty.missingToday,
        issues: duty.issues,
      }),
    );
    if (duty.missing.length > 0)
      lines.push(fill((over ? S.dutyOverdue : S.dutyDue)[locale], { cutoff, names: duty.missing.join(sep(locale)) }));
    if (duty.issues > 0) lines.push(S.issuesSee[locale]);
  }
  return lines;
}
