// Mojibake: UTF-8 text read as GBK (a UTF-8 CSV opened by Excel on Chinese Windows): 金都小区 →
// 閲戦兘灏忓尯. Such text encoded back to GBK gives bytes that are well-formed UTF-8 of CJK text, which
// ordinary Chinese almost never does (its GBK lead bytes 0xB0–0xF7 are mostly UTF-8 continuation bytes
// or start 2-byte sequences of Latin, Greek or Cyrillic). lib/ carries no GBK table (the Apps Script
// bundle is kept small): the caller injects an encoder.

/** Text → GBK bytes; undefined when a character has no GBK form. */
export type GbkEncoder = (text: string) => Uint8Array | undefined;

/**
 * A GBK encoder built from a decoder (Node: `new TextDecoder('gb18030')`), by decoding every two-byte
 * sequence once, on first use, and reversing the table. 0x80 is € in GBK as the WHATWG decoders read it.
 */
export function gbkEncoderFrom(decode: (bytes: Uint8Array) => string): GbkEncoder {
  let table: Map<number, number> | undefined;
  const build = (): Map<number, number> => {
    const m = new Map<number, number>([[0x20ac, 0x80]]);
    const pair = new Uint8Array(2);
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        pair[0] = lead;
        pair[1] = trail;
        const s = decode(pair);
        const c = s.charCodeAt(0);
        if (s.length === 1 && c !== 0xfffd && !m.has(c)) m.set(c, (lead << 8) | trail);
      }
    }
    return m;
  };
  return (text) => {
    const out = new Uint8Array(text.length * 2);
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        out[n++] = c;
        continue;
      }
      table ??= build();
      const b = table.get(c);
      if (b === undefined) return undefined;
      if (b < 0x100) out[n++] = b;
      else {
        out[n++] = b >> 8;
        out[n++] = b & 0xff;
      }
    }
    return out.subarray(0, n);
  };
}

/**
 * Strict UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF). With `truncated`, an
 * incomplete last sequence (its last byte was lost) is read as U+FFFD. Undefined when not well-formed.
 */
export function decodeUtf8(bytes: Uint8Array, truncated = false): string | undefined {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return undefined;
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length) return truncated ? `${out}\ufffd` : undefined;
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return undefined;
      cp = (cp << 6) | (c & 0x3f);
    }
    if ((need === 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (need === 3 && (cp < 0x10000 || cp > 0x10ffff))) return undefined;
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}

const isIdeograph = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);

// What Chinese text holds besides ideographs: Latin-1 and general punctuation, ①, CJK symbols and
// kana, full-width forms, and U+FFFD (text already lost once: 锟斤拷).
const isTextChar = (c: number): boolean =>
  c < 0x80 ||
  isIdeograph(c) ||
  (c >= 0xa0 && c <= 0xff) ||
  (c >= 0x2000 && c <= 0x206f) ||
  (c >= 0x2100 && c <= 0x24ff) ||
  (c >= 0x3000 && c <= 0x30ff) ||
  (c >= 0xff00 && c <= 0xffef) ||
  c === 0xfffd;

// UTF-8 bytes paired as GBK almost always make a character GB2312 lacks (a byte below 0xA1 in the
// pair); the Chinese people type is almost all GB2312. Requiring one such character keeps a rare run
// of real GB2312 text that happens to be well-formed UTF-8 (廹塡　) from being called mojibake.
function beyondGb2312(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) i++;
    else if (b === 0x80) return true;
    else if (b < 0xa1 || (bytes[i + 1] ?? 0) < 0xa1) return true;
    else i += 2;
  }
  return false;
}

/**
 * The text a cell meant when it is mojibake, else undefined. '' when it is mojibake whose text was
 * already lost (锟斤拷 is U+FFFD read as GBK; U+FFFD itself is what a decoder left for bytes it could
 * not read). A trailing '?' or U+FFFD is the half of a character an odd byte count left over: the
 * repair ends in '?'. UTF-8 read as GBK is repaired with the caller's encoder; UTF-8 read as Latin-1 or
 * Windows-1252 (金都 → é‡‘éƒ½) needs no table.
 */
export function repairMojibake(text: string, encodeGbk: GbkEncoder): string | undefined {
  const gbk = repairGbkMojibake(text, encodeGbk);
  if (gbk !== undefined) return gbk;
  const latin1 = repairLatin1Mojibake(text);
  if (latin1 !== undefined) return latin1;
  // Replacement characters: what was there is gone, and no repair can bring it back.
  return text.includes('\ufffd') ? '' : undefined;
}

// Windows-1252's characters for the bytes 0x80–0x9F (the rest of the 0x80–0xFF range is Latin-1 itself):
// what a UTF-8 lead or continuation byte in that range shows as.
const CP1252: Readonly<Record<number, number>> = {
  0x20ac: 0x80,
  0x201a: 0x82,
  0x0192: 0x83,
  0x201e: 0x84,
  0x2026: 0x85,
  0x2020: 0x86,
  0x2021: 0x87,
  0x02c6: 0x88,
  0x2030: 0x89,
  0x0160: 0x8a,
  0x2039: 0x8b,
  0x0152: 0x8c,
  0x017d: 0x8e,
  0x2018: 0x91,
  0x2019: 0x92,
  0x201c: 0x93,
  0x201d: 0x94,
  0x2022: 0x95,
  0x2013: 0x96,
  0x2014: 0x97,
  0x02dc: 0x98,
  0x2122: 0x99,
  0x0161: 0x9a,
  0x203a: 0x9b,
  0x0153: 0x9c,
  0x017e: 0x9e,
  0x0178: 0x9f,
};

/** UTF-8 read as Latin-1 or Windows-1252: the text its characters' bytes spell in UTF-8, when that is Chinese. */
function repairLatin1Mojibake(text: string): string | undefined {
  const bytes = new Uint8Array(text.length);
  let high = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const b = c < 0x100 ? c : CP1252[c];
    if (b === undefined) return undefined;
    if (b >= 0x80) high++;
    bytes[i] = b;
  }
  if (high < 3) return undefined;
  const decoded = decodeUtf8(bytes);
  if (decoded === undefined || decoded === text) return undefined;
  let ideographs = 0;
  for (let i = 0; i < decoded.length; i++) {
    const c = decoded.charCodeAt(i);
    if (!isTextChar(c)) return undefined;
    if (isIdeograph(c)) ideographs++;
  }
  return ideographs > 0 ? decoded : undefined;
}

function repairGbkMojibake(text: string, encodeGbk: GbkEncoder): string | undefined {
  let wide = 0;
  for (let i = 0; i < text.length && wide < 2; i++) if (text.charCodeAt(i) >= 0x80) wide++;
  if (wide < 2) return undefined;
  let bytes = encodeGbk(text);
  let decoded = bytes === undefined ? undefined : decodeUtf8(bytes);
  const last = text.charAt(text.length - 1);
  if (decoded === undefined && (last === '?' || last === '\ufffd')) {
    bytes = encodeGbk(text.slice(0, -1));
    decoded = bytes === undefined ? undefined : decodeUtf8(bytes, true);
  }
  if (bytes === undefined || decoded === undefined || decoded === text) return undefined;
  let ideographs = 0;
  let lost = 0;
  for (let i = 0; i < decoded.length; i++) {
    const c = decoded.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if (!isTextChar(c)) return undefined;
    if (isIdeograph(c)) ideographs++;
    if (c === 0xfffd) lost++;
  }
  if (lost > 0 && ideographs === 0) return '';
  return ideographs > 0 && beyondGb2312(bytes) ? decoded.replace(/\ufffd/g, '?') : undefined;
}
