import { describe, expect, test, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const { respondEmbed } = await import('@/delivery/embed-response');
const { getAvailableChartIds } = await import('@/components/charts/registry');

const get = (chart: string, query = '') => respondEmbed(new Request(`http://localhost/embed/${chart}${query ? `?${query}` : ''}`), chart);

describe('GET /embed/{chart}', () => {
  test.each(getAvailableChartIds())(
    '%s: a whole HTML document in the asked language with both layouts and the height script',
    async (chart) => {
      const response = await get(chart, 'lang=en&theme=dark');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const html = await response.text();
      expect(html).toMatch(/^<!DOCTYPE html><html lang="en" data-theme="dark">/);
      expect(html).toContain('class="responsive-chart__narrow"');
      expect(html).toContain('class="responsive-chart__wide"');
      expect(html).toContain("type:'egov-embed-height'");
      expect(html).not.toMatch(/<script[^>]*\ssrc=/);
    },
  );

  test('static=1 has no script at all, title=0 no heading, transparent=1 no background', async () => {
    const chart = getAvailableChartIds()[0]!;
    const html = await (await get(chart, 'static=1&title=0&transparent=1')).text();
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<h1');
    expect(html).toContain('<body class="embed--transparent">');
    expect(html).toMatch(/<html lang="zh-CN"/);
  });

  test('the timeline follows the page’s view state: ?stage=maturity shows only that stage’s milestones', async () => {
    const all = await (await get('timeline', 'static=1')).text();
    const maturity = await (await get('timeline', 'static=1&stage=maturity&lang=en')).text();
    const count = (html: string) => (html.match(/data-tip="/g) ?? []).length;
    expect(count(maturity)).toBeGreaterThan(0);
    expect(count(maturity)).toBeLessThan(count(all));
    expect([...maturity.matchAll(/data-tip="([^"]*)"/g)].every(([, tip]) => !tip!.includes('(') || tip!.includes('(Maturity)'))).toBe(true);
  });

  test('the timeline opens where the page’s link points: the open milestone, the zoom window and the search', async () => {
    const marks = (html: string) =>
      [...html.matchAll(/<g class="timeline-mark"[^>]*data-id="([^"]+)"([^>]*)>/g)].map(([, id, rest]) => ({ id: id!, rest: rest! }));
    const ids = (html: string) => new Set(marks(html).map((mark) => mark.id));
    const all = await (await get('timeline', 'static=1')).text();
    const zoomed = await (await get('timeline', 'static=1&m=document-17&from=2001&to=2004')).text();
    // Both layouts draw the window: nothing from before 2001 or after 2003, and the open milestone marked.
    expect(ids(zoomed).has('document-17')).toBe(true);
    expect(ids(zoomed).has('gov-cn-launch')).toBe(false);
    expect(ids(zoomed).size).toBeLessThan(ids(all).size);
    expect(
      marks(zoomed)
        .filter((mark) => mark.rest.includes('data-selected="true"'))
        .map((mark) => mark.id),
    ).toEqual(['document-17', 'document-17']);
    expect(marks(all).some((mark) => mark.rest.includes('data-selected'))).toBe(false);

    const searched = await (await get('timeline', `static=1&q=${encodeURIComponent('17号文件')}`)).text();
    expect(marks(searched).map((mark) => mark.id)).toEqual(['document-17', 'document-17']);
    expect(marks(searched).every((mark) => mark.rest.includes('data-match="true"'))).toBe(true);
  });

  test('answers 404 for an unknown chart and 400 for a bad option', async () => {
    expect((await get('pie')).status).toBe(404);
    const bad = await get(getAvailableChartIds()[0]!, 'theme=blue');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { allowed: string[] }).allowed.join()).toContain('static: 0 | 1');
  });
});
