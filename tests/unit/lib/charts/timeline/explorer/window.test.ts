import { describe, expect, test } from 'vitest';
import { TIMELINE_DOMAIN } from '@/lib/charts/timeline/dates';
import { formatWindow } from '@/lib/charts/timeline/explorer/window';

const tDate = (key: string, { year, month }: Record<string, number>) => `${key}:${year}-${month}`;

describe('formatWindow', () => {
  test('names the whole axis by its first and last years, not the half years it is padded with', () => {
    expect(formatWindow(TIMELINE_DOMAIN, tDate)).toEqual({ from: '1992', to: '2006' });
  });

  test('names a year at either end the window reaches a month or more into, so every year whose events it shows', () => {
    expect(formatWindow([2001, 2006.5], tDate)).toEqual({ from: '2001', to: '2006' });
    expect(formatWindow([2001, 2006], tDate)).toEqual({ from: '2001', to: '2005' });
    expect(formatWindow([2000.5, 2006.02], tDate)).toEqual({ from: '2000', to: '2005' });
    expect(formatWindow([2000.95, 2005.2], tDate)).toEqual({ from: '2001', to: '2005' });
  });

  test('gives months when the window is narrower than three years', () => {
    expect(formatWindow([2002.5, 2003.5], tDate)).toEqual({ from: 'month:2002-7', to: 'month:2003-6' });
  });
});
