import type { FileHandle } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import type { GeneratedSheet } from '../../../../workbook.ts';
import { assertOwned } from '../../../../workbook.ts';
import { GENERATED_MARKER, markedSheetNames } from '../../marker.ts';
import { listZipEntries, readAt, readZipEntry, type ZipEntry } from '../../zip.ts';
import { Declined } from '../declined.ts';
import { resolveTarget } from '../package.ts';
import { attr, tags, xmlText } from '../xml.ts';
import { CT, definedNames } from './package-xml.ts';
import { REL, SharedStrings } from './sheet-xml.ts';
import { StyleSheet } from './styles.ts';
import { writeSheetParts, type SummaryOptions } from './summary.ts';
import { esc } from './xml-out.ts';
import { ZipWriter } from './zip-write.ts';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

type Sheet = { readonly name: string; readonly start: number; readonly end: number; readonly sheetId: number; readonly rid: string };

/** The user's package as far as a splice needs it, read from `path`. */
type Package = {
  readonly entries: readonly ZipEntry[];
  readonly workbook: string;
  readonly workbookRels: string;
  readonly sheets: readonly Sheet[];
  readonly ridPrefix: string;
  readonly rels: readonly { id: string; type: string; target: string }[];
};

const entryName = (e: ZipEntry): string => (e.name.startsWith('/') ? e.name.slice(1) : e.name);

/**
 * Adds or replaces paicha's sheets in the user's .xlsx without rewriting anything else: every part
 * paicha does not own is copied as its compressed bytes; the workbook part, its relationships, the
 * content types, the styles and shared strings get paicha's entries appended (existing indexes stay
 * valid); a replaced generated sheet's parts (and its charts) are dropped. Writes the new zip into
 * `file`. Throws {@link Declined} for a package it would have to guess about; the caller then uses
 * ExcelJS, which rewrites the whole file.
 */
export async function spliceSheets(path: string, file: FileHandle, sheets: readonly GeneratedSheet[]): Promise<{ generated: string[] }> {
  const pkg = await readPackage(path);
  const { workbook } = pkg;
  const marked = markedSheetNames(workbookNames(workbook));
  const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
  assertOwned(
    sheets.map((g) => g.name),
    { exists: (n) => pkg.sheets.some((s) => same(s.name, n)), isGenerated: (n) => marked.some((m) => same(m, n)) },
  );

  const wbDir = 'xl/';
  const relById = new Map(pkg.rels.map((r) => [r.id, r]));
  const replaced = pkg.sheets.filter((s) => sheets.some((g) => same(g.name, s.name)));
  const dropped = new Set<string>();
  for (const s of replaced) {
    const rel = relById.get(s.rid);
    if (rel === undefined) continue;
    const part = resolveTarget(wbDir, rel.target);
    for (const p of await ownedParts(path, pkg.entries, part)) dropped.add(p.toLowerCase());
  }
  const calcChain = pkg.rels.find((r) => r.type.endsWith('/calcChain'));
  const calcPart = calcChain === undefined ? undefined : resolveTarget(wbDir, calcChain.target);
  // A calculation chain naming a replaced sheet would point at cells that are gone: Excel rebuilds it.
  if (calcPart !== undefined && replaced.length > 0) {
    const chain = await text(path, pkg.entries, calcPart);
    if (chain !== undefined && replaced.some((s) => new RegExp(`\\bi="${s.sheetId}"`).test(chain))) dropped.add(calcPart.toLowerCase());
  }

  // Numbers for the new parts, above every part name in use.
  const names = pkg.entries.map(entryName);
  const next = (re: RegExp): number => names.reduce((n, x) => Math.max(n, Number(re.exec(x)?.[1] ?? 0)), 0) + 1;
  const numbering = {
    sheet: next(/^xl\/worksheets\/sheet(\d+)\.xml$/i),
    drawing: next(/^xl\/drawings\/drawing(\d+)\.xml$/i),
    chart: next(/^xl\/charts\/chart(\d+)\.xml$/i),
  };

  const stylesRel = pkg.rels.find((r) => r.type.endsWith('/styles'));
  if (stylesRel === undefined) throw new Declined('a workbook without a styles part');
  const stylesPart = resolveTarget(wbDir, stylesRel.target);
  const stylesXml = await text(path, pkg.entries, stylesPart);
  if (stylesXml === undefined) throw new Declined('a workbook whose styles part is missing');
  const styles = new StyleSheet(styleBase(stylesXml));
  const stringsRel = pkg.rels.find((r) => r.type.endsWith('/sharedStrings'));
  const stringsPart = stringsRel === undefined ? 'xl/sharedStrings.xml' : resolveTarget(wbDir, stringsRel.target);
  const stringsXml = stringsRel === undefined ? undefined : await text(path, pkg.entries, stringsPart);
  if (stringsRel !== undefined && stringsXml === undefined) throw new Declined('a workbook whose shared strings part is missing');
  if (stringsXml !== undefined && !/^\s*(<\?[^>]*\?>\s*)?<sst[\s>]/.test(stringsXml))
    throw new Declined('shared strings with a namespace prefix');
  const strings = new SharedStrings(stringsXml === undefined ? 0 : countItems(stringsXml));

  // The user's parts first, in their order, as their compressed bytes; then paicha's; then the parts
  // paicha appends to, which are known only once its sheets are made.
  const zip = new ZipWriter(file);
  const rewrittenParts = new Set(
    [pkg.workbookPart, pkg.workbookRelsPart, '[Content_Types].xml', stylesPart, ...(stringsXml === undefined ? [] : [stringsPart])].map(
      (p) => p.toLowerCase(),
    ),
  );
  const source = await open(path, 'r');
  try {
    for (const e of pkg.entries) {
      const key = entryName(e).toLowerCase();
      if (dropped.has(key) || rewrittenParts.has(key)) continue;
      await zip.raw({
        name: e.name,
        method: e.method,
        crc: e.crc,
        compressedSize: e.compressedSize,
        size: e.size,
        data: await rawData(source, e),
      });
    }
  } finally {
    await source.close();
  }
  const options: SummaryOptions = { links: { kind: 'internal' } };
  const { written, overrides } = await writeSheetParts(zip, sheets, numbering, strings, styles, options);

  // The workbook: replaced sheets keep their place and sheetId, new ones go last.
  const ids = new Set(pkg.rels.map((r) => r.id));
  let k = 0;
  const newId = (): string => {
    let id: string;
    do id = `rIdP${++k}`;
    while (ids.has(id));
    ids.add(id);
    return id;
  };
  const relsAdded: string[] = [];
  const tagOf = (g: GeneratedSheet, sheetId: number, rid: string): string =>
    `<sheet name="${esc(g.name)}" sheetId="${sheetId}" ${pkg.ridPrefix}:id="${rid}"/>`;
  let maxSheetId = pkg.sheets.reduce((m, s) => Math.max(m, s.sheetId), 0);
  const replacements = new Map<Sheet, string>();
  const appended: string[] = [];
  const order: { sheet: GeneratedSheet; index: number }[] = [];
  sheets.forEach((g, i) => {
    const rid = newId();
    relsAdded.push(`<Relationship Id="${rid}" Type="${REL}/worksheet" Target="/${written[i]!.part}"/>`);
    const old = replaced.find((s) => same(s.name, g.name));
    if (old !== undefined) {
      replacements.set(old, tagOf(g, old.sheetId, rid));
      order.push({ sheet: g, index: pkg.sheets.indexOf(old) });
    } else {
      appended.push(tagOf(g, ++maxSheetId, rid));
      order.push({ sheet: g, index: pkg.sheets.length + appended.length - 1 });
    }
  });
  let wb = '';
  let at = 0;
  for (const s of pkg.sheets) {
    const tag = replacements.get(s);
    if (tag === undefined) continue;
    wb += workbook.slice(at, s.start) + tag;
    at = s.end + 1;
  }
  wb += workbook.slice(at);
  wb = wb.replace(/<\/sheets>/, `${appended.join('')}</sheets>`);
  const ourIndexes = new Set(order.map((o) => o.index));
  const kept = marked.filter((m) => !sheets.some((g) => same(g.name, m)) && pkg.sheets.some((s) => same(s.name, m)));
  wb = withDefinedNames(wb, ourIndexes, definedNames(order, [...kept, ...sheets.map((g) => g.name)]));

  // Relationships of the workbook: replaced sheets' and a dropped chain's go, the new ones come in.
  const droppedIds = new Set([
    ...replaced.map((s) => s.rid),
    ...(calcChain !== undefined && calcPart !== undefined && dropped.has(calcPart.toLowerCase()) ? [calcChain.id] : []),
  ]);
  if (stringsRel === undefined) relsAdded.push(`<Relationship Id="${newId()}" Type="${REL}/sharedStrings" Target="/${stringsPart}"/>`);
  let wbRels = pkg.workbookRels.replace(/<Relationship\b[^>]*\/>/g, (tag) =>
    droppedIds.has(xmlText(/\bId="([^"]*)"/.exec(tag)?.[1] ?? '')) ? '' : tag,
  );
  wbRels = wbRels.replace(/<\/Relationships>/, `${relsAdded.join('')}</Relationships>`);

  const contentPart = '[Content_Types].xml';
  const types = await text(path, pkg.entries, contentPart);
  if (types === undefined) throw new Declined('a package without content types');
  const addTypes = [...overrides, ...(stringsRel === undefined ? ([[stringsPart, CT.strings]] as [string, string][]) : [])];
  let typesXml = types.replace(/<Override\b[^>]*\/>/g, (tag) => {
    const part = xmlText(/\bPartName="([^"]*)"/.exec(tag)?.[1] ?? '')
      .replace(/^\//, '')
      .toLowerCase();
    return dropped.has(part) || addTypes.some(([p]) => p.toLowerCase() === part) ? '' : tag;
  });
  typesXml = typesXml.replace(
    /<\/Types>/,
    `${addTypes.map(([p, t]) => `<Override PartName="/${esc(p)}" ContentType="${t}"/>`).join('')}</Types>`,
  );

  const sst = [...strings.items()].join('');
  const rewritten = new Map<string, string>([
    [pkg.workbookPart.toLowerCase(), wb],
    [pkg.workbookRelsPart.toLowerCase(), wbRels],
    [contentPart.toLowerCase(), typesXml],
    [stylesPart.toLowerCase(), withStyles(stylesXml, styles)],
  ]);
  if (stringsXml !== undefined) rewritten.set(stringsPart.toLowerCase(), withStrings(stringsXml, sst, strings.count));

  for (const e of pkg.entries) {
    const replacement = rewritten.get(entryName(e).toLowerCase());
    if (replacement !== undefined) await zip.text(e.name, [replacement]);
  }
  if (stringsXml === undefined) await zip.text(stringsPart, strings.xml());
  await zip.finish();
  return { generated: [...kept, ...sheets.map((g) => g.name)] };
}

/** Whether paicha can splice into this file (else ExcelJS rewrites it), without writing anything. */
export async function canSplice(path: string): Promise<boolean> {
  try {
    await readPackage(path);
    return true;
  } catch {
    return false;
  }
}

async function readPackage(path: string): Promise<Package & { workbookPart: string; workbookRelsPart: string }> {
  const entries = await listZipEntries(path).catch(() => undefined);
  if (entries === undefined) throw new Declined('a zip paicha cannot list itself');
  for (const e of entries) {
    if ((e.flags & 1) !== 0) throw new Declined('encrypted zip entries');
    if (e.method !== 0 && e.method !== 8) throw new Declined(`compression method ${e.method}`);
    if (e.size === 0xffffffff || e.compressedSize === 0xffffffff || e.localHeaderOffset === 0xffffffff)
      throw new Declined('a ZIP64 archive');
  }
  const root = await text(path, entries, '_rels/.rels');
  const office = root === undefined ? undefined : /<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*\/>/.exec(root)?.[0];
  const target = office === undefined ? undefined : /\bTarget="([^"]*)"/.exec(office)?.[1];
  const workbookPart = target === undefined ? 'xl/workbook.xml' : resolveTarget('', xmlText(target));
  // paicha's new parts are named under xl/ and referred to absolutely; a workbook elsewhere is left to ExcelJS.
  if (workbookPart.toLowerCase() !== 'xl/workbook.xml') throw new Declined(`a workbook part at ${workbookPart}`);
  const workbook = await text(path, entries, workbookPart);
  if (workbook === undefined) throw new Declined('a package without its workbook part');
  if (!new RegExp(`^\\s*(<\\?[^>]*\\?>\\s*)?<workbook\\b[^>]*\\bxmlns="${MAIN_NS}"`).test(workbook)) {
    throw new Declined('a workbook part with a namespace prefix or in strict OOXML');
  }
  const ridPrefix = new RegExp(`xmlns:([A-Za-z_][\\w.-]*)="${REL}"`).exec(workbook)?.[1];
  if (ridPrefix === undefined) throw new Declined('a workbook part without the relationships namespace');
  const workbookRelsPart = 'xl/_rels/workbook.xml.rels';
  const workbookRels = await text(path, entries, workbookRelsPart);
  if (workbookRels === undefined) throw new Declined('a workbook without relationships');
  const rels: { id: string; type: string; target: string }[] = [];
  for (const t of tags(workbookRels)) {
    if (t.close || t.name !== 'Relationship') continue;
    rels.push({
      id: attr(workbookRels, t.start, t.end, 'Id') ?? '',
      type: attr(workbookRels, t.start, t.end, 'Type') ?? '',
      target: attr(workbookRels, t.start, t.end, 'Target') ?? '',
    });
  }
  const sheets: Sheet[] = [];
  for (const t of tags(workbook)) {
    if (t.close || t.name !== 'sheet') continue;
    sheets.push({
      name: attr(workbook, t.start, t.end, 'name') ?? '',
      start: t.start,
      end: t.end,
      sheetId: Number(attr(workbook, t.start, t.end, 'sheetId') ?? 0),
      rid: attr(workbook, t.start, t.end, 'id') ?? '',
    });
  }
  if (!/<\/sheets>/.test(workbook)) throw new Declined('a workbook part without a sheet list');
  return { entries, workbook, workbookRels, sheets, ridPrefix, rels, workbookPart, workbookRelsPart };
}

/** A worksheet part, its relationships, and the drawings and charts under it: what goes with a replaced sheet. */
async function ownedParts(path: string, entries: readonly ZipEntry[], sheetPart: string): Promise<string[]> {
  const parts = [sheetPart];
  const relsOf = (part: string): string => `${part.slice(0, part.lastIndexOf('/') + 1)}_rels/${part.slice(part.lastIndexOf('/') + 1)}.rels`;
  const walk = async (part: string, depth: number): Promise<void> => {
    const relsPart = relsOf(part);
    const xml = await text(path, entries, relsPart);
    if (xml === undefined) return;
    parts.push(relsPart);
    const dir = part.slice(0, part.lastIndexOf('/') + 1);
    for (const t of tags(xml)) {
      if (t.close || t.name !== 'Relationship' || attr(xml, t.start, t.end, 'TargetMode') === 'External') continue;
      const type = attr(xml, t.start, t.end, 'Type') ?? '';
      if (!/\/(drawing|chart|chartUserShapes)$/.test(type)) continue;
      const target = resolveTarget(dir, attr(xml, t.start, t.end, 'Target') ?? '');
      parts.push(target);
      if (depth < 2) await walk(target, depth + 1);
    }
  };
  await walk(sheetPart, 0);
  return parts;
}

async function text(path: string, entries: readonly ZipEntry[], part: string): Promise<string | undefined> {
  const key = part.toLowerCase();
  const entry = entries.find((e) => entryName(e).toLowerCase() === key);
  return entry === undefined ? undefined : (await readZipEntry(path, entry)).toString('utf8');
}

async function rawData(file: FileHandle, e: ZipEntry): Promise<Buffer> {
  const header = await readAt(file, e.localHeaderOffset, 30);
  const start = e.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  return readAt(file, start, e.compressedSize);
}

function workbookNames(xml: string): { name: string; ranges: string[] }[] {
  const out: { name: string; ranges: string[] }[] = [];
  for (const m of xml.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[1] ?? '')?.[1];
    if (name === GENERATED_MARKER) out.push({ name, ranges: xmlText(m[2] ?? '').split(/,(?=(?:[^']*'[^']*')*[^']*$)/) });
  }
  return out;
}

/** The workbook's defined names without paicha's old ones (marker, print titles of its sheets), plus `names`. */
function withDefinedNames(xml: string, ourIndexes: ReadonlySet<number>, names: readonly string[]): string {
  let out = xml.replace(/<definedName\b([^>]*)>[^<]*<\/definedName>/g, (whole, attrs: string) => {
    const name = /\bname="([^"]*)"/.exec(attrs)?.[1];
    const local = /\blocalSheetId="(\d+)"/.exec(attrs)?.[1];
    if (name === GENERATED_MARKER) return '';
    if (name === '_xlnm.Print_Titles' && local !== undefined && ourIndexes.has(Number(local))) return '';
    return whole;
  });
  if (/<definedNames>/.test(out))
    return out.replace(/<\/definedNames>/, `${names.join('')}</definedNames>`).replace(/<definedNames><\/definedNames>/, '');
  if (/<definedNames\s*\/>/.test(out))
    return out.replace(/<definedNames\s*\/>/, names.length > 0 ? `<definedNames>${names.join('')}</definedNames>` : '');
  if (names.length === 0) return out;
  // CT_Workbook order: definedNames comes after sheets, functionGroups and externalReferences.
  const after = ['</externalReferences>', '</functionGroups>', '</sheets>'].find((t) => out.includes(t))!;
  const i = out.indexOf(after) + after.length;
  out = `${out.slice(0, i)}<definedNames>${names.join('')}</definedNames>${out.slice(i)}`;
  return out;
}

function styleBase(xml: string): { fonts: number; xfs: number; numFmt: number } {
  if (!/^\s*(<\?[^>]*\?>\s*)?<styleSheet[\s>]/.test(xml)) throw new Declined('a styles part with a namespace prefix');
  const fonts = /<fonts\b[^>]*>([\s\S]*?)<\/fonts>/.exec(xml)?.[1];
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1];
  if (fonts === undefined || xfs === undefined) throw new Declined('a styles part without fonts or cell formats');
  const ids = [...xml.matchAll(/<numFmt\b[^>]*\bnumFmtId="(\d+)"/g)].map((m) => Number(m[1]));
  return { fonts: count(fonts, 'font'), xfs: count(xfs, 'xf'), numFmt: Math.max(163, ...ids) + 1 };
}

const count = (xml: string, tag: string): number => (xml.match(new RegExp(`<${tag}[\\s/>]`, 'g')) ?? []).length;
const countItems = (sst: string): number => count(sst, 'si');

function withStyles(xml: string, styles: StyleSheet): string {
  const { fonts, numFmts, xfs } = styles.additions();
  let out = xml.replace(
    /<fonts\b([^>]*)>([\s\S]*?)<\/fonts>/,
    (_m, attrs: string, body: string) => `<fonts${setCount(attrs, count(body, 'font') + fonts.length)}>${body}${fonts.join('')}</fonts>`,
  );
  out = out.replace(
    /<cellXfs\b([^>]*)>([\s\S]*?)<\/cellXfs>/,
    (_m, attrs: string, body: string) => `<cellXfs${setCount(attrs, count(body, 'xf') + xfs.length)}>${body}${xfs.join('')}</cellXfs>`,
  );
  if (numFmts.length === 0) return out;
  if (/<numFmts\b[^>]*>/.test(out)) {
    return out.replace(
      /<numFmts\b([^>]*)>([\s\S]*?)<\/numFmts>/,
      (_m, attrs: string, body: string) =>
        `<numFmts${setCount(attrs, count(body, 'numFmt') + numFmts.length)}>${body}${numFmts.join('')}</numFmts>`,
    );
  }
  // numFmts is the first child of styleSheet.
  return out.replace(/<styleSheet\b[^>]*>/, (open) => `${open}<numFmts count="${numFmts.length}">${numFmts.join('')}</numFmts>`);
}

function withStrings(xml: string, items: string, added: number): string {
  const unique = countItems(xml) + countItems(items);
  return xml
    .replace(/<sst\b([^>]*)>/, (_m, attrs: string) => {
      const total = Number(/\bcount="(\d+)"/.exec(attrs)?.[1] ?? 0) + added;
      const a = attrs.replace(/\s+(count|uniqueCount)="\d*"/g, '');
      return `<sst${a} count="${total}" uniqueCount="${unique}">`;
    })
    .replace(/<\/sst>\s*$/, `${items}</sst>`);
}

const setCount = (attrs: string, n: number): string =>
  /\bcount="/.test(attrs) ? attrs.replace(/\bcount="\d*"/, `count="${n}"`) : `${attrs} count="${n}"`;
