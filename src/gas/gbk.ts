import type { GbkEncoder } from '../../lib/cells/mojibake.ts';

/**
 * Distinct texts one run checks for mojibake at most. Each check is a Utilities.newBlob round trip
 * into Apps Script's Java side, whose cost Google does not publish; the cap bounds it whatever it is.
 * The core checks header rows and names of groups before free text, so a garbled sheet is found in
 * its first few texts; past the cap the remaining names are not checked (the CLI checks them all).
 */
export const MAX_GBK_CHECKS = 500;

/** GBK bytes by Java's own GBK charset: the bundle carries no table (it must stay under 200 KB). */
export function blobGbkEncoder(max: number = MAX_GBK_CHECKS): GbkEncoder {
  let left = max;
  return (text) => {
    if (left <= 0) return undefined;
    left--;
    const signed = Utilities.newBlob('').setDataFromString(text, 'GBK').getBytes();
    const bytes = new Uint8Array(signed.length);
    let marks = 0;
    for (let i = 0; i < signed.length; i++) {
      bytes[i] = (signed[i] ?? 0) & 0xff;
      if (bytes[i] === 0x3f) marks++;
    }
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x3f) marks--;
    // Java writes '?' for a character GBK lacks (no GBK byte pair contains 0x3F).
    return marks === 0 ? bytes : undefined;
  };
}
