import { describe, expect, test } from 'vitest';
import { BASE_URL } from './server';

describe('chart image URLs on the production server', () => {
  test.each([
    ['16x9', 1920, 1080],
    ['4x3', 1024, 768],
  ])('/charts/coverage.png?preset=%s is a plain %i×%i PNG with its Content-Length', async (preset, width, height) => {
    const response = await fetch(`${BASE_URL}/charts/coverage.png?preset=${preset}&lang=zh`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(response.headers.get('content-length')).toBe(String(bytes.byteLength));
    expect(response.headers.get('etag')).toMatch(/^"/);
    const view = new DataView(bytes.buffer);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([width, height]);
  });

  test('every chart has an SVG and a PNG; bad parameters get a 400 that lists the allowed ones', async () => {
    for (const chart of ['timeline', 'coverage', 'france', 'united-states', 'application-modes', 'overview']) {
      expect((await fetch(`${BASE_URL}/charts/${chart}.svg?lang=en`)).status, chart).toBe(200);
      expect((await fetch(`${BASE_URL}/charts/${chart}.png?theme=dark`)).status, chart).toBe(200);
    }
    const bad = await fetch(`${BASE_URL}/charts/coverage.png?scale=5`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { allowed: string[] }).allowed.length).toBeGreaterThan(3);
  }, 60_000);

  test('chart pages advertise oEmbed and it answers for them', async () => {
    const html = await (await fetch(`${BASE_URL}/en/coverage`)).text();
    const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');
    expect(href).toBe('/api/oembed?url=%2Fen%2Fcoverage&format=json');
    const oembed = await fetch(`${BASE_URL}${href}`);
    expect(oembed.status).toBe(200);
    expect(await oembed.json()).toMatchObject({ version: '1.0', type: 'rich' });
  });
});
