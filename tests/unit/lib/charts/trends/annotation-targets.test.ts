import { describe, expect, test, vi } from 'vitest';
import { layoutAnnotation } from '@/lib/charts/annotation/layout';
import { boxesIntersect } from '@/lib/charts/shared/box';
import type { InternetUsersRow } from '@/lib/datasets/internet-users';
import type { TrendsChartData } from '@/lib/charts/trends/types';
import { getDefaultView } from '@/lib/charts/trends/view';
import { loadFixtureRows } from '../../../fixture-rows';

vi.mock('server-only', () => ({}));
const { layoutTrends } = await import('@/lib/charts/trends/layout');
const { toTrendsInput } = await import('@/lib/charts/trends/input');
const { getTrendsAnnotationTargets } = await import('@/lib/charts/trends/annotation-targets');
const { getTranslator } = await import('@/lib/i18n/translator');
const t = await getTranslator('en', 'trends');

/** Three countries climbing from 1993 at different speeds, over the plot's whole width. */
const ROWS: InternetUsersRow[] = ['AAA', 'BBB', 'CCC'].flatMap((code, c) =>
  Array.from({ length: 34 }, (_, i) => 1990 + i).map((year) => ({
    code,
    entity_zh: `国家${c}`,
    entity_en: `Country ${code}`,
    year,
    internet_users_pct: Math.min(100, Math.max(0, (year - 1993) * (2 + c))),
    source: null,
  })),
);
const DATA: TrendsChartData = { rows: ROWS, milestones: await loadFixtureRows('milestones'), stages: await loadFixtureRows('stages') };
const NOTE = 'A note of some length, which wraps into a few lines beside the mark it points at on the chart.';

describe('getTrendsAnnotationTargets', () => {
  const layout = layoutTrends(toTrendsInput(DATA, getDefaultView(ROWS), 'en', t), { width: 960 });
  const targets = getTrendsAnnotationTargets(layout);

  test('a country is its end label and its line’s end; a milestone its label and dashed line', () => {
    const line = layout.lines.find((l) => l.code === 'BBB')!;
    const boxes = targets.marks.filter((mark) => mark.id === 'BBB').map((mark) => mark.box);
    expect(boxes).toContainEqual(line.label.box);
    expect(boxes.some((box) => box.x <= line.end.x && box.x + box.width >= line.end.x && box.y <= line.end.y)).toBe(true);
    const event = layout.events.find((e) => e.id === 'document-17')!;
    const eventBoxes = targets.marks.filter((mark) => mark.id === 'document-17').map((mark) => mark.box);
    expect(eventBoxes).toContainEqual(event.label.box);
    expect(Math.max(...eventBoxes.map((box) => box.y + box.height))).toBe(event.y2);
  });

  test.each(['AAA', 'CCC', 'gov-cn-launch', 'three-golden-projects'])('a note on %s hides no label and no year of any line', (id) => {
    const { note, outlines } = layoutAnnotation({ highlight: [id], note: NOTE }, targets, {
      width: layout.width,
      height: layout.height,
      fontSize: layout.fontSize,
    });
    expect(outlines).toHaveLength(1);
    expect(note?.clear).toBe(true);
    for (const label of targets.labels) expect(boxesIntersect(note!.box, label)).toBe(false);
    const points = layout.lines.flatMap((line) => line.points.map((p) => ({ x: p.x - 1, y: p.y - 1, width: 2, height: 2 })));
    for (const point of points) expect(boxesIntersect(note!.box, point)).toBe(false);
  });
});
