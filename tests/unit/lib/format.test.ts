import { describe, expect, test } from 'vitest';
import { formatNumber, formatPercent } from '@/lib/format';

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
