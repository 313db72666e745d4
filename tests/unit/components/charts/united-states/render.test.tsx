import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test, vi } from 'vitest';
import { THEME_PALETTES } from '@/lib/charts/palette';

vi.mock('server-only', () => ({}));
const { renderUnitedStatesSvg } = await import('@/components/charts/united-states/render');

const render = async (locale: 'zh' | 'en', width = 960) =>
  renderToStaticMarkup(await renderUnitedStatesSvg({ locale, width, palette: THEME_PALETTES.light }));

describe('renderUnitedStatesSvg(options)', () => {
  test('renders six focusable panels, one per unit', async () => {
    const svg = await render('en');
    expect(svg.match(/class="us-panel"/g)).toHaveLength(6);
    expect(svg.match(/tabindex="0"/g)).toHaveLength(6);
    const units = [...svg.matchAll(/data-unit="([^"]+)"/g)].map((m) => m[1]);
    expect(units).toEqual(['people', 'offices', 'programmes', 'usd', 'regulations', 'rules']);
    expect(svg).toContain('>240,000<');
    expect(svg).toContain('US$118 billion');
    expect(svg).toContain('data-tip="Offices closed, 1992–1996: 2,000+ offices"');
  });

  test('writes Chinese numbers with 万 and 亿 and describes the chart in Chinese', async () => {
    const svg = await render('zh', 360);
    expect(svg.match(/class="us-panel"/g)).toHaveLength(6);
    expect(svg).toContain('>24万<');
    expect(svg).toContain('>1180亿<');
    expect(svg).toMatch(/^<svg[^>]+role="img"[^>]+aria-label="1992—1996年美国联邦政府精简的六个数字/);
  });

  test('draws no axis across panels, and gives each panel its own key', async () => {
    const svg = await render('en');
    expect(svg).not.toMatch(/<line /);
    expect(svg.match(/>= [^<]+</g)).toEqual([
      '>= 10,000 people<',
      '>= 100 offices<',
      '>= 10 programmes and agencies<',
      '>= US$10 billion<',
      '>= 1,000 regulations<',
      '>= 1,000 rules<',
    ]);
  });
});
