import { describe, expect, test, vi } from 'vitest';
import { decodePng, readPngSize } from './decode-png';

vi.mock('server-only', () => ({}));
// Any use of resvg on this thread fails the test: drawing must happen on the worker, which loads its own copy.
vi.mock('@resvg/resvg-js', () => {
  const refuse = () => {
    throw new Error('resvg used on the main thread');
  };
  return { Resvg: refuse, render: refuse, renderAsync: refuse };
});
const { renderChartImage } = await import('@/delivery/image-chart');
const { getAvailableChartIds } = await import('@/components/charts/registry');
const { getSvgText, renderPng } = await import('@/lib/charts/image-png');
const { loadChartFontFiles } = await import('@/lib/fonts/chart-fonts');

const CHART = getAvailableChartIds()[0]!;

async function chartSvg(width: number, height: number) {
  const svg = (await renderChartImage({ chart: CHART, width, height, locale: 'zh', theme: 'light' }))!;
  return { svg, fontFiles: await loadChartFontFiles(getSvgText(svg)) };
}

describe('renderPng', { timeout: 60_000 }, () => {
  test('draws off the main thread: callbacks keep running while a 1920×1080 scale-3 PNG is drawn', async () => {
    const { svg, fontFiles } = await chartSvg(1920, 1080);
    const events: string[] = [];
    const drawing = renderPng(svg, { scale: 3, fontFiles }).then((png) => {
      events.push('drawn');
      return png;
    });
    setImmediate(() => events.push('immediate'));
    setTimeout(() => events.push('timer'), 0);
    const png = await drawing;
    // Which of the two callbacks runs first is up to Node; both must run before the PNG arrives.
    expect(events.toSorted()).toEqual(['drawn', 'immediate', 'timer']);
    expect(events.at(-1)).toBe('drawn');
    expect(readPngSize(png)).toEqual({ width: 5760, height: 3240 });
  });

  test('gives a PNG that decodes to the asked size, and draws concurrent requests independently', async () => {
    const { svg, fontFiles } = await chartSvg(640, 360);
    const [one, two] = await Promise.all([renderPng(svg, { scale: 1, fontFiles }), renderPng(svg, { scale: 2, fontFiles })]);
    const decoded = decodePng(one);
    expect([decoded.width, decoded.height]).toEqual([640, 360]);
    expect(decoded.pixels.some((value) => value !== 255)).toBe(true);
    expect(readPngSize(two)).toEqual({ width: 1280, height: 720 });
  });

  test('rejects with resvg’s reason for an SVG it cannot read, and keeps drawing afterwards', async () => {
    await expect(renderPng('<svg', { scale: 1, fontFiles: [] })).rejects.toThrow(/Drawing the PNG failed/);
    const { svg, fontFiles } = await chartSvg(640, 360);
    expect(readPngSize(await renderPng(svg, { scale: 1, fontFiles }))).toEqual({ width: 640, height: 360 });
  });
});
