import { describe, expect, test } from 'vitest';
import { parseEmbedParams } from '@/lib/charts/embed-params';

const parse = (query: string, allowsView = false) => parseEmbedParams(new URLSearchParams(query), { allowsView });

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
    expect(parse('stage=maturity')).toEqual({ ok: false, error: 'Parameter "stage" is only for the timeline.' });
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
