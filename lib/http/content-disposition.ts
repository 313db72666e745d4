/** RFC 8187's encoding of a value: UTF-8, percent-escaped except for attr-chars. */
function encodeExtValue(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * `Content-Disposition: attachment` naming the file in its own language (`filename*`, RFC 6266) with
 * an ASCII name for clients that read only `filename`. `ascii` must be plain: letters, digits, `.-_`.
 */
export function getAttachmentDisposition(fileName: string, ascii: string): string {
  if (!/^[A-Za-z0-9._-]+$/.test(ascii)) throw new Error(`Not a plain ASCII file name: "${ascii}"`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeExtValue(fileName)}`;
}
