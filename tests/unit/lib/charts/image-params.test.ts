import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { TIMELINE_META } from '@/components/charts/timeline/meta';
import { TRENDS_META } from '@/components/charts/trends/meta';
import { IMAGE_LIMITS, parseImageParams, toImageQuery } from '@/lib/charts/image-params';

const parse = (query: string, { allowsView = false } = {}) =>
  parseImageParams(new URLSearchParams(query), { allowsView, viewParams: TIMELINE_META.viewParams, charts: [TIMELINE_META, TRENDS_META] });

describe('parseImageParams', () => {
  test('with no parameters gives a 1280×720 Chinese light image at scale 1', () => {
    expect(parse('')).toEqual({
      ok: true,
      params: { width: 1280, height: 720, scale: 1, locale: 'zh', theme: 'light', textSize: 'large', view: new URLSearchParams() },
    });
  });

  test('reads each preset as its size', () => {
    expect(parse('preset=16x9')).toMatchObject({ params: { width: 1920, height: 1080 } });
    expect(parse('preset=16x9-small')).toMatchObject({ params: { width: 1280, height: 720 } });
    expect(parse('preset=4x3&scale=2&lang=en&theme=projector')).toMatchObject({
      params: { width: 1024, height: 768, scale: 2, locale: 'en', theme: 'projector' },
    });
  });

  test('takes w and h, and fills the missing one at 16:9', () => {
    expect(parse('w=800&h=600')).toMatchObject({ params: { width: 800, height: 600 } });
    expect(parse('w=1600')).toMatchObject({ params: { width: 1600, height: 900 } });
    expect(parse('h=900')).toMatchObject({ params: { width: 1600, height: 900 } });
    expect(parse('h=2160')).toMatchObject({ params: { width: 3840, height: 2160 } });
  });

  test.each([
    ['size=big', 'Unknown parameter "size"'],
    ['w=100', 'w must be between 320 and 3840'],
    ['w=12.5', 'w must be a whole number'],
    ['scale=4', 'scale must be between 1 and 3'],
    ['lang=fr', 'Unknown lang "fr"'],
    ['theme=sepia', 'Unknown theme "sepia"'],
    ['preset=21x9', 'Unknown preset "21x9"'],
    ['preset=4x3&w=800', 'either preset or w and h'],
    ['w=800&w=900', 'more than once'],
    ['w=3840&h=2160&scale=2', 'exceeds 5760×3240'],
  ])('refuses %s, saying why', (query, reason) => {
    const result = parse(query);
    expect(result).toMatchObject({ ok: false });
    expect(result.ok ? '' : result.error).toContain(reason);
  });

  test('any query string gives valid parameters or a message, never a throw', () => {
    const name = fc.constantFrom('w', 'h', 'scale', 'lang', 'theme', 'preset', 'x', 'W', '');
    const value = fc.oneof(
      fc.string(),
      fc.integer({ min: -10, max: 10_000 }).map(String),
      fc.constantFrom('zh', 'en', 'dark', '16x9', '4x3', '2'),
    );
    const query = fc.oneof(
      fc.string(),
      fc.array(fc.tuple(name, value), { maxLength: 6 }).map((pairs) => new URLSearchParams(pairs).toString()),
    );
    fc.assert(
      fc.property(query, (text) => {
        const result = parse(text);
        if (!result.ok) return typeof result.error === 'string' && result.error.length > 0;
        const { width, height, scale } = result.params;
        return (
          Number.isInteger(width) &&
          width >= IMAGE_LIMITS.width.min &&
          width <= IMAGE_LIMITS.width.max &&
          height >= IMAGE_LIMITS.height.min &&
          height <= IMAGE_LIMITS.height.max &&
          width * scale <= IMAGE_LIMITS.maxPixelWidth &&
          height * scale <= IMAGE_LIMITS.maxPixelHeight
        );
      }),
      { numRuns: 2000 },
    );
  });
});

describe('toImageQuery', () => {
  test('leaves defaults out and names presets', () => {
    expect(toImageQuery({ width: 1280, height: 720, scale: 1, locale: 'zh', theme: 'light' })).toBe('');
    expect(toImageQuery({ width: 1920, height: 1080, scale: 2, locale: 'en', theme: 'dark' })).toBe(
      'preset=16x9&scale=2&lang=en&theme=dark',
    );
    expect(toImageQuery({ width: 800, height: 600, scale: 1, locale: 'zh', theme: 'light' })).toBe('w=800&h=600');
  });

  test('gives a query that parses back to the same parameters', () => {
    const params = { width: 1000, height: 700, scale: 3 as const, locale: 'en' as const, theme: 'projector' as const };
    expect(parse(toImageQuery(params))).toEqual({ ok: true, params: { ...params, textSize: 'large', view: new URLSearchParams() } });
    const view = new URLSearchParams('from=2001&to=2006&stage=development,maturity');
    const query = toImageQuery({ ...params, textSize: 'normal', view });
    expect(query).toContain('stage=development,maturity');
    expect(parse(query, { allowsView: true })).toEqual({ ok: true, params: { ...params, textSize: 'normal', view } });
  });

  test('takes the timeline view only where the chart has one, and text only as large or normal', () => {
    expect(parse('from=2001&to=2006')).toEqual({ ok: false, error: 'Parameter "from" is only for the timeline and trends charts.' });
    expect(parse('text=huge')).toMatchObject({ ok: false, error: 'Unknown text "huge".' });
  });
});
