import { describe, expect, test } from 'vitest';
import { parseMilestoneDate, toPeriodEnd, toPeriodStart } from '@/lib/charts/timeline/dates';

describe('parseMilestoneDate', () => {
  test('a year-only date sits at mid-year; the end of a year in December', () => {
    expect(parseMilestoneDate('1992')).toMatchObject({ precision: 'year', time: 1992.5 });
    expect(parseMilestoneDate('1993', 'end').time).toBeCloseTo(1993 + 11.5 / 12);
    expect(parseMilestoneDate('1995', 'about')).toMatchObject({ precision: 'year', qualifier: 'about', time: 1995.5 });
  });

  test('month and day dates sit inside their month, in order', () => {
    expect(parseMilestoneDate('2002-07')).toMatchObject({ precision: 'month', month: 7 });
    const doc17 = parseMilestoneDate('2002-08-17');
    expect(doc17).toMatchObject({ precision: 'day', month: 8, day: 17 });
    expect(doc17.time).toBeGreaterThan(2002 + 7 / 12);
    expect(doc17.time).toBeLessThan(2002 + 8 / 12);
    expect(parseMilestoneDate('2001-12-25').time).toBeLessThan(2002);
  });

  test('stage periods: a month starts on its first day and ends with its last', () => {
    expect(toPeriodStart('2002-08')).toBeCloseTo(2002 + 7 / 12);
    expect(toPeriodEnd('2005-12')).toBe(2006);
    expect(toPeriodStart('1992')).toBe(1992);
  });
});
