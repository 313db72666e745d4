import { describe, expect, test, vi } from 'vitest';
import { countPixelsUnlike, decodePng, readPngSize } from '../lib/charts/decode-png';
import { findXmlProblems } from '../lib/charts/check-xml';

vi.mock('server-only', () => ({}));
const { respondChartImage } = await import('@/delivery/image-response');
const { getAvailableChartIds } = await import('@/components/charts/registry');

const CHART = getAvailableChartIds()[0]!;
const get = (file: string, query = '', headers: Record<string, string> = {}) =>
  respondChartImage(new Request(`http://localhost/charts/${file}${query ? `?${query}` : ''}`, { headers }), file);

describe(`GET /charts/{chart}.png (${CHART})`, { timeout: 30_000 }, () => {
  test.each([
    ['16x9', 1920, 1080],
    ['16x9-small', 1280, 720],
    ['4x3', 1024, 768],
  ])('preset=%s gives a %i×%i PNG with something drawn on it', async (preset, width, height) => {
    const response = await get(`${CHART}.png`, `preset=${preset}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    const png = new Uint8Array(await response.arrayBuffer());
    expect(response.headers.get('content-length')).toBe(String(png.byteLength));
    expect(readPngSize(png)).toEqual({ width, height });
    const decoded = decodePng(png);
    expect(countPixelsUnlike(decoded, [255, 255, 255])).toBeGreaterThan(width * height * 0.01);
  });

  test('scale=2 doubles the pixels, and the dark theme fills a dark background', async () => {
    const png = new Uint8Array(await (await get(`${CHART}.png`, 'preset=4x3&scale=2&theme=dark')).arrayBuffer());
    const decoded = decodePng(png);
    expect([decoded.width, decoded.height]).toEqual([2048, 1536]);
    expect([...decoded.pixels.subarray(0, 3)]).toEqual([0x12, 0x16, 0x1d]);
  });

  test('the same URL gives the same bytes and ETag; a matching If-None-Match gives 304', async () => {
    const first = await get(`${CHART}.png`, 'lang=en');
    const second = await get(`${CHART}.png`, 'lang=en');
    expect(Buffer.from(await first.arrayBuffer()).equals(Buffer.from(await second.arrayBuffer()))).toBe(true);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(second.headers.get('etag')).toBe(etag);
    expect(first.headers.get('cache-control')).toBe('public, max-age=300, stale-while-revalidate=86400');
    const cached = await get(`${CHART}.png`, 'lang=en', { 'if-none-match': etag });
    expect(cached.status).toBe(304);
  });
});

describe(`GET /charts/{chart}.svg (${CHART})`, { timeout: 30_000 }, () => {
  test('is a well-formed SVG document of the asked size with the title in it', async () => {
    const response = await get(`${CHART}.svg`, 'preset=16x9&lang=en');
    expect(response.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    const svg = await response.text();
    expect(findXmlProblems(svg)).toEqual([]);
    expect(svg).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1920" height="1080"/,
    );
    const { getTranslator } = await import('@/lib/i18n/translator');
    const { getChart } = await import('@/components/charts/registry');
    const title = (await getTranslator('en', getChart(CHART).namespace))('title');
    expect(svg).toContain(`<title>${title.replace(/&/g, '&amp;').replace(/'/g, '&#x27;')}</title>`);
  });
});

describe('GET /charts/{file}: errors', () => {
  test('answers 400 listing the allowed parameters for a bad one', async () => {
    const response = await get(`${CHART}.png`, 'scale=9');
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; allowed: string[] };
    expect(body.error).toContain('scale must be between 1 and 3');
    expect(body.allowed.join('\n')).toMatch(/preset: 16x9 \(1920×1080\) \| 16x9-small \(1280×720\) \| 4x3 \(1024×768\)/);
  });

  test('answers 404 for an unknown chart or format, naming the available images', async () => {
    for (const file of ['pie.png', `${CHART}.gif`, `${CHART}`]) {
      const response = await get(file);
      expect(response.status).toBe(404);
      expect(((await response.json()) as { error: string }).error).toContain(`${CHART}.png`);
    }
  });
});
