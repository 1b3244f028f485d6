import type { ProblemItem } from '../../lib/problems/problem.ts';

/** Problems projected onto a few keys, for assertions that do not depend on wording (frictionless' flatten). */
export function flatten<K extends keyof ProblemItem>(items: readonly ProblemItem[], keys: readonly K[]): ProblemItem[K][][] {
  return items.map((p) => keys.map((k) => p[k]));
}
