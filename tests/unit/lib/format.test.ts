import { describe, expect, test } from 'vitest';
import { formatCount, formatNumber, formatPercent } from '@/lib/format';

describe('formatNumber', () => {
  test('writes full numbers with separators in both languages', () => {
    expect(formatNumber(60011200, 'en')).toBe('60,011,200');
    expect(formatNumber(60011200, 'zh')).toBe('60,011,200');
  });
  test('compact numbers use 万 and 亿 in Chinese, million and billion in English', () => {
    expect(formatNumber(60011200, 'zh', { compact: true })).toBe('6001万');
    expect(formatNumber(165400000000, 'zh', { compact: true })).toBe('1654亿');
    expect(formatNumber(165400000000, 'en', { compact: true })).toBe('165.4 billion');
    expect(formatNumber(10000000, 'en', { compact: true })).toBe('10 million');
  });
});

describe('formatPercent', () => {
  test('takes percent points and keeps one decimal', () => {
    expect(formatPercent(38.91, 'en')).toBe('38.9%');
    expect(formatPercent(40.6, 'zh')).toBe('40.6%');
    expect(formatPercent(20, 'en')).toBe('20%');
  });
});

describe('formatCount', () => {
  test('uses 万 and 亿 for large Chinese counts and plain digits below 十万, as the deck writes them', () => {
    expect(formatCount(240000, 'zh')).toBe('24万');
    expect(formatCount(118000000000, 'zh')).toBe('1180亿');
    expect(formatCount(16000, 'zh')).toBe('16000');
    expect(formatCount(1540, 'zh')).toBe('1540');
  });
  test('uses thousands separators in English and words from a million up', () => {
    expect(formatCount(240000, 'en')).toBe('240,000');
    expect(formatCount(16000, 'en')).toBe('16,000');
    expect(formatCount(118000000000, 'en')).toBe('118 billion');
  });
});
