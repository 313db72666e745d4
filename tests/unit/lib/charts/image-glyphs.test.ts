import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import subsetFont from 'subset-font';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { decodePng, type DecodedPng } from './decode-png';

vi.mock('server-only', () => ({}));
const { renderChartImage } = await import('@/delivery/image-chart');
const { getAvailableChartIds } = await import('@/components/charts/registry');
const { layoutChartImage } = await import('@/lib/charts/image-layout');
const { renderPng } = await import('@/lib/charts/image-png');
const { CHART_FONT_SOURCES, loadChartFontFiles } = await import('@/lib/fonts/chart-fonts');

const SIZE = { width: 1280, height: 720 };
const CHART = getAvailableChartIds()[0]!;

async function renderTitle(title: string, fontFiles: string[]): Promise<DecodedPng> {
  const svg = await renderChartImage({ chart: CHART, ...SIZE, locale: 'zh', theme: 'light', text: { title } });
  return decodePng(await renderPng(svg!, { scale: 1, fontFiles }));
}

/** Pixels of the title band that differ between two renders. */
function countTitleDifferences(a: DecodedPng, b: DecodedPng): number {
  const { title } = layoutChartImage({ title: '标题', source: '' }, SIZE);
  const top = title.y - title.fontSize;
  const bottom = title.y + Math.round(title.fontSize * 0.3);
  let count = 0;
  for (let i = top * a.width * 4; i < bottom * a.width * 4; i += 4) {
    if (a.pixels[i] !== b.pixels[i] || a.pixels[i + 1] !== b.pixels[i + 1] || a.pixels[i + 2] !== b.pixels[i + 2]) count++;
  }
  return count;
}

let cjkFonts: string[];
let latinOnlyFont: string;
beforeAll(async () => {
  cjkFonts = await loadChartFontFiles();
  // The same family with every CJK glyph removed: what a machine without a Chinese font draws.
  const source = readFileSync(path.join(process.cwd(), CHART_FONT_SOURCES[0]!));
  let ascii = '';
  for (let code = 0x20; code < 0x7f; code++) ascii += String.fromCharCode(code);
  latinOnlyFont = path.join(mkdtempSync(path.join(tmpdir(), 'latin-font-')), 'latin-only.ttf');
  writeFileSync(latinOnlyFont, await subsetFont(source, ascii, { targetFormat: 'sfnt' }));
}, 30_000);

describe('Chinese titles in PNG images', { timeout: 30_000 }, () => {
  test('two different Chinese titles draw different glyphs, and both differ from a font without CJK glyphs', async () => {
    const coverage = await renderTitle('政府网站覆盖率', cjkFonts);
    const milestones = await renderTitle('电子政务大事记', cjkFonts);
    const missing = await renderTitle('政府网站覆盖率', [latinOnlyFont]);
    const missingOther = await renderTitle('电子政务大事记', [latinOnlyFont]);

    expect(countTitleDifferences(coverage, milestones)).toBeGreaterThan(500);
    expect(countTitleDifferences(coverage, missing)).toBeGreaterThan(500);
    expect(countTitleDifferences(milestones, missing)).toBeGreaterThan(500);
    // Without CJK glyphs both titles come out the same: the test can tell real glyphs from missing ones.
    expect(countTitleDifferences(missing, missingOther)).toBe(0);
  });
});
