import { describe, expect, test } from 'vitest';
import { layoutOverview, type OverviewEntry } from '@/lib/charts/overview/layout';
import type { Box } from '@/lib/charts/shared/box';

const HEADLINES: OverviewEntry[] = ['timeline', 'coverage', 'france', 'united-states', 'application-modes'].map((chart) => ({
  chart,
  span: chart === 'timeline' ? 2 : 1,
  value: '96%',
  label: '国务院部门建有网站（2006 年初）',
}));

const intersects = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layoutOverview', () => {
  test.each([
    [1832, 830],
    [1200, 520],
    [960, undefined],
    [600, undefined],
    [360, undefined],
  ])('at %i×%s: cells inside the size, not overlapping, each chart box inside its cell under its label', (width, height) => {
    const layout = layoutOverview(HEADLINES, { width, height });
    if (height) expect(layout.height).toBe(height);
    for (const [i, cell] of layout.cells.entries()) {
      expect(cell.frame.x + cell.frame.width).toBeLessThanOrEqual(width);
      expect(cell.frame.y + cell.frame.height).toBeLessThanOrEqual(layout.height);
      expect(cell.chartBox.y).toBeGreaterThan(cell.label.y);
      expect(cell.chartBox.y + cell.chartBox.height).toBeLessThanOrEqual(cell.frame.y + cell.frame.height);
      for (const other of layout.cells.slice(i + 1)) expect(intersects(cell.frame, other.frame)).toBe(false);
    }
  });

  test('puts the timeline and coverage side by side on wide images, one column on phones', () => {
    const wide = layoutOverview(HEADLINES, { width: 1832, height: 830 });
    expect(wide.cells[0]!.frame.width).toBeGreaterThan(wide.cells[1]!.frame.width * 1.9);
    expect(wide.cells[1]!.frame.y).toBe(0);
    const narrow = layoutOverview(HEADLINES, { width: 360 });
    expect(new Set(narrow.cells.map((cell) => cell.frame.x))).toEqual(new Set([0]));
  });

  test('on a phone the small charts get square boxes and keep only text of 12 units; wider, they keep their own', () => {
    const phone = layoutOverview(HEADLINES, { width: 360 });
    expect(phone.chartMinFontSize).toBe(12);
    for (const cell of phone.cells) expect(cell.chartBox.height).toBe(cell.chartBox.width);
    expect(layoutOverview(HEADLINES, { width: 960 }).chartMinFontSize).toBeUndefined();
  });

  test.each([
    [1872, 930, 22.5],
    [976, 630, 16],
  ])(
    'in a large-text image %i×%i no label is under the floor, numbers are twice it, and the charts keep room',
    (width, height, minFontSize) => {
      const layout = layoutOverview(HEADLINES, { width, height, minFontSize });
      for (const cell of layout.cells) {
        expect(cell.label.fontSize).toBeGreaterThanOrEqual(minFontSize);
        expect(cell.value.fontSize).toBeGreaterThanOrEqual(minFontSize * 2 - 0.5);
        expect(cell.chartBox.y).toBeGreaterThan(cell.label.y + (cell.label.lines.length - 1) * cell.label.lineHeight);
        expect(cell.chartBox.height).toBeGreaterThan(height / 8);
      }
    },
  );
});
