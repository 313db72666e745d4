import iconv from 'iconv-lite';

export type DecodedText = { text: string; encoding: 'utf-8' | 'gb18030' };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function hasUtf8Bom(bytes: Uint8Array) {
  return UTF8_BOM.every((byte, i) => bytes[i] === byte);
}

/**
 * Bytes of a CSV file as text: UTF-8 (with or without a BOM), or else GB18030, which is a
 * superset of the GBK that Excel on Chinese Windows saves. Returns null for bytes that are
 * neither (binary files).
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedText | null {
  if (hasUtf8Bom(bytes)) {
    const text = decodeUtf8(bytes.subarray(3));
    return text === null ? null : { text, encoding: 'utf-8' };
  }
  const utf8 = decodeUtf8(bytes);
  if (utf8 !== null) return looksLikeText(utf8) ? { text: utf8, encoding: 'utf-8' } : null;
  const gb = iconv.decode(Buffer.from(bytes), 'gb18030');
  return looksLikeText(gb) && !gb.includes('\uFFFD') ? { text: gb, encoding: 'gb18030' } : null;
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

// Control characters other than tab, line feed and carriage return do not occur in CSV text.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

function looksLikeText(text: string) {
  return !CONTROL.test(text);
}
