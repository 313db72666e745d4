import { describe, expect, test } from 'vitest';
import { TIMELINE_META } from '@/components/charts/timeline/meta';
import { TRENDS_META } from '@/components/charts/trends/meta';
import { getEmbedParamsHelp, parseEmbedParams } from '@/lib/charts/embed-params';

const CHARTS = [TIMELINE_META, TRENDS_META];
const parse = (query: string, allowsView = false) =>
  parseEmbedParams(new URLSearchParams(query), { allowsView, viewParams: TIMELINE_META.viewParams, charts: CHARTS });

describe('parseEmbedParams', () => {
  test('defaults to Chinese, light, with title, opaque and interactive', () => {
    expect(parse('')).toMatchObject({ ok: true, params: { locale: 'zh', theme: 'light', title: true, transparent: false, static: false } });
  });

  test('reads every option', () => {
    expect(parse('lang=en&theme=projector&title=0&transparent=1&static=1')).toMatchObject({
      params: { locale: 'en', theme: 'projector', title: false, transparent: true, static: true },
    });
  });

  test('passes the timeline view state through for the timeline only', () => {
    const result = parse('stage=maturity&q=门户&from=2001&to=2004&m=gov-portal', true);
    expect(result.ok && result.params.view.toString()).toBe('stage=maturity&q=%E9%97%A8%E6%88%B7&from=2001&to=2004&m=gov-portal');
    expect(parse('stage=maturity')).toEqual({ ok: false, error: 'Parameter "stage" is only for the timeline chart.' });
  });

  test("names a chart's view parameters from its meta: a new chart's are taken and refused by its id, and listed in the help", () => {
    const map = { id: 'map', viewParams: ['zoom'] };
    const charts = [...CHARTS, map];
    const mapEmbed = parseEmbedParams(new URLSearchParams('zoom=3'), { allowsView: true, viewParams: map.viewParams, charts });
    expect(mapEmbed.ok && mapEmbed.params.view.toString()).toBe('zoom=3');
    expect(parseEmbedParams(new URLSearchParams('zoom=3'), { allowsView: false, charts })).toEqual({
      ok: false,
      error: 'Parameter "zoom" is only for the map chart.',
    });
    expect(parseEmbedParams(new URLSearchParams('from=2001'), { allowsView: false, charts })).toEqual({
      ok: false,
      error: 'Parameter "from" is only for the timeline and trends charts.',
    });
    expect(getEmbedParamsHelp(charts)).toContain('map only: zoom, the view state of the map page');
  });

  test.each([
    ['lang=fr', 'Unknown lang'],
    ['theme=blue', 'Unknown theme'],
    ['static=yes', 'static must be 0 or 1'],
    ['width=3', 'Unknown parameter "width"'],
    ['lang=en&lang=zh', 'more than once'],
  ])('refuses %s', (query, reason) => {
    const result = parse(query);
    expect(result.ok ? '' : result.error).toContain(reason);
  });
});
