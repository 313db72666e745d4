import { describe, expect, test, vi } from 'vitest';
import { describeApplicationModes as describeRows } from '@/lib/charts/application-modes/describe';
import { getTranslator } from '@/lib/i18n/translator';
import { loadFixtureRows } from '../../../fixture-rows';

vi.mock('server-only', () => ({}));
const rows = await loadFixtureRows('application-modes');
const T = { zh: await getTranslator('zh', 'applicationModes'), en: await getTranslator('en', 'applicationModes') };
const describeApplicationModes = (data: typeof rows, locale: 'zh' | 'en') => describeRows(data, locale, T[locale]);

describe('describeApplicationModes', () => {
  test('names each mode with its number of systems, in English, singular for one', () => {
    const text = describeApplicationModes(rows, 'en');
    expect(text).toContain('G2G with 2 systems, G2B with 1 system, G2C with 1 system');
    expect(text).toContain('“Electronic laws and policies system” to “Education and training services”');
  });
  test('and in Chinese', () => {
    const text = describeApplicationModes(rows, 'zh');
    expect(text).toContain('G2G 2 个系统，G2B 1 个系统，G2C 1 个系统');
    expect(text).toContain('“电子法规政策系统”到“教育培训服务”');
  });
});
