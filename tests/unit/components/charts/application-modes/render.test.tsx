import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test, vi } from 'vitest';
import { THEME_PALETTES } from '@/lib/charts/palette';

vi.mock('server-only', () => ({}));
const { renderApplicationModesSvg } = await import('@/components/charts/application-modes/render');

describe('renderApplicationModesSvg', () => {
  test('renders the tree on the server: three modes, 19 focusable systems in deck order, the G2C note marker', async () => {
    const html = renderToStaticMarkup(await renderApplicationModesSvg({ locale: 'en', palette: THEME_PALETTES.light, width: 960 }));
    expect(html).toMatch(/^<svg[^>]*role="img"[^>]*aria-label="A tree of the deck’s three application modes/);
    expect(html).toContain('<title>Application modes of e-government</title>');
    expect(html.match(/application-mode--g2./g)).toEqual(['application-mode--g2g', 'application-mode--g2b', 'application-mode--g2c']);
    const items = [...html.matchAll(/data-tip="Government to [^"]*?, \((\d)\) /g)].map((m) => m[1]).join('');
    expect(items).toBe('1234567123412345678');
    expect(html.match(/tabindex="0"/g)).toHaveLength(22);
    expect(html).toContain('death.<tspan baseline-shift="super" font-size="0.7em">1</tspan>');
    expect(html).not.toMatch(/var\(--/);
  });

  test('draws an exact Chinese image size with the theme’s background', async () => {
    const html = renderToStaticMarkup(
      await renderApplicationModesSvg({ locale: 'zh', palette: THEME_PALETTES.projector, width: 1920, height: 1080, background: true }),
    );
    expect(html).toContain('viewBox="0 0 1920 1080"');
    expect(html).toContain('（8）电子证件服务');
  });
});

describe('ApplicationModesChart snapshot', () => {
  test('matches the stored SVG at the narrow width', async () => {
    const html = renderToStaticMarkup(await renderApplicationModesSvg({ locale: 'en', palette: THEME_PALETTES.light, width: 360 }));
    const rounded = html.replace(/\d+\.\d{4,}/g, (n) => String(Math.round(Number(n) * 1000) / 1000));
    await expect(rounded).toMatchFileSnapshot('./__snapshots__/application-modes.svg');
  });
});
