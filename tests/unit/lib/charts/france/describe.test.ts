import { describe, expect, test, vi } from 'vitest';
import { describeFrance as describeFigures } from '@/lib/charts/france/describe';
import { toFranceFigures } from '@/lib/charts/france/figures';
import { getTranslator } from '@/lib/i18n/translator';
import { loadFixtureRows } from '../../../fixture-rows';

vi.mock('server-only', () => ({}));
const rows = await loadFixtureRows('france-internet');
const T = { zh: await getTranslator('zh', 'france'), en: await getTranslator('en', 'france') };
const describeFrance = (data: typeof rows, locale: 'zh' | 'en') => describeFigures(toFranceFigures(data, locale), locale, T[locale]);

describe('describeFrance', () => {
  test('names every figure in English, including the disagreement', () => {
    const text = describeFrance(rows, 'en');
    for (const part of ['60,011,200', '23,352,522', '38.9%', '40.6%', '10 million', '7 million', '20%', '40%'])
      expect(text).toContain(part);
  });
  test('speaks Chinese with Chinese numbers', () => {
    const text = describeFrance(rows, 'zh');
    for (const part of ['6001万', '2335万', '38.9%', '40.6%', '1000万', '700万']) expect(text).toContain(part);
    expect(text).not.toMatch(/[a-z]{3}/);
  });
});
