import { problems, type ProblemCode, type Severity } from './catalogue.ts';
import type { Problem } from './problem.ts';

/** Where problems gather during a run. Counts are never capped; the item list may be. */
export class ProblemCollector {
  readonly items: Problem[] = [];
  readonly byCode: Partial<Record<ProblemCode, number>> = {};
  readonly bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  /** How many problems were counted but not kept because the list was full. */
  dropped = 0;

  constructor(private readonly maxItems: number = Infinity) {}

  add(p: Omit<Problem, 'severity' | 'params'> & { severity?: Severity; params?: Problem['params'] }): void {
    const severity = p.severity ?? problems[p.code].severity;
    this.byCode[p.code] = (this.byCode[p.code] ?? 0) + 1;
    this.bySeverity[severity]++;
    if (this.items.length < this.maxItems) this.items.push({ ...p, severity, params: p.params ?? {} });
    else this.dropped++;
  }
}
