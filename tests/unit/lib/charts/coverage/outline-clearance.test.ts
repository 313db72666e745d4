import { describe, expect, test, vi } from 'vitest';
import { loadFixtureRows } from '../../../fixture-rows';

vi.mock('server-only', () => ({}));
const { layoutCoverage, getCoverageAnnotationTargets } = await import('@/lib/charts/coverage/layout');
const { getCoverageLevels } = await import('@/lib/charts/coverage/labels');
const { getOutlineStroke, layoutAnnotation } = await import('@/lib/charts/annotation/layout');
const { getTranslator } = await import('@/lib/i18n/translator');

const rows = await loadFixtureRows('website-coverage');
const T = { zh: await getTranslator('zh', 'coverage'), en: await getTranslator('en', 'coverage') };

/** The chart's box in each preset's image with a note (16:9, 16:9 small, 4:3), and a phone's width. */
const BOXES = [
  { preset: '16x9', width: 1177, height: 618, minFontSize: 22.5 },
  { preset: '16x9-small', width: 786, height: 410, minFontSize: 15 },
  { preset: '4x3', width: 954, height: 288, minFontSize: 16 },
  { preset: 'phone', width: 358, height: undefined, minFontSize: undefined },
];

describe('a highlighted level’s outline keeps clear of its labels', () => {
  for (const locale of ['zh', 'en'] as const) {
    test.each(BOXES)(`by 2 px or more between its stroke and every text of the level, ${locale} %#`, ({ width, height, minFontSize }) => {
      const levels = getCoverageLevels(rows, locale, T[locale]);
      const layout = layoutCoverage(levels, { width, height, minFontSize, annotated: true, t: T[locale] });
      const targets = getCoverageAnnotationTargets(layout);
      const half = getOutlineStroke(layout.fontSize) / 2;
      for (const level of layout.levels) {
        const { outlines } = layoutAnnotation({ highlight: [level.id], note: '' }, targets, {
          width,
          height: layout.height,
          fontSize: layout.fontSize,
        });
        const outline = outlines[0]!;
        for (const text of [...level.nameLines, level.value, ...level.totalLines]) {
          const { x, y, width: w, height: h } = text.box;
          const clearances = [
            x - (outline.x + half),
            y - (outline.y + half),
            outline.x + outline.width - half - (x + w),
            outline.y + outline.height - half - (y + h),
          ];
          expect(Math.round(Math.min(...clearances) * 1000) / 1000, `${level.id} "${text.text}"`).toBeGreaterThanOrEqual(2);
        }
      }
    });
  }
});
