import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test, vi } from 'vitest';
import { THEME_PALETTES } from '@/lib/charts/palette';

vi.mock('server-only', () => ({}));
const { renderFranceSvg } = await import('@/components/charts/france/render');

describe('renderFranceSvg', () => {
  test('renders the chart on the server with its description, three panels and focusable figures', async () => {
    const html = renderToStaticMarkup(await renderFranceSvg({ locale: 'en', palette: THEME_PALETTES.light, width: 960 }));
    expect(html).toMatch(/^<svg[^>]*role="img"/);
    expect(html).toContain('<title>France: internet and e-government</title>');
    expect(html).toMatch(/aria-label="France on slide 41: [^"]*38.9%[^"]*40.6%/);
    expect(html.match(/france-panel--/g)).toHaveLength(3);
    expect(html).toContain('US$165.4 billion<tspan baseline-shift="super" font-size="0.7em">1</tspan>');
    expect(html).toContain('users ÷ population = 38.9%<tspan baseline-shift="super" font-size="0.7em">2</tspan>');
    expect(html).not.toMatch(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/);
    expect(html.match(/tabindex="0"/g)).toHaveLength(8);
    expect(html).not.toMatch(/var\(--/);
  });

  test('draws an exact image size with the theme’s background', async () => {
    const html = renderToStaticMarkup(
      await renderFranceSvg({ locale: 'zh', palette: THEME_PALETTES.dark, width: 1920, height: 1080, background: true }),
    );
    expect(html).toContain('viewBox="0 0 1920 1080"');
    expect(html).toContain(`fill="${THEME_PALETTES.dark.background}"`);
    expect(html).toContain('1654亿美元<tspan');
  });
});

describe('FranceChart snapshot', () => {
  test('matches the stored SVG at the narrow width', async () => {
    const html = renderToStaticMarkup(await renderFranceSvg({ locale: 'en', palette: THEME_PALETTES.light, width: 360 }));
    const rounded = html.replace(/\d+\.\d{4,}/g, (n) => String(Math.round(Number(n) * 1000) / 1000));
    await expect(rounded).toMatchFileSnapshot('./__snapshots__/france.svg');
  });
});
