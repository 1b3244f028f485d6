import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll } from 'vitest';
import { listZipEntries, readZipEntry } from '../../../../src/node/files/zip.ts';

export { realdata } from '../../../helpers/realdata.ts';

/** A fresh temporary folder, removed after the file's tests. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'paicha-files-'));
  afterAll(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** The text of one part of an .xlsx (zip), e.g. `xl/worksheets/sheet1.xml`. */
export async function zipText(path: string, part: string): Promise<string> {
  const entries = await listZipEntries(path);
  const entry = entries?.find((e) => e.name === part);
  if (entry === undefined) throw new Error(`${part} not in ${path}`);
  return (await readZipEntry(path, entry)).toString('utf8');
}

/** Builds a workbook with ExcelJS and writes it to `path`. */
export async function writeWorkbook(path: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  await wb.xlsx.writeFile(path);
  return path;
}

/** Every cell of every sheet as ExcelJS reads it: type, value and formula text, keyed by address. */
export async function snapshot(path: string): Promise<Record<string, Record<string, unknown>>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out: Record<string, Record<string, unknown>> = {};
  for (const ws of wb.worksheets) {
    const cells: Record<string, unknown> = {};
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        cells[cell.address] = { type: cell.type, value: cell.value, formula: cell.formula, numFmt: cell.numFmt };
      }),
    );
    out[ws.name] = { state: ws.state, merges: ws.model.merges, cells };
  }
  return out;
}

/**
 * Copies an .xlsx with some parts' text edited, as other programs write what ExcelJS never does
 * (values under a merge, cells without `r`, phonetic runs). `store` keeps entries uncompressed.
 */
export async function editXlsx(
  src: string,
  dest: string,
  edits: Record<string, (xml: string) => string>,
  { store = false } = {},
): Promise<string> {
  const parts: Record<string, Buffer> = {};
  for (const entry of (await listZipEntries(src)) ?? []) {
    if (entry.name.endsWith('/')) continue;
    const data = await readZipEntry(src, entry);
    const edit = edits[entry.name];
    parts[entry.name] = edit === undefined ? data : Buffer.from(edit(data.toString('utf8')), 'utf8');
  }
  return writeZip(dest, parts, { store });
}

/** A part already deflated, with the size the zip states for it (which may lie, as a zip bomb's does). */
export type DeflatedPart = { readonly deflated: Buffer; readonly statedSize: number };

/** A zip of these parts, deflated (or stored), with UTF-8 names. */
export async function writeZip(
  path: string,
  parts: Record<string, string | Buffer | DeflatedPart>,
  { store = false } = {},
): Promise<string> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  let count = 0;
  for (const [partName, content] of Object.entries(parts)) {
    const given = typeof content === 'object' && 'deflated' in content ? content : undefined;
    const data = given !== undefined ? Buffer.alloc(0) : typeof content === 'string' ? Buffer.from(content, 'utf8') : (content as Buffer);
    const body = given?.deflated ?? (store ? data : deflateRawSync(data));
    const name = Buffer.from(partName, 'utf8');
    const crc = given !== undefined ? 0 : crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(store && given === undefined ? 0 : 8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(given?.statedSize ?? data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(store && given === undefined ? 0 : 8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(given?.statedSize ?? data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
    count++;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  await writeFile(path, Buffer.concat([...locals, cd, end]));
  return path;
}
