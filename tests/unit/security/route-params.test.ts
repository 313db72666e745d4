import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const { parseImageParams, IMAGE_LIMITS } = await import('@/lib/charts/image-params');
const { parseEmbedParams } = await import('@/lib/charts/embed-params');
const { respondChartImage } = await import('@/delivery/image-response');
const { respondEmbed } = await import('@/delivery/embed-response');
const oembed = await import('@/app/api/oembed/route');
const { CHART_MANIFESTS } = await import('@/components/charts/registry');
const { TIMELINE_META } = await import('@/components/charts/timeline/meta');

const HOSTILE = [`<script>alert("x")</script>`, `"><img src=x onerror=alert(1)>`, '&amp;&', '中文', '-1', '1e3', '0x10', ' 2', '99999', ''];
const CHARTS = ['timeline', 'coverage', 'france', 'united-states', 'application-modes', 'overview'];
/** HTML and SVG bodies carry no hostile markup; errors are JSON (inert under nosniff), which may quote it. */
async function expectNoMarkupEchoed(response: Response) {
  const body = await response.text();
  if (response.headers.get('content-type')?.includes('application/json')) {
    JSON.parse(body);
    return;
  }
  expect(body).not.toContain('<script>alert');
  expect(body).not.toContain('<img src=x');
}

const anyText = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 12 }));

/** A query of known and unknown names, with good, bad and hostile values. */
function anyQuery(names: string[], goodValues: string[]) {
  const value = fc.oneof(fc.constantFrom(...goodValues), anyText, fc.integer({ min: -5, max: 6000 }).map(String));
  return fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...names), anyText), value), { maxLength: 5 })
    .map((pairs) => new URLSearchParams(pairs));
}

const IMAGE_NAMES = ['w', 'h', 'scale', 'lang', 'theme', 'preset'];
const IMAGE_VALUES = ['zh', 'en', 'light', 'dark', 'projector', '16x9', '16x9-small', '4x3', '1', '2', '3', '320', '1920', '1080'];
const EMBED_NAMES = ['lang', 'theme', 'title', 'transparent', 'static', 'm', 'stage', 'category', 'q', 'from', 'to'];
const EMBED_VALUES = ['zh', 'en', 'light', 'dark', 'projector', '0', '1', '1999', '2006', 'policy', 'exploration', 'document-17'];

describe('parseImageParams(query) over any query', () => {
  test('never throws, and what it accepts is inside the limits', () => {
    fc.assert(
      fc.property(anyQuery(IMAGE_NAMES, IMAGE_VALUES), (query) => {
        const result = parseImageParams(query, { allowsView: false, charts: CHART_MANIFESTS });
        if (!result.ok) {
          expect(result.error).toMatch(/\S/);
          return;
        }
        const { width, height, scale } = result.params;
        expect(width).toBeGreaterThanOrEqual(IMAGE_LIMITS.width.min);
        expect(width).toBeLessThanOrEqual(IMAGE_LIMITS.width.max);
        expect(height).toBeGreaterThanOrEqual(IMAGE_LIMITS.height.min);
        expect(height).toBeLessThanOrEqual(IMAGE_LIMITS.height.max);
        expect(width * scale).toBeLessThanOrEqual(IMAGE_LIMITS.maxPixelWidth);
        expect(height * scale).toBeLessThanOrEqual(IMAGE_LIMITS.maxPixelHeight);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseEmbedParams(query) over any query', () => {
  test('never throws and answers either params or a message', () => {
    fc.assert(
      fc.property(anyQuery(EMBED_NAMES, EMBED_VALUES), fc.boolean(), (query, allowsView) => {
        const result = parseEmbedParams(query, { allowsView, viewParams: TIMELINE_META.viewParams, charts: CHART_MANIFESTS });
        if (!result.ok) expect(result.error).toMatch(/\S/);
        else expect(['zh', 'en']).toContain(result.params.locale);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('GET /charts/{file}.svg over any file name and query', () => {
  test('answers 200, 400 or 404, never a 5xx, and never echoes markup', async () => {
    const file = fc.oneof(
      fc.constantFrom(...CHARTS).map((id) => `${id}.svg`),
      anyText.map((text) => `${text}.svg`),
      anyText,
    );
    await fc.assert(
      fc.asyncProperty(file, anyQuery(IMAGE_NAMES, IMAGE_VALUES), async (name, query) => {
        const response = await respondChartImage(new Request(`http://localhost/charts/x?${query}`), name);
        expect([200, 400, 404]).toContain(response.status);
        await expectNoMarkupEchoed(response);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});

describe('GET /embed/{chart} over any chart and query', () => {
  test('answers 200, 400 or 404, never a 5xx, and hostile values never come back as markup', async () => {
    const chart = fc.oneof(fc.constantFrom(...CHARTS), anyText);
    await fc.assert(
      fc.asyncProperty(chart, anyQuery(EMBED_NAMES, EMBED_VALUES), async (id, query) => {
        const response = await respondEmbed(new Request(`http://localhost/embed/x?${query}`), id);
        expect([200, 400, 404]).toContain(response.status);
        await expectNoMarkupEchoed(response);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});

describe('GET /embed/timeline with markup in the view state', () => {
  test('renders (200) with the search text escaped', async () => {
    const query = new URLSearchParams({ q: `<script>alert("x")</script>"><img src=x>中文`, static: '1' });
    const response = await respondEmbed(new Request(`http://localhost/embed/timeline?${query}`), 'timeline');
    expect(response.status).toBe(200);
    await expectNoMarkupEchoed(response);
  });
});

describe('GET /api/oembed over any query', () => {
  test('answers 200, 400, 404 or 501 with JSON, never a 5xx', async () => {
    const url = fc.oneof(
      fc.constantFrom(
        '/en/coverage',
        '/zh/timeline',
        'http://localhost/embed/france?theme=dark',
        '/embed/overview',
        'https://evil.example/en/coverage',
      ),
      anyText,
    );
    await fc.assert(
      fc.asyncProperty(url, anyQuery(['format', 'maxwidth', 'maxheight'], ['json', 'xml', '640', '480']), async (target, query) => {
        query.set('url', target);
        const response = await oembed.GET(new Request(`http://localhost/api/oembed?${query}`));
        expect([200, 400, 404, 501]).toContain(response.status);
        expect(response.headers.get('content-type')).toContain('application/json');
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
