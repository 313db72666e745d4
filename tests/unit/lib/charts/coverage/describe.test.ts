import { describe, expect, test, vi } from 'vitest';
import { loadFixtureRows } from '../../../fixture-rows';

vi.mock('server-only', () => ({}));
const { describeCoverage: describeLevels } = await import('@/lib/charts/coverage/describe');
const { getCoverageLevels } = await import('@/lib/charts/coverage/labels');
const { getTranslator } = await import('@/lib/i18n/translator');

const rows = await loadFixtureRows('website-coverage');
const T = { zh: await getTranslator('zh', 'coverage'), en: await getTranslator('en', 'coverage') };
const describeCoverage = (data: typeof rows, locale: 'zh' | 'en') => describeLevels(getCoverageLevels(data, locale, T[locale]), T[locale]);

describe('describeCoverage(levels, t)', () => {
  test('lists every level with its share and states the fall and its exception, in English', () => {
    const text = describeCoverage(rows, 'en');
    expect(text).toContain('State Council departments 96%');
    expect(text).toContain('County-level cities nearly 77%');
    expect(text).toContain('falls from 96% at the top to nearly 77% at the bottom');
    expect(text).toContain('Prefecture-level cities (94%) are above');
  });

  test('says the same in Chinese', () => {
    const text = describeCoverage(rows, 'zh');
    expect(text).toContain('国务院部门96%');
    expect(text).toContain('县级市将近77%');
    expect(text).toContain('地级市（94%）高于上一层级省（区、市）（90%）');
  });

  test('only states the fall where the data shows one', () => {
    const flat = rows.map((row) => ({ ...row, share_pct: 50, share_qualifier: 'exact' as const }));
    expect(describeCoverage(flat, 'en')).not.toContain('falls');
  });
});
