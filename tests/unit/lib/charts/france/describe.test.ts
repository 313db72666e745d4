import { describe, expect, test, vi } from 'vitest';
import { describeFrance } from '@/lib/charts/france/describe';
import { loadFixtureRows } from '../../../fixture-rows';

vi.mock('server-only', () => ({}));
const rows = await loadFixtureRows('france-internet');

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
