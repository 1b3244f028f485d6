import { gbkEncoderFrom, type GbkEncoder } from '../../../lib/cells/mojibake.ts';

let encoder: GbkEncoder | undefined;

/**
 * The GBK encoder the Node adapters give the core for its mojibake check: Node's own GB18030
 * decoder over every two-byte sequence, reversed once on first use (about 24,000 decodes).
 */
export function nodeGbkEncoder(): GbkEncoder {
  if (!encoder) {
    const decoder = new TextDecoder('gb18030');
    encoder = gbkEncoderFrom((bytes) => decoder.decode(bytes));
  }
  return encoder;
}
