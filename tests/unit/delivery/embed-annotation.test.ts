import { expect, test, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const { respondEmbed } = await import('@/delivery/embed-response');

const get = (chart: string, query: Record<string, string>) =>
  respondEmbed(new Request(`http://localhost/embed/${chart}?${new URLSearchParams(query)}`), chart);

test('an embed draws the annotation in both layouts, and drops an unknown id and an over-long note instead of refusing', async () => {
  const response = await get('united-states', { highlight: 'offices-closed,nope', note: 'Over 2,000 offices' });
  expect(response.status).toBe(200);
  const html = await response.text();
  expect(html.match(/data-mark="offices-closed" data-emphasis="highlighted"/g)).toHaveLength(2);
  expect(html.match(/Over 2,000 offices/g)).toHaveLength(2);
  const long = await (await get('united-states', { highlight: 'offices-closed', note: 'x'.repeat(201) })).text();
  expect(long).toContain('data-emphasis="highlighted"');
  expect(long).not.toContain('chart-annotation__note');
});

test('a note in an embed is text: a script tag and quotes never become markup', async () => {
  const html = await (await get('coverage', { highlight: 'provinces', note: `</svg><script>alert("x")</script>'` })).text();
  expect(html).not.toContain('<script>alert');
  expect(html).toContain('&lt;/svg&gt;&lt;script&gt;');
});

test('the trends embed draws a highlighted country heavier, the others receding, and the note in both layouts', async () => {
  const html = await (await get('trends', { highlight: 'CHN', note: 'China passes' })).text();
  expect(html.match(/data-mark="CHN" data-emphasis="highlighted"/g)).toHaveLength(2);
  expect(html).toContain('data-mark="USA" data-emphasis="receded"');
  expect(html.match(/>China passes</g)).toHaveLength(2);
});
