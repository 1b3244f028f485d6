import { problems, type ProblemCode, type Severity } from './catalogue.ts';
import type { Problem, ProblemInput } from './problem.ts';

/** A module that adds problems (a dataset, a check, the row reader) and every code it may add. */
export type Emitter<C extends ProblemCode = ProblemCode> = {
  /** Names the module in an audit: a dataset's id, a check's name. */
  readonly id: string;
  readonly codes: readonly C[];
};

/** Where a module adds its problems. Typed by the codes it declared: it cannot add another. */
export interface ProblemSink<C extends ProblemCode = ProblemCode> {
  add(p: ProblemInput<C>): void;
  /** Counts a problem without listing it, when `listing` is false: nothing is built that nobody reads. */
  count(code: C, severity?: Severity): void;
  /** Whether a problem added now is listed (the list holds at most `maxProblems`). */
  readonly listing: boolean;
}

/** Called with every problem added through a scoped sink: tests hold each module to its declared codes. */
export type Audit = (emitter: Emitter, code: ProblemCode) => void;

/** Where problems gather during a run. Counts are never capped; the item list may be. */
export class ProblemCollector implements ProblemSink {
  readonly items: Problem[] = [];
  readonly byCode: Partial<Record<ProblemCode, number>> = {};
  readonly bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  /** How many problems were counted but not kept because the list was full. */
  dropped = 0;

  constructor(
    private readonly maxItems: number = Infinity,
    private readonly audit?: Audit,
  ) {}

  get listing(): boolean {
    return this.items.length < this.maxItems;
  }

  add(p: ProblemInput): void {
    const severity = p.severity ?? problems[p.code].severity;
    this.byCode[p.code] = (this.byCode[p.code] ?? 0) + 1;
    this.bySeverity[severity]++;
    // The input's params match its code (ProblemInput is a union by code); a code without params gets {}.
    if (this.items.length < this.maxItems) this.items.push({ ...p, severity, params: p.params ?? {} } as Problem);
    else this.dropped++;
  }

  count(code: ProblemCode, severity: Severity = problems[code].severity): void {
    this.byCode[code] = (this.byCode[code] ?? 0) + 1;
    this.bySeverity[severity]++;
    this.dropped++;
  }

  /** The sink a module adds through: the collector itself, or under an audit one that reports each code. */
  scope<C extends ProblemCode>(emitter: Emitter<C>): ProblemSink<C> {
    const audit = this.audit;
    const parent: ProblemSink = this;
    // A sink for every code is one for C; TypeScript cannot see it through the generic union.
    if (!audit) return parent as ProblemSink<C>;
    const audited: ProblemSink = {
      add(p) {
        audit(emitter, p.code);
        parent.add(p);
      },
      count(code, severity) {
        audit(emitter, code);
        parent.count(code, severity);
      },
      get listing() {
        return parent.listing;
      },
    };
    return audited as ProblemSink<C>;
  }
}
