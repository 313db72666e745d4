import { describe, expect, test } from 'vitest';
import { layoutCountryYears, toYearValue, type YearRowInput } from '@/lib/concepts/country-years';

const ROWS: YearRowInput[] = [
  {
    id: 'united-states',
    name: 'United States',
    marks: [
      { id: 'start', date: '1993', dateText: '1993', label: 'Clinton takes office; “electronic government” begins' },
      { id: 'full-development', date: '2004', dateText: '2004', label: 'Full development, after 10 years' },
    ],
  },
  {
    id: 'singapore',
    name: 'Singapore',
    marks: [
      { id: 'start', date: '1981', dateText: '1981', label: 'E-government begins' },
      { id: 'services', date: '2002-07', dateText: 'July 2002', label: '200 (services) for citizens' },
      { id: 'un-rank', date: '2003', dateText: '2003', label: '12th in the UN’s ranking' },
    ],
  },
];

type Label = { x: number; y: number; width: number; height: number };
const overlap = (a: Label, b: Label) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('toYearValue', () => {
  test('places a month within its year: 2002-07 is half way through 2002', () => {
    expect(toYearValue('2002-07')).toBe(2002.5);
    expect(toYearValue('1981')).toBe(1981);
  });
});

describe('layoutCountryYears', () => {
  test.each([360, 960])(
    'at %i px every figure is on the axis in date order, its label inside the drawing and clear of the others',
    (width) => {
      const layout = layoutCountryYears(ROWS, { width });
      const labels = layout.rows.flatMap((row) => row.marks.map((mark) => mark.label));
      for (const label of labels) {
        expect(label.x).toBeGreaterThanOrEqual(0);
        expect(label.x + label.width).toBeLessThanOrEqual(width);
        expect(label.y).toBeGreaterThanOrEqual(0);
        expect(label.y + label.height).toBeLessThanOrEqual(layout.axisY);
      }
      labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
      const singapore = layout.rows[1]!.marks;
      expect(singapore.map((m) => m.id)).toEqual(['start', 'services', 'un-rank']);
      expect(singapore[0]!.x).toBeLessThan(singapore[1]!.x);
      expect(singapore[1]!.x).toBeLessThan(singapore[2]!.x);
      // The same year is at the same place in both rows: one axis for both countries.
      expect(layout.rows[0]!.marks[1]!.x).toBeGreaterThan(singapore[2]!.x);
    },
  );

  test('Singapore’s July 2002 and 2003, a few pixels apart, get labels on opposite sides of their row', () => {
    const [services, rank] = layoutCountryYears(ROWS, { width: 360 }).rows[1]!.marks.slice(1);
    const row = layoutCountryYears(ROWS, { width: 360 }).rows[1]!.y;
    expect(services!.label.y < row).not.toBe(rank!.label.y < row);
  });

  test('the axis runs from a year before the first figure to a year after the last, ticked every five years', () => {
    const layout = layoutCountryYears(ROWS, { width: 960 });
    expect(layout.ticks.map((tick) => tick.text)).toEqual(['1980', '1985', '1990', '1995', '2000', '2005']);
  });
});
