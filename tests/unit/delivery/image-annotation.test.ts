import { expect, test, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const { respondChartImage } = await import('@/delivery/image-response');

const get = (file: string, query: Record<string, string>) =>
  respondChartImage(new Request(`http://localhost/charts/${file}?${new URLSearchParams(query)}`), file);

test('an annotated coverage SVG draws the note beside the highlighted level, the others receding', async () => {
  const response = await get('coverage.svg', { preset: '16x9', highlight: 'provinces', note: 'Below the prefecture-level cities' });
  expect(response.status).toBe(200);
  const svg = await response.text();
  expect(svg).toContain('data-mark="provinces" data-emphasis="highlighted"');
  expect(svg).toMatch(/data-mark="county-cities" data-emphasis="receded" opacity="0.3"/);
  expect(svg).toContain('Below the prefecture-level cities');
  expect(svg).toContain('class="chart-annotation__note" data-clear="true"');
});

test('a note is text in the SVG: markup and quotes are escaped, never elements or attributes', async () => {
  const note = `<script>alert("x")</script> it's "quoted" & <b>bold</b>`;
  const svg = await (await get('coverage.svg', { highlight: 'provinces', note })).text();
  expect(svg).not.toContain('<script');
  expect(svg).not.toContain('<b>');
  expect(svg).toContain('&lt;script&gt;');
  expect(svg).toContain('&amp;');
});

test('an unknown highlight id or a note over 200 characters is a 400 that says which and why', async () => {
  const unknown = await get('coverage.png', { highlight: 'provinces,cities' });
  expect(unknown.status).toBe(400);
  expect((await unknown.json()).error).toMatch(/Unknown highlight "cities": its marks are state-council-departments, provinces/);
  const long = await get('coverage.svg', { note: '长'.repeat(201) });
  expect(long.status).toBe(400);
  expect((await long.json()).error).toBe('note is 201 characters long; at most 200.');
});

test('an annotated PNG is drawn in the Chinese image too, and tagged apart from the plain one', async () => {
  const plain = await get('coverage.png', { preset: '4x3' });
  const annotated = await get('coverage.png', { preset: '4x3', highlight: 'provinces', note: '省级覆盖率低于地级市' });
  expect(annotated.status).toBe(200);
  expect(annotated.headers.get('content-type')).toBe('image/png');
  expect(annotated.headers.get('etag')).not.toBe(plain.headers.get('etag'));
}, 30_000);
