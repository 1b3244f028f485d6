import { UNVERIFIED_STATUSES, type Status } from '../../cells/status.ts';
import type { Locale } from '../../i18n/locale.ts';
import { scrubText } from '../../privacy/mask.ts';
import { problems as catalogue, type ProblemCode, type Severity } from '../../problems/catalogue.ts';
import type { TallyResult } from '../../result.ts';
import type { DutyResult } from '../../datasets/duty/tally.ts';
import type { PeopleResult } from '../../datasets/people/tally.ts';
import type { ShopsResult } from '../../datasets/shops/tally.ts';
import type { VisitDay } from '../../datasets/visits/by-day.ts';

// The registers' results narrowed to the keys the dashboard reads: derived from the results' own types,
// so a renamed field is a type error here; a caller (a test, the sidebar) may pass just these keys.
export type VisitsSummary = { readonly byDay: readonly ProgressDay[] };
export type PeopleSummary = Readonly<Pick<PeopleResult, 'underWatch' | 'endingToday' | 'missedToday' | 'fever'>>;
export type ShopsSummary = Readonly<Pick<ShopsResult, 'notCheckedToday' | 'late' | 'fever'>>;
export type DutySummary = Readonly<Pick<DutyResult, 'missingToday' | 'late' | 'issues'>>;

/** What the dashboard is drawn from: the result contract, the registers' results when present (or just the keys it reads). */
export type DashboardInput = Omit<TallyResult, 'visits' | 'people' | 'shops' | 'duty'> & {
  readonly visits?: VisitsSummary;
  readonly people?: PeopleSummary;
  readonly shops?: ShopsSummary;
  readonly duty?: DutySummary;
};

export type CoverageRow = { place: string; total: number; verified: number; unreached: number; rate: number };
export type ProgressDay = Pick<VisitDay, 'date' | 'attempts' | 'newlyVerified' | 'verified' | 'unreached'>;
export type DonationDay = { date: string; total: number; cumulative: number };
/** A detail of a follow-up line: a word of lib/i18n (a status or a DASH key) and its count. */
export type FollowUpDetail = { word: Status | 'fever' | 'endingToday' | 'underWatch' | 'late' | 'issues'; count: number };
export type FollowUpLine = { kind: 'fuHouseholds' | 'fuPeople' | 'fuShops' | 'fuCompounds'; count: number; details: FollowUpDetail[] };
export type ProblemKind = { code: ProblemCode; severities: Severity[]; count: number };

/**
 * Everything the dashboard shows, and nothing else: counts, money, dates and place names (passed
 * through the personal-number scrubber). No person's name, phone or ID number can reach the page.
 */
export type DashboardModel = {
  locale: Locale;
  asOf: string;
  households: { total: number; verified: number; unreached: number; rate: number };
  donations: { count: number; cash: number; goodsValue: number; total: number };
  coverage: CoverageRow[];
  /** null when the workbook holds no visit log. */
  progress: ProgressDay[] | null;
  donationsByDay: DonationDay[];
  followUp: FollowUpLine[];
  problems: { errors: number; warnings: number; infos: number; open: ProblemKind[] };
};

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Problems to fix by kind: exact counts from byCode; the severities a kind was seen with come from
 * the listed items (a `rule` may be an error or a warning), else from the catalogue. Kinds seen only
 * as notes (skipped blank and total rows) are not open problems.
 */
function openProblems(p: TallyResult['problems']): ProblemKind[] {
  const seen = new Map<string, Set<Severity>>();
  for (const it of p.items) {
    const s = seen.get(it.code) ?? new Set<Severity>();
    s.add(it.severity);
    seen.set(it.code, s);
  }
  const kinds: ProblemKind[] = [];
  for (const [code, count] of Object.entries(p.byCode) as [ProblemCode, number][]) {
    const severities = [...(seen.get(code) ?? [catalogue[code].severity])].sort((a, b) => SEVERITY_ORDER[a] - SEVERITY_ORDER[b]);
    if (count > 0 && severities[0] !== 'info') kinds.push({ code, severities, count });
  }
  return kinds.sort(
    (a, b) => SEVERITY_ORDER[a.severities[0]!] - SEVERITY_ORDER[b.severities[0]!] || b.count - a.count || (a.code < b.code ? -1 : 1),
  );
}

const nonZero = (details: FollowUpDetail[]): FollowUpDetail[] => details.filter((d) => d.count > 0);

function followUp(r: DashboardInput): FollowUpLine[] {
  const h = r.households;
  const lines: FollowUpLine[] = [];
  if (h.total > 0) {
    lines.push({
      kind: 'fuHouseholds',
      count: h.unreached,
      details: nonZero(UNVERIFIED_STATUSES.map((s) => ({ word: s, count: h.byStatus[s] }))),
    });
  }
  if (r.people) {
    const p = r.people;
    lines.push({
      kind: 'fuPeople',
      count: p.missedToday,
      details: nonZero([
        { word: 'fever', count: p.fever },
        { word: 'endingToday', count: p.endingToday },
        { word: 'underWatch', count: p.underWatch },
      ]),
    });
  }
  if (r.shops)
    lines.push({
      kind: 'fuShops',
      count: r.shops.notCheckedToday,
      details: nonZero([
        { word: 'fever', count: r.shops.fever },
        { word: 'late', count: r.shops.late },
      ]),
    });
  if (r.duty)
    lines.push({
      kind: 'fuCompounds',
      count: r.duty.missingToday,
      details: nonZero([
        { word: 'late', count: r.duty.late },
        { word: 'issues', count: r.duty.issues },
      ]),
    });
  return lines;
}

/** The dashboard's view of a tally: what `tally --html` and the 看板 sidebar draw. */
export function dashboardModel(r: DashboardInput, asOf: string, locale: Locale): DashboardModel {
  const h = r.households;
  const d = r.donations;
  return {
    locale,
    asOf,
    households: { total: h.total, verified: h.verified, unreached: h.unreached, rate: h.rate },
    donations: { count: d.count, cash: d.cash, goodsValue: d.goodsValue, total: d.total },
    coverage: h.byCompound.map((c) => ({
      place: scrubText(c.compound),
      total: c.total,
      verified: c.verified,
      unreached: c.unreached,
      rate: c.rate,
    })),
    progress: r.visits
      ? r.visits.byDay
          .filter((v) => v.date !== '')
          .map((v) => ({
            date: v.date,
            attempts: v.attempts,
            newlyVerified: v.newlyVerified,
            verified: v.verified,
            unreached: v.unreached,
          }))
      : null,
    // Undated donations count in the totals but have no place on a time axis.
    donationsByDay: d.byDay.filter((x) => x.date !== '').map((x) => ({ date: x.date, total: x.total, cumulative: x.cumulative })),
    followUp: followUp(r),
    problems: { errors: r.problems.errors, warnings: r.problems.warnings, infos: r.problems.infos, open: openProblems(r.problems) },
  };
}
