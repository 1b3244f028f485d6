import { open, type FileHandle } from 'node:fs/promises';
import { Inflate } from 'fflate';
import { listZipEntries, readAt, type ZipEntry } from '../zip.ts';
import type { ByteBudget } from './limits.ts';
import { Declined } from './declined.ts';

const LOCAL = 0x04034b50;
// Compressed bytes read at a time: large enough that file reads cost little, small enough that a
// part is never held whole.
const READ_CHUNK = 1 << 20;
const PUSH_CHUNK = 1 << 16;
const ZIP64 = 0xffffffff;

/**
 * The parts of an .xlsx, each inflated as a stream with fflate while its bytes are counted against
 * the file's {@link ByteBudget}. Part names compare without case, as OPC part names do.
 */
export class ZipParts {
  private constructor(
    private readonly file: FileHandle,
    readonly entries: readonly ZipEntry[],
    private readonly byName: ReadonlyMap<string, ZipEntry>,
    private readonly budget: ByteBudget,
  ) {}

  static async open(path: string, budget: ByteBudget): Promise<ZipParts> {
    const entries = await listZipEntries(path).catch(() => undefined);
    if (entries === undefined) throw new Declined('a zip paicha cannot list itself (ZIP64, split or damaged)');
    const byName = new Map<string, ZipEntry>();
    for (const e of entries) {
      if (e.size === ZIP64 || e.compressedSize === ZIP64 || e.localHeaderOffset === ZIP64) throw new Declined('a ZIP64 archive');
      byName.set(partKey(e.name), e);
    }
    return new ZipParts(await open(path, 'r'), entries, byName, budget);
  }

  get(name: string): ZipEntry | undefined {
    return this.byName.get(partKey(name));
  }

  /** The inflated bytes of a part, chunk by chunk. */
  async *chunks(entry: ZipEntry): AsyncGenerator<Uint8Array> {
    if ((entry.flags & 1) !== 0) throw new Declined(`an encrypted zip entry (${entry.name})`);
    if (entry.method !== 0 && entry.method !== 8) throw new Declined(`compression method ${entry.method} (${entry.name})`);
    this.budget.checkStated(entry.name, entry.size);
    const header = await readAt(this.file, entry.localHeaderOffset, 30);
    if (header.length < 30 || header.readUInt32LE(0) !== LOCAL) throw new Error(`the zip entry ${entry.name} has no local header`);
    let at = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    const end = at + entry.compressedSize;
    let size = 0;
    const out: Uint8Array[] = [];
    const take = (chunk: Uint8Array): void => {
      size += chunk.length;
      this.budget.take(entry.name, size, chunk.length);
      out.push(chunk);
    };
    const inflate = entry.method === 8 ? new Inflate((chunk) => take(chunk)) : undefined;
    while (at < end) {
      const length = Math.min(READ_CHUNK, end - at);
      const data = await readAt(this.file, at, length);
      if (data.length < length) throw new Error(`the zip entry ${entry.name} is cut short`);
      at += length;
      if (inflate === undefined) {
        take(data);
        yield out.shift()!;
        continue;
      }
      // Deflate expands at most ~1,032×: pushing 16 KB at a time bounds what one push makes (~17 MB).
      for (let i = 0; i < data.length; i += PUSH_CHUNK) {
        inflate.push(data.subarray(i, i + PUSH_CHUNK), at >= end && i + PUSH_CHUNK >= data.length);
        while (out.length > 0) yield out.shift()!;
      }
    }
    if (inflate !== undefined && entry.compressedSize === 0) inflate.push(new Uint8Array(0), true);
    while (out.length > 0) yield out.shift()!;
  }

  /** The whole inflated text of a small part (relationships, workbook, styles). */
  async text(entry: ZipEntry): Promise<string> {
    const decoder = new TextDecoder('utf-8');
    let s = '';
    for await (const chunk of this.chunks(entry)) s += decoder.decode(chunk, { stream: true });
    return s + decoder.decode();
  }

  async close(): Promise<void> {
    await this.file.close();
  }
}

const partKey = (name: string): string => (name.startsWith('/') ? name.slice(1) : name).toLowerCase();
