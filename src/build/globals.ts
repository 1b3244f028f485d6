// The top-level functions of paicha.gs. Apps Script calls only top-level function declarations (menu
// items, triggers, an Apps Script library's callers); each is a stub into the add-on layer.
import { MENU_HELP } from '../gas/menu-help.ts';
import { MENU_ITEMS } from '../gas/menu-items.ts';

export type GlobalFunction = { readonly name: string; readonly params: string; readonly doc: string };

const LIBRARY_PARAMS = '@param {{name: string, values: Array<Array<*>>}[]} sheets Sheets as Range.getValues() returns them.';

/** Functions other than the menu items, with the JSDoc another script sees through the library. */
const OTHERS = {
  before: [
    { name: 'onOpen', params: 'e', doc: 'Adds the 排查 menu when the spreadsheet opens (safe in AuthMode.NONE).' },
    { name: 'onInstall', params: 'e', doc: 'Runs onOpen when the add-on is installed.' },
  ],
  after: [
    { name: 'onEdit', params: 'e', doc: 'Live check of the edited rows; problems are shown in a toast.' },
    {
      name: 'tallyWorkbook',
      params: 'sheets, options',
      doc: [
        'Validates and tallies household and donation sheets.',
        LIBRARY_PARAMS,
        '@param {{locale?: string, asOf?: string, year?: number, tzOffsetMinutes?: number, columns?: Object<string,string>, maxProblems?: number}=} options',
        '@return {Object} The result contract: {households, donations, problems}, as `paicha tally --json` prints.',
      ].join('\n'),
    },
    {
      name: 'checkWorkbook',
      params: 'sheets, options',
      doc: [
        'Only the problems of the sheets: what volunteers must fix.',
        LIBRARY_PARAMS,
        '@param {Object=} options As for tallyWorkbook.',
        '@return {Object} {errors, warnings, infos, byCode, items, itemsOmitted, ok}',
      ].join('\n'),
    },
  ],
} satisfies Record<string, GlobalFunction[]>;

/** Every top-level function, in the order paicha.gs lists them. */
export function globalFunctions(): GlobalFunction[] {
  const menu = MENU_ITEMS.map((i) => ({
    name: i.fn,
    params: '',
    doc: `Menu ${i.label['zh-Hans']} (${i.label.en}): ${MENU_HELP[i.fn].en}`,
  }));
  return [...OTHERS.before, ...menu, ...OTHERS.after];
}

/** One stub per function, calling into the layer `layerFn` returns. */
export function stubs(functions: readonly GlobalFunction[], layerFn: string): string {
  return functions
    .map(
      ({ name, params, doc }) =>
        `/**\n${doc
          .split('\n')
          .map((l) => ` * ${l}`)
          .join('\n')}\n */\nfunction ${name}(${params}) {\n  return ${layerFn}().${name}(${params});\n}\n`,
    )
    .join('\n');
}
