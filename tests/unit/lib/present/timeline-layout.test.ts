import { describe, expect, test, vi } from 'vitest';
vi.mock('server-only', () => ({}));
import { getTimelineChartData } from '@/components/charts/timeline/data';
import { boxesIntersect } from '@/lib/charts/timeline/geometry';
import { toTimelineInput } from '@/lib/charts/timeline/items';
import { getTranslator } from '@/lib/i18n/translator';
import { layoutDeckTimeline } from '@/lib/present/timeline-layout';

describe('layoutDeckTimeline', () => {
  for (const locale of ['zh', 'en'] as const) {
    test(`fits all 20 milestones into a 1600 × 460 slide area in ${locale}, dated and without overlaps`, async () => {
      const t = await getTranslator(locale, 'timeline');
      const input = toTimelineInput(getTimelineChartData(), locale, t);
      const g = layoutDeckTimeline(input, { width: 1600, height: 460, locale });
      expect(g.height).toBe(460);
      expect(g.marks).toHaveLength(20);
      expect(g.marks.map((mark) => mark.id)).toEqual(input.items.map((item) => item.id));
      expect(g.fontSize).toBeGreaterThanOrEqual(20);
      for (const mark of g.marks) {
        expect(mark.label.title).toEqual([]);
        expect(mark.label.date.text).not.toBe('');
        expect(mark.tip).toContain(input.items.find((item) => item.id === mark.id)!.title);
        expect(mark.label.y + mark.label.height).toBeLessThanOrEqual(460);
      }
      g.marks.forEach((a, i) => g.marks.slice(i + 1).forEach((b) => expect(boxesIntersect(a.label, b.label)).toBe(false)));
    });
  }
});
