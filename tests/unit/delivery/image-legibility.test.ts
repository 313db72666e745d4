import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { FIXTURES_DIR } from '../fixture-rows';

vi.mock('server-only', () => ({}));
const { respondChartImage } = await import('@/delivery/image-response');
const { getAvailableChartIds } = await import('@/components/charts/registry');
const { clearDatasetCache } = await import('@/lib/datasets/load');

const PRESETS = [
  ['16x9', 1080],
  ['16x9-small', 720],
  ['4x3', 768],
] as const;

const svgOf = async (file: string, query: string) => {
  const response = await respondChartImage(new Request(`http://localhost/charts/${file}?${query}`), file);
  expect(response.status).toBe(200);
  return response.text();
};

/**
 * Every text as drawn in the image, with its size in image pixels: a nested <svg> (the chart placed
 * into its box) scales its font sizes by its width over its viewBox's width.
 */
function getDrawnTexts(svg: string): { size: number; text: string }[] {
  const texts: { size: number; text: string }[] = [];
  const scales = [1];
  for (const match of svg.matchAll(/<\/svg>|<svg\b[^>]*>|<(text|tspan)\b[^>]*>/g)) {
    const [tag, element] = match;
    if (tag === '</svg>') {
      scales.pop();
    } else if (tag.startsWith('<svg')) {
      const width = /\swidth="([\d.]+)"/.exec(tag);
      const height = /\sheight="([\d.]+)"/.exec(tag);
      const viewBox = /viewBox="[-\d.]+[ ,]+[-\d.]+[ ,]+([\d.]+)[ ,]+([\d.]+)/.exec(tag);
      // preserveAspectRatio="xMidYMid meet": the smaller of the two ratios.
      const own = width && height && viewBox ? Math.min(Number(width[1]) / Number(viewBox[1]), Number(height[1]) / Number(viewBox[2])) : 1;
      scales.push(scales.at(-1)! * (scales.length === 1 ? 1 : own));
    } else {
      const size = /font-size="([\d.]+)(em)?"/.exec(tag);
      const start = match.index + tag.length;
      const content = svg.slice(start, svg.indexOf(`</${element}>`, start)).replace(/<[^>]*>/g, '');
      if (size && !size[2]) texts.push({ size: Number(size[1]) * scales.at(-1)!, text: content });
    }
  }
  return texts;
}

const getDrawnFontSizes = (svg: string) => getDrawnTexts(svg).map((text) => text.size);

/** Every line of text the image draws, trimmed. */
const getLines = (svg: string) => [...svg.matchAll(/<(?:text|tspan)\b[^>]*>([^<]+)</g)].map((match) => match[1]!.trim());

describe('slide images read from the back row', { timeout: 60_000 }, () => {
  for (const chart of getAvailableChartIds()) {
    for (const [preset, height] of PRESETS) {
      test.each(['zh', 'en'])(`${chart} at preset=${preset}: no text under a 48th of the height (%s)`, async (lang) => {
        const svg = await svgOf(`${chart}.svg`, `preset=${preset}&lang=${lang}`);
        // Sizes relative to their text (note markers at 0.7 em) would slip under the floor unmeasured.
        expect(svg).not.toMatch(/font-size="[\d.]+em"/);
        const sizes = getDrawnFontSizes(svg);
        expect(sizes.length).toBeGreaterThan(5);
        expect(Math.min(...sizes)).toBeGreaterThanOrEqual(height / 48 - 0.05);
      });
    }
  }

  test.each(PRESETS)('at preset=%s the timeline’s event names are larger than the floor and than their dates', async (preset, height) => {
    const texts = getDrawnTexts(await svgOf('timeline.svg', `preset=${preset}&lang=zh`));
    const sizeOf = (text: string) => texts.find((drawn) => drawn.text === text)!.size;
    const title = sizeOf('中央人民政府门户网站开通');
    expect(title).toBeGreaterThan(height / 48);
    expect(title).toBeGreaterThan(sizeOf('2006年1月1日'));
    expect(sizeOf('中国电子政务大事记（1992—2006）')).toBeGreaterThan(title);
  });

  test('text=normal keeps the page sizes, for documents read up close', async () => {
    const sizes = getDrawnFontSizes(await svgOf('timeline.svg', 'preset=4x3&text=normal'));
    expect(Math.min(...sizes)).toBeLessThan(768 / 48);
  });

  test('no line of a Chinese event title is a lone character cut from its phrase', async () => {
    const svg = await svgOf('timeline.svg', 'preset=16x9');
    expect(getLines(svg)).toContain('中央人民政府门户网站开通');
  });

  for (const chart of getAvailableChartIds()) {
    test.each(PRESETS.map(([preset]) => preset))(`${chart} at preset=%s: no Chinese line is a lone character`, async (preset) => {
      const lines = getLines(await svgOf(`${chart}.svg`, `preset=${preset}&lang=zh`));
      expect(lines.length).toBeGreaterThan(5);
      // A character alone, or with only the punctuation that closes its phrase ("要", "套。").
      expect(lines.filter((line) => /^[\u3400-\u9fff][\u3000-\u303f\uff01-\uff0f\uff1a-\uff1f）」』]*$/.test(line))).toEqual([]);
    });
  }

  test('the notes a chart’s markers point to are in its image', async () => {
    const svg = await svgOf('coverage.svg', 'preset=16x9&lang=en');
    for (const marker of ['a', 'b', 'c', 'd']) expect(svg).toMatch(new RegExp(`>${marker}</text>`));
    const france = await svgOf('france.svg', 'preset=4x3&lang=en');
    expect(france).toContain('not the 40.6 % the deck states');
    // Numbered as large as the notes' text, not in raised small digits.
    for (const marker of ['1', '2', '3', '4', '5', '6']) expect(france).toMatch(new RegExp(`font-size="16"[^>]*>${marker}</text>`));
  });
});

describe('an image of a view of the timeline', { timeout: 60_000 }, () => {
  test('from and to give the close-up: other years’ events are left out and the subtitle says which years', async () => {
    const whole = await svgOf('timeline.svg', 'preset=16x9&lang=en');
    const closeUp = await svgOf('timeline.svg', 'preset=16x9&lang=en&from=2001&to=2006');
    expect(whole).toContain('Government Online Project');
    expect(closeUp).not.toContain('Government Online Project');
    expect(closeUp).toContain('2001');
    expect(closeUp).not.toBe(whole);
  });

  test('a view it cannot show is a 400 that says why, and other charts refuse view parameters', async () => {
    const get = (file: string, query: string) => respondChartImage(new Request(`http://localhost/charts/${file}?${query}`), file);
    const bad = await get('timeline.png', 'from=1980&to=1990');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/from must be a year/);
    expect((await get('timeline.png', 'stage=golden')).status).toBe(400);
    const other = await get('coverage.png', 'from=2001&to=2006');
    expect(other.status).toBe(400);
    expect((await other.json()).error).toMatch(/only for the timeline/);
  });
});

describe('an image of the trends page’s EGDI chart (show=egdi, the UN’s file in DATA_DIR)', { timeout: 60_000 }, () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'egov-egdi-legibility-'));
    copyFileSync(path.join(FIXTURES_DIR, 'EGOV_DATA.csv'), path.join(dir, 'EGOV_DATA_2022.csv'));
    vi.stubEnv('DATA_DIR', dir);
    clearDatasetCache();
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    clearDatasetCache();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const [preset, height] of PRESETS) {
    test.each(['zh', 'en'])(`at preset=${preset}: no text under a 48th of the height, and the UN’s credit (%s)`, async (lang) => {
      const svg = await svgOf('trends.svg', `show=egdi&preset=${preset}&lang=${lang}&countries=CHN,USA,FRA,SGP,OWID_WRL`);
      const texts = getDrawnTexts(svg);
      expect(texts.length).toBeGreaterThan(20);
      expect(Math.min(...texts.map((text) => text.size))).toBeGreaterThanOrEqual(height / 48 - 0.05);
      // Drawn at its full size, not shrunk into its box.
      expect(texts.find((text) => text.text === 'EGDI')!.size).toBeGreaterThanOrEqual(height / 48 - 0.05);
      const credit =
        lang === 'zh' ? '数据：联合国经济和社会事务部《联合国电子政务调查》' : 'Data: UN DESA, United Nations E-Government Survey';
      expect(texts.some((text) => text.text.startsWith(credit) && text.text.includes('EGOV_DATA_2022.csv'))).toBe(true);
    });
  }
});
