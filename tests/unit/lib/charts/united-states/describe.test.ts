import { describe, expect, test, vi } from 'vitest';
import { loadFixtureRows } from '../../../fixture-rows';

vi.mock('server-only', () => ({}));
const { describeUnitedStates: describeRows } = await import('@/lib/charts/united-states/describe');
const { getTranslator } = await import('@/lib/i18n/translator');
const T = { zh: await getTranslator('zh', 'unitedStates'), en: await getTranslator('en', 'unitedStates') };
const describeUnitedStates = (data: typeof rows, locale: 'zh' | 'en') => describeRows(data, locale, T[locale]);

const rows = await loadFixtureRows('us-downsizing');

describe('describeUnitedStates(rows, locale, t)', () => {
  test('names the period and every figure with its own unit, in English', () => {
    const text = describeUnitedStates(rows, 'en');
    expect(text).toContain('1992–1996');
    expect(text).toContain('Federal employees cut: 240,000 people');
    expect(text).toContain('Offices closed: 2,000+ offices');
    expect(text).toContain('nearly 200 programmes and agencies');
    expect(text).toContain('US$118 billion');
  });

  test('and in Chinese', () => {
    const text = describeUnitedStates(rows, 'zh');
    expect(text).toContain('1992—1996年');
    expect(text).toContain('联邦政府员工减少：24万人');
    expect(text).toContain('1180亿美元');
    expect(text).toContain('近200个项目和机构');
  });
});
