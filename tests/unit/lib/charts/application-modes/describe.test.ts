import { describe, expect, test, vi } from 'vitest';
import { describeApplicationModes } from '@/lib/charts/application-modes/describe';
import { loadFixtureRows } from '../../../fixture-rows';

vi.mock('server-only', () => ({}));
const rows = await loadFixtureRows('application-modes');

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
