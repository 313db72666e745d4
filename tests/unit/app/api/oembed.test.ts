import { describe, expect, test, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const { GET } = await import('@/app/api/oembed/route');
const { getAvailableChartIds } = await import('@/components/charts/registry');
const { getChart } = await import('@/components/charts/registry');

const SITE = 'http://localhost:3001';
const get = (query: string) => GET(new Request(`${SITE}/api/oembed?${query}`));

describe('GET /api/oembed', () => {
  test.each(getAvailableChartIds())('%s page: oEmbed 1.0 rich JSON with an iframe of the embed and a PNG thumbnail', async (chart) => {
    const page = `${SITE}/en${getChart(chart).route}`;
    const response = await get(`url=${encodeURIComponent(page)}&format=json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = await response.json();
    expect(body).toMatchObject({
      version: '1.0',
      type: 'rich',
      width: 960,
      height: 560,
      provider_url: `${SITE}/en`,
      thumbnail_width: 640,
      thumbnail_height: 360,
    });
    expect(body.title).toEqual(expect.any(String));
    expect(body.provider_name).toBe('E-Government Development Dashboard');
    expect(body.html).toContain(`<iframe data-egov-embed src="${SITE}/embed/${chart}?lang=en"`);
    expect(body.thumbnail_url).toBe(`${SITE}/charts/${chart}.png?w=640&h=360&lang=en`);
  });

  test('reads embed URLs with their language and theme, and keeps within maxwidth and maxheight', async () => {
    const chart = getAvailableChartIds()[0]!;
    const url = encodeURIComponent(`${SITE}/embed/${chart}?lang=zh&theme=dark`);
    const body = await (await get(`url=${url}&maxwidth=400&maxheight=300`)).json();
    expect(body).toMatchObject({ width: 400, height: 300, thumbnail_width: 400, thumbnail_height: 225 });
    expect(body.html).toContain(`/embed/${chart}?lang=zh&amp;theme=dark`);
    expect(body.thumbnail_url).toContain('theme=dark');
  });

  test('takes a path as url, as the pages advertise it', async () => {
    const chart = getAvailableChartIds()[0]!;
    expect((await get(`url=${encodeURIComponent(`/zh${getChart(chart).route}`)}`)).status).toBe(200);
  });

  test('behind a proxy, accepts the public URL and answers with it: iframe, thumbnail and provider name no bound address', async () => {
    const PUBLIC = 'https://dash.example.edu';
    const headers = { host: 'dash.example.edu', 'x-forwarded-proto': 'https' };
    for (const url of [`${PUBLIC}/zh/timeline`, '/zh/timeline', 'http://dash.example.edu/zh/timeline']) {
      const response = await GET(new Request(`http://localhost:3901/api/oembed?url=${encodeURIComponent(url)}`, { headers }));
      expect(response.status).toBe(200);
      expect(response.headers.get('vary')).toContain('X-Forwarded-Host');
      const body = await response.json();
      expect(body.html).toContain(`src="${PUBLIC}/embed/timeline?lang=zh"`);
      expect(body.thumbnail_url).toBe(`${PUBLIC}/charts/timeline.png?w=640&h=360&lang=zh`);
      expect(body.provider_url).toBe(`${PUBLIC}/zh`);
      expect(JSON.stringify(body)).not.toMatch(/localhost|127\.0\.0\.1|3901/);
    }
  });

  test.each([
    ['an unknown page', `url=${encodeURIComponent(`${SITE}/en/nowhere`)}`, 404],
    ['another site', `url=${encodeURIComponent('https://example.org/en/coverage')}`, 404],
    ['a non-chart page', `url=${encodeURIComponent(`${SITE}/en/data`)}`, 404],
    ['format=xml', 'url=%2Fen%2Fcoverage&format=xml', 501],
    ['no url', 'format=json', 400],
    ['a bad maxwidth', 'url=%2Fen%2Fcoverage&maxwidth=wide', 400],
  ])('answers %s with %i', async (_, query, status) => {
    expect((await get(query)).status).toBe(status);
  });
});
