import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { decodeCsvBytes } from '@/lib/csv/decode';

const TEXT = '层级,比例\r\n县级市,77\r\n';

describe('decodeCsvBytes(bytes)', () => {
  test('reads UTF-8 with and without a BOM', () => {
    const utf8 = new TextEncoder().encode(TEXT);
    expect(decodeCsvBytes(utf8)).toEqual({ text: TEXT, encoding: 'utf-8' });
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text: TEXT, encoding: 'utf-8' });
  });

  test('reads GBK as saved by Excel on Chinese Windows', () => {
    expect(decodeCsvBytes(iconv.encode(TEXT, 'gbk'))).toEqual({ text: TEXT, encoding: 'gb18030' });
  });

  test('refuses binary bytes', () => {
    expect(decodeCsvBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff]))).toBeNull();
  });
});
