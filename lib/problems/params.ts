import type { RULES, RuleId, WhatId } from '../i18n/words.ts';
import type { ProblemCode, problems } from './catalogue.ts';

// A problem's params are typed from its message template: every {placeholder} the problem itself
// does not fill is a param. A problem stored with its params can be rendered again in any locale.

/** The names in a template's {placeholders}. */
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

type Template<C extends ProblemCode> = (typeof problems)[C]['message']['zh-Hans'];

/** Placeholders filled from the problem's own fields (`allowed` from the vocabulary, `first` from a duplicate's first row and sheet) when rendering. */
export type BuiltinPlaceholder = 'sheet' | 'row' | 'field' | 'value' | 'allowed' | 'first';

/** What a cell parser says of a bad cell: what it should hold (a key of EXPECTED, or text) and a likely value. */
type CellParams = { readonly expected: string; readonly suggestion?: string };

/** A cross-field rule and its own placeholders (RULES' words), e.g. future-date's {asOf}. */
export type RuleParams = {
  [R in RuleId]: { readonly rule: R } & { readonly [K in Placeholders<(typeof RULES)[R]['zh-Hans']>]: string | number };
}[RuleId];

// Codes whose params are more than their template's placeholders, or optional: {suggestion} is said
// only when there is one; a duplicate names its first row's sheet for a link.
type Declared = {
  type: CellParams;
  format: CellParams;
  enum: CellParams;
  range: CellParams;
  'precision-loss': CellParams;
  'status-guess': CellParams;
  mojibake: { readonly suggestion?: string };
  rule: RuleParams;
  duplicate: { readonly firstRow: number; readonly firstSheet: string; readonly what: WhatId };
};

type ParamType<K extends string> = K extends 'what' ? WhatId : string | number;

type FromTemplate<C extends ProblemCode> = { readonly [K in Exclude<Placeholders<Template<C>>, BuiltinPlaceholder>]: ParamType<K> };

/** The params of a problem with code C. */
export type ProblemParams<C extends ProblemCode> = C extends keyof Declared ? Declared[C] : FromTemplate<C>;

/** Every placeholder of C's template that neither the problem nor its params fill: `never` for every code. */
export type UnfilledPlaceholders<C extends ProblemCode> = Exclude<Placeholders<Template<C>>, BuiltinPlaceholder | keyof ProblemParams<C>>;
