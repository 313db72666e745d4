import { describe, expect, test, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const { respondChartImage } = await import('@/delivery/image-response');
const { getAvailableChartIds } = await import('@/components/charts/registry');

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
 * Every text's size as drawn in the image, in image pixels: a nested <svg> (the chart placed into
 * its box) scales its font sizes by its width over its viewBox's width.
 */
function getDrawnFontSizes(svg: string): number[] {
  const sizes: number[] = [];
  const scales = [1];
  for (const [tag] of svg.matchAll(/<\/svg>|<svg\b[^>]*>|<(?:text|tspan)\b[^>]*>/g)) {
    if (tag === '</svg>') {
      scales.pop();
    } else if (tag.startsWith('<svg')) {
      const width = /\swidth="([\d.]+)"/.exec(tag);
      const viewBox = /viewBox="[-\d.]+[ ,]+[-\d.]+[ ,]+([\d.]+)/.exec(tag);
      const own = width && viewBox ? Number(width[1]) / Number(viewBox[1]) : 1;
      scales.push(scales.at(-1)! * (scales.length === 1 ? 1 : own));
    } else {
      const size = /font-size="([\d.]+)(em)?"/.exec(tag);
      if (size && !size[2]) sizes.push(Number(size[1]) * scales.at(-1)!);
    }
  }
  return sizes;
}

/** Every line of text the image draws, trimmed. */
const getLines = (svg: string) => [...svg.matchAll(/<(?:text|tspan)\b[^>]*>([^<]+)</g)].map((match) => match[1]!.trim());

describe('slide images read from the back row', { timeout: 60_000 }, () => {
  for (const chart of getAvailableChartIds()) {
    for (const [preset, height] of PRESETS) {
      test.each(['zh', 'en'])(`${chart} at preset=${preset}: no text under a 48th of the height (%s)`, async (lang) => {
        const sizes = getDrawnFontSizes(await svgOf(`${chart}.svg`, `preset=${preset}&lang=${lang}`));
        expect(sizes.length).toBeGreaterThan(5);
        expect(Math.min(...sizes)).toBeGreaterThanOrEqual(height / 48 - 0.05);
      });
    }
  }

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
