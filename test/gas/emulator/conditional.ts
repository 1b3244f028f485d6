// Conditional format rules, kept as data: a condition, a format and the ranges it covers. Sheets
// evaluates them when drawing; the emulator only stores them, so tests check what was asked for.
// https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder
import type { Env } from './env.ts';
import type { ConditionalRuleModel, SheetModel } from './model.ts';
import { RangeFacade, makeRange } from './range.ts';

export function makeRuleBuilder(env: Env, from?: ConditionalRuleModel): RuleBuilderFacade {
  const draft: ConditionalRuleModel = from ? structuredClone(from) : { condition: { type: 'NONE', values: [] }, format: {}, ranges: [] };
  return env.wrap('ConditionalFormatRuleBuilder', new RuleBuilderFacade(env, draft));
}

export function makeRule(env: Env, sheet: SheetModel, model: ConditionalRuleModel): RuleFacade {
  return env.wrap('ConditionalFormatRule', new RuleFacade(env, sheet, model));
}

/** The data behind a rule script code passes to Sheet.setConditionalFormatRules. */
export function ruleModelOf(env: Env, rule: unknown, method: string): ConditionalRuleModel {
  const facade = env.unwrap<RuleFacade>('ConditionalFormatRule', rule);
  if (!facade) throw env.badArguments('Sheet', method, [rule]);
  return structuredClone(RuleFacade.model(facade));
}

const plain = (values: readonly unknown[]): unknown[] => values.map((v) => (v === undefined ? null : JSON.parse(JSON.stringify(v))));

export class RuleBuilderFacade {
  readonly #env: Env;
  readonly #draft: ConditionalRuleModel;
  #sheet: SheetModel | undefined;

  constructor(env: Env, draft: ConditionalRuleModel) {
    this.#env = env;
    this.#draft = draft;
  }

  whenFormulaSatisfied(formula: unknown): this {
    return this.#when('CUSTOM_FORMULA', formula);
  }
  whenTextEqualTo(text: unknown): this {
    return this.#when('TEXT_EQ', text);
  }
  whenTextContains(text: unknown): this {
    return this.#when('TEXT_CONTAINS', text);
  }
  whenCellEmpty(): this {
    return this.#when('CELL_EMPTY');
  }
  whenCellNotEmpty(): this {
    return this.#when('CELL_NOT_EMPTY');
  }
  whenNumberGreaterThan(n: unknown): this {
    return this.#when('NUMBER_GREATER_THAN', n);
  }
  whenNumberLessThan(n: unknown): this {
    return this.#when('NUMBER_LESS_THAN', n);
  }
  whenNumberEqualTo(n: unknown): this {
    return this.#when('NUMBER_EQ', n);
  }
  setBackground(color: unknown): this {
    return this.#format('background', color);
  }
  setFontColor(color: unknown): this {
    return this.#format('fontColor', color);
  }
  setBold(bold: unknown): this {
    return this.#format('bold', bold);
  }
  setItalic(italic: unknown): this {
    return this.#format('italic', italic);
  }
  setRanges(ranges: unknown): this {
    if (!Array.isArray(ranges)) throw this.#env.badArguments('ConditionalFormatRuleBuilder', 'setRanges', [ranges]);
    this.#draft.ranges = ranges.map((r) => {
      const facade = this.#env.unwrap<RangeFacade>('Range', r);
      if (!facade) throw this.#env.badArguments('ConditionalFormatRuleBuilder', 'setRanges', [ranges]);
      const g = RangeFacade.geometry(facade);
      this.#sheet = g.sheet;
      return { row: g.row, column: g.column, numRows: g.numRows, numColumns: g.numColumns };
    });
    return this;
  }
  build(): unknown {
    if (this.#draft.ranges.length === 0) throw this.#env.fail('Conditional format rule must have at least one range.');
    return makeRule(this.#env, this.#sheet ?? this.#env.doc.activeSheet(), structuredClone(this.#draft));
  }
  toString(): string {
    return 'ConditionalFormatRuleBuilder';
  }

  #when(type: string, ...values: unknown[]): this {
    this.#draft.condition = { type, values: plain(values) };
    return this;
  }

  #format(key: string, value: unknown): this {
    this.#draft.format[key] = value === undefined ? null : value;
    return this;
  }
}

export class RuleFacade {
  readonly #env: Env;
  readonly #sheet: SheetModel;
  readonly #model: ConditionalRuleModel;

  constructor(env: Env, sheet: SheetModel, model: ConditionalRuleModel) {
    this.#env = env;
    this.#sheet = sheet;
    this.#model = model;
  }

  static model(rule: RuleFacade): ConditionalRuleModel {
    return rule.#model;
  }

  getRanges(): unknown[] {
    return this.#env.arr(this.#model.ranges.map((r) => makeRange(this.#env, this.#sheet, r.row, r.column, r.numRows, r.numColumns)));
  }
  copy(): unknown {
    return makeRuleBuilder(this.#env, this.#model);
  }
  /** The rule's boolean condition (criteria type and values: a custom formula is its one value). */
  getBooleanCondition(): unknown {
    const { type, values } = this.#model.condition;
    const background = this.#model.format['background'];
    return this.#env.wrap('BooleanCondition', {
      getCriteriaType: () => type,
      getCriteriaValues: () => this.#env.arr(plain(values)),
      getBackground: () => (background === undefined ? null : background),
      toString: () => 'BooleanCondition',
    });
  }
  toString(): string {
    return 'ConditionalFormatRule';
  }
}
