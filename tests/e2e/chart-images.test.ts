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

  test('a close-up of the timeline (from=2001&to=2006, or one stage) is a PNG of its own, not the whole chart again', async () => {
    const png = async (query: string) => {
      const response = await fetch(`${BASE_URL}/charts/timeline.png?preset=4x3&lang=zh${query}`);
      expect(response.status, query).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/png');
      return { etag: response.headers.get('etag'), bytes: Buffer.from(await response.arrayBuffer()) };
    };
    const whole = await png('');
    const closeUp = await png('&from=2001&to=2006');
    const stage = await png('&stage=maturity');
    expect(closeUp.bytes.readUInt32BE(16)).toBe(1024);
    expect(closeUp.bytes.equals(whole.bytes)).toBe(false);
    expect(closeUp.etag).not.toBe(whole.etag);
    expect(stage.bytes.equals(whole.bytes) || stage.bytes.equals(closeUp.bytes)).toBe(false);
    const unknown = await fetch(`${BASE_URL}/charts/timeline.png?from=2001&to=1999`);
    expect(unknown.status).toBe(400);
  }, 60_000);

  test('every chart has an SVG and a PNG; bad parameters get a 400 that lists the allowed ones', async () => {
    for (const chart of ['timeline', 'coverage', 'france', 'united-states', 'application-modes', 'overview']) {
      expect((await fetch(`${BASE_URL}/charts/${chart}.svg?lang=en`)).status, chart).toBe(200);
      expect((await fetch(`${BASE_URL}/charts/${chart}.png?theme=dark`)).status, chart).toBe(200);
    }
    const bad = await fetch(`${BASE_URL}/charts/coverage.png?scale=5`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { allowed: string[] }).allowed.length).toBeGreaterThan(3);
  }, 60_000);

  test.each([
    ['timeline', 'Milestones of China’s e-government, 1992–2006', '中国电子政务大事记'],
    ['coverage', 'Share of government bodies with a website, early 2006', '国务院部门'],
    ['france', 'France: internet and e-government', '法国'],
    ['united-states', 'US federal downsizing in six figures, 1992–1996', '美国'],
    ['application-modes', 'Application modes of e-government', '应用模式'],
    ['overview', 'E-government at a glance', '电子政务'],
  ])(
    '/charts/%s.svg carries its title and source in words, in English and Chinese, as the production build formats them',
    async (chart, english, chinese) => {
      const en = await (await fetch(`${BASE_URL}/charts/${chart}.svg?lang=en`)).text();
      expect(en).toContain(english.replace(/&/g, '&amp;'));
      expect(en).toMatch(/Source: Wang Zhigang’s deck, slides? \d/);
      const zh = await (await fetch(`${BASE_URL}/charts/${chart}.svg?lang=zh`)).text();
      expect(zh).toContain(chinese);
      expect(zh).toMatch(/来源：王志刚课件第 ?\d/);
      // A message the formatter could not read comes out as its key, e.g. "coverage.title".
      for (const svg of [en, zh]) expect(svg).not.toMatch(/>\s*[a-zA-Z]+(\.[a-zA-Z-]+)+\s*</);
    },
  );

  test('chart pages advertise oEmbed and it answers for them', async () => {
    const html = await (await fetch(`${BASE_URL}/en/coverage`)).text();
    const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');
    expect(href).toBe(`${BASE_URL}/api/oembed?url=${encodeURIComponent(`${BASE_URL}/en/coverage`)}&format=json`);
    const oembed = await fetch(href!);
    expect(oembed.status).toBe(200);
    expect(await oembed.json()).toMatchObject({ version: '1.0', type: 'rich' });
  });
});
