import { describe, expect, test } from 'vitest';
import { getAttachmentDisposition } from '@/lib/http/content-disposition';

describe('getAttachmentDisposition(fileName, ascii)', () => {
  test('names the file in UTF-8 with an ASCII name beside it', () => {
    expect(getAttachmentDisposition('中国电子政务的发展.pptx', 'egov-lecture-zh.pptx')).toBe(
      'attachment; filename="egov-lecture-zh.pptx"; filename*=UTF-8\'\'%E4%B8%AD%E5%9B%BD%E7%94%B5%E5%AD%90%E6%94%BF%E5%8A%A1%E7%9A%84%E5%8F%91%E5%B1%95.pptx',
    );
  });

  test('escapes what RFC 8187 does not allow bare, and refuses an ASCII name that would need quoting', () => {
    expect(getAttachmentDisposition("France: internet's (1).pptx", 'france-en.pptx')).toContain(
      "filename*=UTF-8''France%3A%20internet%27s%20%281%29.pptx",
    );
    expect(() => getAttachmentDisposition('x.pptx', 'a"b.pptx')).toThrow(/Not a plain ASCII file name/);
  });
});
