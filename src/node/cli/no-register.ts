import { FILE_THINGS } from '../../../lib/i18n/files.ts';
import { fill, LIST_SEPARATOR, LOCALES, type Locale, type Words } from '../../../lib/i18n/locale.ts';
import { NoRegisterError, type SheetLookedAt } from '../../commands/run.ts';
import { readError, type FileReadError } from '../files/errors.ts';

// A run whose inputs hold no register is an error naming the inputs, the sheets looked at and the
// first row of each (what a person would take for the header), and writes nothing: exit 2.

function sheetsLookedAt(sheets: readonly SheetLookedAt[]): Words {
  const say = (l: Locale): string =>
    sheets
      .map((s) =>
        fill(FILE_THINGS.sheetFirstRow[l], {
          sheet: s.name,
          row: s.header.length > 0 ? s.header.join(LIST_SEPARATOR[l]) : FILE_THINGS.emptyRow[l],
        }),
      )
      .join(FILE_THINGS.sheetSeparator[l]);
  return Object.fromEntries(LOCALES.map((l) => [l, say(l)])) as Words;
}

/** The NoRegisterError of a run on these inputs (as the user named them) as the file error the CLI shows. */
function noRegisterError(e: NoRegisterError, inputs: readonly string[]): FileReadError {
  return readError(inputs.join(', '), 'unsupported-format', 'noRegister', { sheets: sheetsLookedAt(e.sheets) });
}

/** Runs a command that refuses a workbook without a register, turning that refusal into the file error. */
export function withRegister<T>(inputs: readonly string[], run: () => T): T {
  try {
    return run();
  } catch (e) {
    throw e instanceof NoRegisterError ? noRegisterError(e, inputs) : e;
  }
}
