import { describe, expect, test } from 'vitest';
import { localeHref, stripLocale } from '@/lib/i18n/paths';

describe('locale paths', () => {
  test('every page lives under its locale', () => {
    expect(localeHref('zh', '/')).toBe('/zh');
    expect(localeHref('en', '/timeline')).toBe('/en/timeline');
    expect(localeHref('en', '/data/milestones')).toBe('/en/data/milestones');
  });

  test('the locale prefix comes off, and nothing else', () => {
    expect(stripLocale('/zh')).toBe('/');
    expect(stripLocale('/en/timeline')).toBe('/timeline');
    expect(stripLocale('/en/data/milestones')).toBe('/data/milestones');
    expect(stripLocale('/zhx/timeline')).toBe('/zhx/timeline');
    expect(stripLocale('')).toBe('/');
  });

  test('switching language keeps the page', () => {
    expect(localeHref('en', stripLocale('/zh/united-states'))).toBe('/en/united-states');
    expect(localeHref('zh', stripLocale('/en'))).toBe('/zh');
  });
});
