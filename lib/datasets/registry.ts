import type { Columns } from '../columns/column.ts';
import { problems } from '../problems/catalogue.ts';
import type { AnyDataset, ResultOf, TallyOf } from './define.ts';
import { checks } from './checks/dataset.ts';
import { donations } from './donations/dataset.ts';
import { duty } from './duty/dataset.ts';
import { households } from './households/dataset.ts';
import { shops } from './shops/dataset.ts';
import { people } from './people/dataset.ts';
import { visits } from './visits/dataset.ts';

/** The datasets of an analysis, checked once (on first use, not at load: Apps Script loads on every click). */
export type Registry<L extends readonly AnyDataset[] = readonly AnyDataset[]> = {
  /** In the order a tie between two datasets' headers goes to. */
  readonly datasets: L;
  /** Every dataset after the ones it uses: the order tallies finish in. */
  readonly finishing: () => readonly AnyDataset[];
  /** Every field any dataset declares, for its label (a field key means one thing in every dataset). */
  readonly fields: () => Columns;
};

/** Keys of the result that are not datasets. */
const RESERVED = new Set(['problems']);

/** A registry of datasets. Throws (a programming error) on a repeated id, a cycle of `uses`, or an unknown code. */
export function defineRegistry<const L extends readonly AnyDataset[]>(datasets: L): Registry<L> {
  let checked: { finishing: readonly AnyDataset[]; fields: Columns } | undefined;
  const check = () => (checked ??= validate(datasets));
  return { datasets, finishing: () => check().finishing, fields: () => check().fields };
}

function validate(datasets: readonly AnyDataset[]): { finishing: readonly AnyDataset[]; fields: Columns } {
  const ids = new Set<string>();
  const fields: Record<string, Columns[string]> = {};
  for (const d of datasets) {
    if (ids.has(d.id) || RESERVED.has(d.id)) throw new Error(`dataset id "${d.id}" is taken`);
    ids.add(d.id);
    for (const code of d.codes)
      if (!(code in problems)) throw new Error(`dataset ${d.id} declares "${code}", which is not in the problem catalogue`);
    for (const [key, spec] of Object.entries<Columns[string]>(d.columns)) {
      const other = fields[key];
      if (other && other.label['zh-Hans'] !== spec.label['zh-Hans']) {
        throw new Error(
          `field "${key}" of ${d.id} is labelled ${spec.label['zh-Hans']}, elsewhere ${other.label['zh-Hans']}: give it its own key`,
        );
      }
      fields[key] ??= spec;
    }
  }
  // Depth-first, in registry order: a dataset finishes after every dataset it uses.
  const finishing: AnyDataset[] = [];
  const state = new Map<AnyDataset, 'visiting' | 'done'>();
  const visit = (d: AnyDataset, path: readonly string[]): void => {
    if (state.get(d) === 'done') return;
    if (state.get(d) === 'visiting') throw new Error(`datasets use each other in a cycle: ${[...path, d.id].join(' → ')}`);
    if (!datasets.includes(d)) throw new Error(`${path[path.length - 1] ?? ''} uses ${d.id}, which is not in the registry`);
    state.set(d, 'visiting');
    for (const u of d.uses ?? []) visit(u, [...path, d.id]);
    state.set(d, 'done');
    finishing.push(d);
  };
  for (const d of datasets) visit(d, []);
  return { finishing, fields };
}

/** Whether a dataset's key is in the result even when no sheet holds it. */
type AlwaysOf<D extends AnyDataset> = NonNullable<D['always']>;

// Mapped type → one plain object type, so an editor shows `{ households: …; donations: … }`.
type Flat<T> = { [K in keyof T]: T[K] };

/** The datasets' keys of the result: always there, or only when the workbook holds the dataset. */
export type DatasetResults<L extends readonly AnyDataset[]> = Flat<
  { [D in L[number] as AlwaysOf<D> extends true ? D['id'] : never]: ResultOf<D> } & {
    [D in L[number] as AlwaysOf<D> extends true ? never : D['id']]?: ResultOf<D>;
  }
>;

/** Each dataset's result, by id, whether or not the workbook holds it. */
export type DatasetAllResults<L extends readonly AnyDataset[]> = { [D in L[number] as D['id']]: ResultOf<D> };

/** Each dataset's finished tally, by id. */
export type DatasetTallies<L extends readonly AnyDataset[]> = { [D in L[number] as D['id']]: TallyOf<D> };

/** Every dataset paicha reads. Add a dataset here (docs/datasets.md): nothing else walks a list. */
export const DATASETS = defineRegistry([households, donations, visits, shops, duty, people, checks]);
