import type { DefinedNameModel } from '../marker.ts';
import { Declined } from './declined.ts';
import { attr, tags, xmlText } from './xml.ts';
import type { ZipParts } from './zip-read.ts';

/** A worksheet as the workbook part lists it, with the part that holds it. */
export type SheetEntry = { readonly name: string; readonly part: string; readonly hidden: boolean };

export type WorkbookPackage = {
  readonly sheets: readonly SheetEntry[];
  readonly date1904: boolean;
  readonly definedNames: readonly DefinedNameModel[];
  readonly sharedStrings: string | undefined;
  readonly styles: string | undefined;
};

type Rel = { readonly id: string; readonly type: string; readonly target: string };

/** Relationship types by their last segment, so transitional and strict OOXML both match. */
const isType = (rel: Rel, kind: string): boolean => rel.type.endsWith(`/${kind}`);

/** Reads the package's relationships and workbook part: which sheets, in tab order, and where. */
export async function readPackage(zip: ZipParts): Promise<WorkbookPackage> {
  const root = await rels(zip, '');
  const office = root.find((r) => isType(r, 'officeDocument'));
  const workbookPart = office === undefined ? 'xl/workbook.xml' : resolveTarget('', office.target);
  const workbookEntry = zip.get(workbookPart);
  if (workbookEntry === undefined) throw new Declined(`a package without its workbook part (${workbookPart})`);
  const xml = await zip.text(workbookEntry);
  const dir = workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1);
  const workbookRels = await rels(zip, workbookPart);
  const byId = new Map(workbookRels.map((r) => [r.id, r]));

  const sheets: SheetEntry[] = [];
  const definedNames: DefinedNameModel[] = [];
  let date1904 = false;
  let nameOpen: { name: string; from: number } | undefined;
  for (const t of tags(xml)) {
    if (t.name === 'definedName') {
      if (!t.close && !t.empty) nameOpen = { name: attr(xml, t.start, t.end, 'name') ?? '', from: t.end + 1 };
      else if (t.close && nameOpen !== undefined) {
        definedNames.push({ name: nameOpen.name, ranges: splitRanges(xmlText(xml.slice(nameOpen.from, t.start))) });
        nameOpen = undefined;
      }
      continue;
    }
    if (t.close) continue;
    if (t.name === 'workbookPr') {
      // ExcelJS reads only "1"; the schema's xsd:boolean also allows "true", which LibreOffice may write.
      const v = attr(xml, t.start, t.end, 'date1904');
      date1904 = v === '1' || v === 'true';
    } else if (t.name === 'sheet') {
      const rel = byId.get(attr(xml, t.start, t.end, 'id') ?? '');
      // Chart sheets, dialog and macro sheets hold no cells a volunteer typed.
      if (rel === undefined || !isType(rel, 'worksheet')) continue;
      const state = attr(xml, t.start, t.end, 'state');
      sheets.push({
        name: attr(xml, t.start, t.end, 'name') ?? '',
        part: resolveTarget(dir, rel.target),
        hidden: state === 'hidden' || state === 'veryHidden',
      });
    }
  }
  if (sheets.length === 0) throw new Declined('a workbook part that lists no worksheet');
  const partOf = (kind: string): string | undefined => {
    const rel = workbookRels.find((r) => isType(r, kind));
    return rel === undefined ? undefined : resolveTarget(dir, rel.target);
  };
  return { sheets, date1904, definedNames, sharedStrings: partOf('sharedStrings'), styles: partOf('styles') };
}

async function rels(zip: ZipParts, part: string): Promise<Rel[]> {
  const slash = part.lastIndexOf('/');
  const path = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  const entry = zip.get(path);
  if (entry === undefined) return [];
  const xml = await zip.text(entry);
  const out: Rel[] = [];
  for (const t of tags(xml)) {
    if (t.close || t.name !== 'Relationship') continue;
    if (attr(xml, t.start, t.end, 'TargetMode') === 'External') continue;
    out.push({
      id: attr(xml, t.start, t.end, 'Id') ?? '',
      type: attr(xml, t.start, t.end, 'Type') ?? '',
      target: attr(xml, t.start, t.end, 'Target') ?? '',
    });
  }
  return out;
}

/** A relationship target as a part name: absolute (`/xl/…`) or relative to the source part's folder. */
export function resolveTarget(dir: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : dir + target;
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

/** `'a,b'!$A$1,Sheet2!$A$1` → its ranges: commas inside quoted sheet names do not split. */
function splitRanges(text: string): string[] {
  const out: string[] = [];
  let quoted = false;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'") quoted = !quoted;
    else if (c === ',' && !quoted) {
      out.push(text.slice(from, i));
      from = i + 1;
    }
  }
  out.push(text.slice(from));
  return out.map((r) => r.trim()).filter((r) => r !== '');
}
