import { describe, expect, test, vi } from 'vitest';
import { getHeadlines } from '@/lib/overview/headlines';

vi.mock('server-only', () => ({}));
const { loadRows } = await import('@/lib/datasets/load');

const data = {
  coverage: loadRows('website-coverage'),
  milestones: loadRows('milestones'),
  us: loadRows('us-downsizing'),
  france: loadRows('france-internet'),
};

describe('getHeadlines(data, locale)', () => {
  test('opens with the deck’s figures and their slides, in English', () => {
    expect(getHeadlines(data, 'en').map((h) => [h.id, h.value, h.slide])).toEqual([
      ['coverage-top', '96%', 58],
      ['coverage-bottom', '77%', 58],
      ['document-17', '2002-08-17', 52],
      ['gov-cn', '2006-01-01', 57],
      ['us-staff', '240,000', 74],
      ['france-penetration', '40.6%', 41],
    ]);
  });

  test('keeps the deck’s “nearly” on county-level coverage', () => {
    expect(getHeadlines(data, 'en').find((h) => h.id === 'coverage-bottom')?.qualifier).toBe('nearly');
    expect(getHeadlines(data, 'en').find((h) => h.id === 'coverage-top')?.qualifier).toBeUndefined();
  });

  test('writes large numbers the Chinese way in Chinese', () => {
    expect(getHeadlines(data, 'zh').find((h) => h.id === 'us-staff')?.value).toBe('24万');
  });

  test('the words around each figure take the level, years and computed share from the data', () => {
    const values = Object.fromEntries(getHeadlines(data, 'en').map((h) => [h.id, h.values]));
    expect(values['coverage-top']).toEqual({ level: 'State Council departments', year: '2006' });
    expect(values['coverage-bottom']).toEqual({ level: 'County-level cities' });
    expect(values['us-staff']).toEqual({ from: '1992', to: '1996' });
    expect(values['france-penetration']).toEqual({ computed: '38.9%' });
  });
});
