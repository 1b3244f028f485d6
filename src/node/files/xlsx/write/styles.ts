import { NUMBER_FORMATS } from '../../../../generated.ts';
import type { ColumnFormat } from '../../../../workbook.ts';
import { esc } from './xml-out.ts';

// Built-in ids where Excel has one for the code ('' is General); the others are custom formats from 164 on.
const BUILT_IN: Readonly<Record<string, number>> = { '': 0, '0': 1 };

export type CellLook = { readonly format?: ColumnFormat; readonly bold?: boolean; readonly wrap?: boolean; readonly link?: boolean };

/**
 * The cell styles a summary workbook uses, each made once on first use: a number format, bold
 * (header rows), wrapped text, link blue. `index` gives the `s` attribute; `xml` the styles part.
 */
export class StyleSheet {
  private readonly keys = new Map<string, number>();
  private readonly looks: CellLook[] = [];

  /**
   * `base`: when the styles go into a user's styles part (in-place), how many fonts and cell formats
   * it has, and the first free custom number format id; paicha's are appended after them.
   */
  constructor(private readonly base: { readonly fonts: number; readonly xfs: number; readonly numFmt: number } | undefined = undefined) {
    if (base === undefined) this.index({});
  }

  index(look: CellLook): number {
    const k = key(look);
    let i = this.keys.get(k);
    if (i === undefined) {
      i = this.looks.length + (this.base?.xfs ?? 0);
      this.looks.push(look);
      this.keys.set(k, i);
    }
    return i;
  }

  /** paicha's fonts, custom number formats and cell formats, to append to a user's styles part. */
  additions(): { fonts: string[]; numFmts: string[]; xfs: string[] } {
    const fonts = this.base?.fonts ?? 1;
    const custom = new Map<string, number>();
    const fmtId = (format: ColumnFormat | undefined): number => {
      if (format === undefined) return 0;
      const code = NUMBER_FORMATS[format];
      const builtIn = BUILT_IN[code];
      if (builtIn !== undefined) return builtIn;
      let id = custom.get(code);
      if (id === undefined) custom.set(code, (id = (this.base?.numFmt ?? 164) + custom.size));
      return id;
    };
    const xfs = this.looks.map((l) => {
      const font = l.link ? fonts + 1 : l.bold ? fonts : 0;
      const id = fmtId(l.format);
      // Top-aligned, so a row that wraps one long text still reads across at its first line.
      const align = l.wrap ? '<alignment vertical="top" wrapText="1"/>' : '<alignment vertical="top"/>';
      return `<xf numFmtId="${id}" fontId="${font}" fillId="0" borderId="0" xfId="0"${id ? ' applyNumberFormat="1"' : ''}${font ? ' applyFont="1"' : ''} applyAlignment="1">${align}</xf>`;
    });
    return {
      fonts: [
        '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
        '<font><u/><sz val="11"/><color rgb="FF0563C1"/><name val="Calibri"/><family val="2"/></font>',
      ],
      numFmts: [...custom].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`),
      xfs,
    };
  }

  /** The styles part of a new workbook. */
  xml(): string {
    const { fonts, numFmts, xfs } = this.additions();
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (numFmts.length > 0 ? `<numFmts count="${numFmts.length}">${numFmts.join('')}</numFmts>` : '') +
      `<fonts count="${fonts.length + 1}"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>${fonts.join('')}</fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}

const key = (l: CellLook): string => `${l.format ?? ''}|${l.bold ? 1 : 0}|${l.wrap ? 1 : 0}|${l.link ? 1 : 0}`;
