import { PERSON_CATEGORIES } from '../cells/person-category.ts';
import type { PeopleResult } from '../datasets/people/tally.ts';
import { fill, LIST_SEPARATOR, type Locale } from '../i18n/locale.ts';
import { CATEGORY_LABELS, P } from '../i18n/people.ts';

/** The daily report's people section: counts and compounds only, never a person (DESIGN.md). */
export function peopleLines(p: PeopleResult, locale: Locale): string[] {
  const l = locale;
  const lines = [
    fill(P.report[l], {
      total: p.total,
      underWatch: p.underWatch,
      endingToday: p.endingToday,
      released: p.released,
      notStarted: p.notStarted,
    }),
  ];
  const list = PERSON_CATEGORIES.filter((c) => p.byCategory[c] > 0).map((c) => `${CATEGORY_LABELS[c][l]} ${p.byCategory[c]}`);
  if (list.length > 0) lines.push(fill(P.reportCategories[l], { list: list.join(LIST_SEPARATOR[l]) }));
  if (p.underWatch > 0) {
    lines.push(fill(P.reportChecks[l], { checked: p.checkedToday, underWatch: p.underWatch, missed: p.missedToday, fever: p.fever }));
    const missedTwice = p.watch.filter((w) => w.alert === 'missed').length;
    if (missedTwice > 0) lines.push(fill(P.reportMissedTwice[l], { n: missedTwice }));
    for (const c of p.byCompound)
      if (c.underWatch > 0)
        lines.push(fill(P.reportCompound[l], { name: c.compound === '' ? P.noCompound[l] : c.compound, n: c.underWatch }));
  }
  return lines;
}
