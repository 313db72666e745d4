import { describe, expect, test, vi } from 'vitest';
import { describeApplicationModes } from '@/lib/charts/application-modes/describe';

vi.mock('server-only', () => ({}));
const { loadRows } = await import('@/lib/datasets/load');
const rows = loadRows('application-modes');

describe('describeApplicationModes', () => {
  test('names each mode with its number of systems, in English', () => {
    const text = describeApplicationModes(rows, 'en');
    expect(text).toContain('G2G with 7 systems, G2B with 4 systems, G2C with 8 systems');
    expect(text).toContain('“Electronic laws and policies system” to “Electronic identity documents services”');
  });
  test('and in Chinese', () => {
    const text = describeApplicationModes(rows, 'zh');
    expect(text).toContain('G2G 7 个系统，G2B 4 个系统，G2C 8 个系统');
    expect(text).toContain('“电子法规政策系统”到“电子证件服务”');
  });
});
