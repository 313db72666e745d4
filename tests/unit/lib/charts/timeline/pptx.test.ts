import { describe, expect, test, vi } from 'vitest';
import { loadFixtureRows } from '../../../fixture-rows';

vi.mock('server-only', () => ({}));
const { toTimelinePptx } = await import('@/lib/charts/timeline/pptx');
const { getTranslator } = await import('@/lib/i18n/translator');

const data = {
  milestones: await loadFixtureRows('milestones'),
  stages: await loadFixtureRows('stages'),
  countries: await loadFixtureRows('country-profiles'),
};

describe('toTimelinePptx(data, locale, t)', () => {
  test('puts every milestone under its stage, in date order, with the years they span', async () => {
    const { body } = toTimelinePptx(data, 'en', await getTranslator('en', 'timeline'));
    if (body.kind !== 'timeline') throw new Error(body.kind);
    const { timeline } = body;
    expect(timeline.stages.map((stage) => stage.name)).toEqual(['Exploration', 'Development', 'Maturity']);
    const events = timeline.stages.flatMap((stage) => stage.events);
    expect(events).toHaveLength(data.milestones.length);
    for (const stage of timeline.stages) {
      const times = stage.events.map((event) => event.time);
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }
    const years = data.milestones.map((row) => Number(row.date.slice(0, 4)));
    expect(timeline.to).toBe(Math.max(...years));
    expect(timeline.from).toBeLessThanOrEqual(Math.min(...years));
  });

  test('numbers the events that have a note, as the page and the notes do', async () => {
    const { body } = toTimelinePptx(data, 'zh', await getTranslator('zh', 'timeline'));
    if (body.kind !== 'timeline') throw new Error(body.kind);
    const markers = body.timeline.stages.flatMap((stage) => stage.events.map((event) => event.marker)).filter(Boolean);
    expect(markers).toEqual(markers.map((_, i) => String(i + 1)));
    expect(markers.length).toBe(data.milestones.filter((row) => row.note_zh).length);
  });
});
