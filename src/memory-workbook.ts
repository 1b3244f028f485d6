import type { GeneratedSheet } from '../lib/render/grid.ts';
import { assertOwned, type SheetGrid, type Workbook } from './workbook.ts';

/**
 * A workbook held in memory: input sheets to read and generated sheets collected on write. The CLI
 * uses it to tally several files as one and then save the generated sheets to a new file; tests use it
 * as the reference implementation of the port.
 */
export class MemoryWorkbook implements Workbook {
  private readonly inputs = new Map<string, SheetGrid>();
  private readonly owned: Set<string>;
  private readonly written = new Map<string, GeneratedSheet>();

  /** `owned`: input sheets that paicha generated on an earlier run (they carry its marker). */
  constructor(inputs: readonly SheetGrid[], owned: readonly string[] = []) {
    for (const s of inputs) this.inputs.set(s.name, s);
    this.owned = new Set(owned);
  }

  sheetNames(): readonly string[] {
    return [...new Set([...this.inputs.keys(), ...this.written.keys()])];
  }

  read(names: readonly string[]): readonly SheetGrid[] {
    return names.map((n) => {
      const w = this.written.get(n);
      if (w) return { name: n, values: w.values };
      const s = this.inputs.get(n);
      if (!s) throw new Error(`no sheet named ${n}`);
      return s;
    });
  }

  isGenerated(name: string): boolean {
    return this.owned.has(name) || this.written.has(name);
  }

  writeGenerated(sheets: readonly GeneratedSheet[]): void {
    assertOwned(
      sheets.map((s) => s.name),
      { exists: (n) => this.inputs.has(n), isGenerated: (n) => this.isGenerated(n) },
    );
    for (const s of sheets) this.written.set(s.name, s);
  }

  /** The generated sheets written, in the order first written. */
  output(): GeneratedSheet[] {
    return [...this.written.values()];
  }
}
