import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test, vi } from 'vitest';
import { THEME_PALETTES } from '@/lib/charts/palette';

vi.mock('server-only', () => ({}));
const { renderTimelineSvg } = await import('@/components/charts/timeline/render');

async function renderMarkup(locale: 'zh' | 'en', width: number, height?: number) {
  return renderToStaticMarkup(await renderTimelineSvg({ locale, palette: THEME_PALETTES.light, width, height, background: true }));
}

function marks(markup: string) {
  return [...markup.matchAll(/<g class="timeline-mark" tabindex="0" aria-label="([^"]*)" data-tip="([^"]*)"/g)];
}

describe('renderTimelineSvg', () => {
  test.each([360, 960])('renders one focusable mark per milestone at width %i, tooltip = accessible name', async (width) => {
    const markup = await renderMarkup('en', width);
    const found = marks(markup);
    expect(found).toHaveLength(20);
    for (const [, label, tip] of found) expect(tip).toBe(label);
    expect(markup).toContain('role="img"');
    expect(markup).toContain('aria-label="Timeline of 20 events');
  });

  test('names marks by date, title and stage in English', async () => {
    const markup = await renderMarkup('en', 960);
    expect(markup).toContain(
      'aria-label="17 Aug 2002: Document No. 17: the Leading Group’s guidelines on building e-government (Development)"',
    );
    expect(markup).toContain('aria-label="1992 (year only): State Council General Office notice');
  });

  test('names marks in Chinese on the Chinese page, with the stage names in the bands', async () => {
    const markup = await renderMarkup('zh', 960);
    expect(markup).toContain('2002年8月17日：“17号文件”');
    for (const name of ['摸索阶段', '发展阶段', '成熟阶段']) expect(markup).toContain(`>${name}</text>`);
  });

  test('fills an image of exact size with the theme background', async () => {
    const markup = await renderMarkup('en', 1920, 1080);
    expect(markup).toContain('viewBox="0 0 1920 1080"');
    expect(markup).toContain(`fill="${THEME_PALETTES.light.background}"`);
    expect(marks(markup)).toHaveLength(20);
  });
});
