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

describe('decodeCsvBytes(bytes) with UTF-16, as Excel saves “Unicode Text”', () => {
  const TSV = '层级\t比例\r\n县级市\t77\r\n𠀀\t1\r\n';

  test('reads UTF-16LE and UTF-16BE that start with their byte-order mark', () => {
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(TSV, 'utf16le')]);
    expect(decodeCsvBytes(le)).toEqual({ text: TSV, encoding: 'utf-16le' });
    const be = new Uint8Array([0xfe, 0xff, ...Buffer.from(TSV, 'utf16le').swap16()]);
    expect(decodeCsvBytes(be)).toEqual({ text: TSV, encoding: 'utf-16be' });
  });

  test('refuses UTF-16 that is cut short or holds a lone surrogate, and binary bytes behind a BOM', () => {
    const le = Buffer.from(TSV, 'utf16le');
    expect(decodeCsvBytes(new Uint8Array([0xff, 0xfe, ...le.subarray(0, le.length - 1)]))).toBeNull();
    expect(decodeCsvBytes(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]))).toBeNull();
    expect(decodeCsvBytes(new Uint8Array([0xff, 0xfe, 0x00, 0x00, 0x01, 0x00]))).toBeNull();
  });
});
