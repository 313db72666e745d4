import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test, vi } from 'vitest';
import { THEME_PALETTES } from '@/lib/charts/palette';

vi.mock('server-only', () => ({}));
const { renderCoverageSvg } = await import('@/components/charts/coverage/render');

const render = async (locale: 'zh' | 'en', width = 960) =>
  renderToStaticMarkup(await renderCoverageSvg({ locale, width, palette: THEME_PALETTES.light }));

describe('renderCoverageSvg(options)', () => {
  test('renders four focusable bars in hierarchy order, labelled 96% … nearly 77%', async () => {
    const svg = await render('en');
    const levels = [...svg.matchAll(/data-level="([^"]+)"/g)].map((m) => m[1]);
    expect(levels).toEqual(['state-council-departments', 'provinces', 'prefecture-cities', 'county-cities']);
    expect(svg.match(/class="coverage-bar"/g)).toHaveLength(4);
    expect(svg.match(/tabindex="0"/g)).toHaveLength(4);
    expect(svg).toContain('>96%<');
    expect(svg).toContain('>nearly 77%<');
    expect(svg).toContain('out of 2,000+ (the deck’s count)');
    expect(svg).not.toMatch(/1,540|≈/);
  });

  test('is an accessible image described in the page’s language', async () => {
    const svg = await render('zh', 360);
    expect(svg).toMatch(/^<svg[^>]+role="img"[^>]+aria-label="条形图：截至2006年初/);
    expect(svg).toContain('<title>截至2006年初各级政府建有网站的比例</title>');
    expect(svg).toContain('>将近77%<');
  });

  test('takes its colours from the palette it is given', async () => {
    const svg = renderToStaticMarkup(await renderCoverageSvg({ locale: 'en', width: 960, palette: THEME_PALETTES.dark, background: true }));
    expect(svg).toContain(`fill="${THEME_PALETTES.dark.series[0]}"`);
    expect(svg).toContain(`fill="${THEME_PALETTES.dark.background}"`);
    expect(svg).not.toContain(THEME_PALETTES.light.series[0]);
  });
});
