import { expect, test, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const { respondChartImage } = await import('@/delivery/image-response');

const NOTE =
  'A lecturer’s note of two hundred characters, long enough to need several lines on the image: it must sit beside its milestone and leave every year on the axis and every event label readable.';

test('a timeline image leaves room under its milestones for a long note, which then covers no year or event label', async () => {
  expect([...NOTE].length).toBeLessThanOrEqual(200);
  for (const highlight of ['three-golden-projects', 'document-17', 'gov-cn-launch']) {
    const query = new URLSearchParams({ preset: '16x9-small', lang: 'zh', highlight, note: NOTE });
    const svg = await (await respondChartImage(new Request(`http://localhost/charts/timeline.svg?${query}`), 'timeline.svg')).text();
    expect(svg, highlight).toContain('class="chart-annotation__note" data-clear="true"');
  }
}, 30_000);
