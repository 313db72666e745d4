import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type DecodedText = { text: string; encoding: TextEncoding };

/** Byte-order marks, longest first where one begins another. */
const BOMS: { bytes: number[]; encoding: Exclude<TextEncoding, 'gb18030'> }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/**
 * Bytes of a CSV file as text: UTF-8 (with or without a BOM); UTF-16 with a BOM, which Excel's
 * "Unicode text" saves (tab-separated); or else GB18030, a superset of the GBK that Excel on
 * Chinese Windows saves. Returns null for bytes that are none of these (binary files).
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedText | null {
  const bom = BOMS.find(({ bytes: marker }) => marker.every((byte, i) => bytes[i] === byte));
  if (bom) {
    const text = decodeStrictly(bom.encoding, bytes.subarray(bom.bytes.length));
    return text !== null && looksLikeText(text) ? { text, encoding: bom.encoding } : null;
  }
  const utf8 = decodeStrictly('utf-8', bytes);
  if (utf8 !== null) return looksLikeText(utf8) ? { text: utf8, encoding: 'utf-8' } : null;
  const gb = iconv.decode(Buffer.from(bytes), 'gb18030');
  return looksLikeText(gb) && !gb.includes('\uFFFD') ? { text: gb, encoding: 'gb18030' } : null;
}

/** The text, or null when the bytes are not valid in that encoding (e.g. an odd byte count in UTF-16). */
function decodeStrictly(encoding: Exclude<TextEncoding, 'gb18030'>, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

// Control characters other than tab, line feed and carriage return do not occur in CSV text.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

function looksLikeText(text: string) {
  return !CONTROL.test(text);
}
