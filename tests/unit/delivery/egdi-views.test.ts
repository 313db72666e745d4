import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { FIXTURES_DIR } from '../fixture-rows';
import { findNoteOverlaps, readDrawnAnnotation } from './drawn-text-boxes';

vi.mock('server-only', () => ({}));
const { respondChartImage } = await import('@/delivery/image-response');
const { respondEmbed } = await import('@/delivery/embed-response');
const { respondChartPptx } = await import('@/delivery/pptx-response');
const { respondChartCsv } = await import('@/delivery/csv-response');
const { respondOembed } = await import('@/delivery/oembed-response');
const { clearDatasetCache } = await import('@/lib/datasets/load');

const image = (file: string, query: string, headers: Record<string, string> = {}) =>
  respondChartImage(new Request(`http://localhost/charts/${file}?${query}`, { headers }), file);
const embed = (query: string) => respondEmbed(new Request(`http://localhost/embed/trends?${query}`), 'trends');
const pptx = (query: string) => respondChartPptx(new Request(`http://localhost/charts/trends.pptx?${query}`), 'trends.pptx');
const oembed = (url: string) =>
  respondOembed(new Request(`http://localhost/api/oembed?url=${encodeURIComponent(`http://localhost${url}`)}`));
const csv = (query: string) => respondChartCsv(new Request(`http://localhost/charts/trends.csv?${query}`), 'trends.csv');

/** The folder a lecturer puts the UN's export in (made-up values: tests/fixtures/README.md). */
let dir: string;
const EGDI_FILE = () => path.join(dir, 'EGOV_DATA_2022.csv');

function useDataDir(value: string | undefined) {
  vi.stubEnv('DATA_DIR', value);
  clearDatasetCache();
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'egov-egdi-views-'));
  copyFileSync(path.join(FIXTURES_DIR, 'EGOV_DATA.csv'), EGDI_FILE());
  vi.spyOn(console, 'log').mockImplementation(() => {});
});
afterAll(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  clearDatasetCache();
  rmSync(dir, { recursive: true, force: true });
});

describe('show=egdi without a user’s EGDI file', () => {
  beforeAll(() => useDataDir(undefined));

  test.each([
    ['image', () => image('trends.png', 'show=egdi&preset=4x3')],
    ['SVG', () => image('trends.svg', 'show=egdi')],
    ['embed', () => embed('show=egdi&lang=en')],
    ['PowerPoint', () => pptx('show=egdi&lang=en')],
    ['CSV', () => csv('show=egdi')],
    ['oEmbed', () => oembed('/embed/trends?show=egdi&lang=en')],
  ])('the %s is a 404 that says how to add the UN’s file', async (_, get) => {
    const response = await get();
    expect(response.status).toBe(404);
    const { error } = await response.json();
    expect(error).toMatch(/^No EGDI file in DATA_DIR/);
    expect(error).toContain('EGOV_DATA_2024.csv');
    expect(error).toContain('https://publicadministration.un.org/egovkb/en-us/Data-Center');
    expect(error).toContain('docs/DATA.md');
  });

  test('show takes internet or egdi: anything else is a 400 for images, and the embed shows internet use', async () => {
    const bad = await image('trends.png', 'show=egdy');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toBe(
      'Unknown show "egdy": give internet or egdi (internet use, or the UN\'s EGDI from your own file).',
    );
    expect((await image('trends.svg', 'show=internet&preset=4x3')).status).toBe(200);
    const other = await image('coverage.png', 'show=egdi');
    expect(other.status).toBe(400);
    expect((await other.json()).error).toBe('Parameter "show" is only for the trends chart.');
    const html = await (await embed('show=egdy&lang=en')).text();
    expect(html).toContain('Who went online, 1990–2023');
  });
});

describe('show=egdi with the UN’s file in DATA_DIR', { timeout: 60_000 }, () => {
  beforeAll(() => useDataDir(dir));

  test('the image draws EGDI and its components for the view’s countries, titled and credited as on the page', async () => {
    const response = await image('trends.svg', 'show=egdi&preset=16x9&lang=en&countries=CHN,FRA,SGP');
    expect(response.status).toBe(200);
    const svg = await response.text();
    expect(svg).toContain('The UN’s E-Government Development Index and its components');
    expect(svg).toContain('China, France; the surveys of 2020, 2022; each index from 0 to 1');
    expect(svg).toContain('Data: UN DESA, United Nations E-Government Survey, from your file DATA_DIR/EGOV_DATA_2022.csv');
    for (const panel of ['EGDI', 'Online services', 'Human capital', 'Telecommunication infrastructure'])
      expect(svg).toContain(`>${panel}<`);
    expect(svg).not.toContain('Freedonia');
    expect(svg).not.toContain('Gov. Online');
  });

  test('a view whose countries are not in the file says so rather than drawing empty panels', async () => {
    const svg = await (await image('trends.svg', 'show=egdi&preset=4x3&lang=en&countries=OWID_WRL')).text();
    expect(svg).toContain('None of the chosen countries is in the file.');
    expect(svg).not.toContain('>Human capital<');
  });

  test('the PNG is drawn at every preset', async () => {
    for (const preset of ['16x9', '16x9-small', '4x3']) {
      const response = await image('trends.png', `show=egdi&preset=${preset}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/png');
    }
  });

  test('a note and a highlighted country are drawn on the EGDI images at every preset, covering no text', async () => {
    const note = 'China’s index rose between the two surveys, while its rank fell: other countries rose faster. '.repeat(3).slice(0, 200);
    for (const preset of ['16x9', '16x9-small', '4x3']) {
      const query = new URLSearchParams({ show: 'egdi', preset, lang: 'en', countries: 'CHN,FRA', highlight: 'CHN', note });
      const response = await image('trends.svg', query.toString());
      expect(response.status, preset).toBe(200);
      const svg = await response.text();
      expect(svg, preset).toContain('data-mark="CHN" data-emphasis="highlighted"');
      expect(svg, preset).toContain('data-mark="FRA" data-emphasis="receded"');
      const drawn = readDrawnAnnotation(svg);
      expect(drawn.note, preset).not.toBeNull();
      expect(drawn.outlines.length, preset).toBeGreaterThan(0);
      expect(findNoteOverlaps(drawn), preset).toEqual([]);
    }
  });

  test('the embed draws the EGDI chart with its own title and credit, in either language', async () => {
    const en = await (await embed('show=egdi&lang=en&countries=CHN,FRA')).text();
    expect(en).toContain('<h1 class="embed__title">The UN’s E-Government Development Index and its components</h1>');
    expect(en).toContain('from your file DATA_DIR/EGOV_DATA_2022.csv');
    expect(en).toContain('China, 2022: EGDI 0.4444, rank 111');
    const zh = await (await embed('show=egdi&countries=CHN,FRA')).text();
    expect(zh).toContain('联合国电子政务发展指数（EGDI）及其分项');
    expect(zh).toContain('中国，2022年：EGDI 0.4444，排名第 111');
  });

  test('oEmbed of the EGDI embed keeps its view: the iframe, its title and its thumbnail are the EGDI chart’s', async () => {
    const response = await oembed('/embed/trends?show=egdi&lang=en&countries=CHN,FRA');
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.title).toBe('The UN’s E-Government Development Index and its components');
    expect(body.html).toContain('/embed/trends?lang=en&amp;show=egdi&amp;countries=CHN%2CFRA');
    expect(body.thumbnail_url).toBe('http://localhost/charts/trends.png?w=640&h=360&lang=en&show=egdi&countries=CHN,FRA');
    // A value the image would refuse stays in the iframe, which drops it, and leaves the thumbnail.
    const odd = await (await oembed('/embed/trends?lang=en&countries=ATL')).json();
    expect(odd.html).toContain('countries=ATL');
    expect(odd.thumbnail_url).toBe('http://localhost/charts/trends.png?w=640&h=360&lang=en');
  });

  test('the PowerPoint file has a native line chart of EGDI by survey, the components in its notes', async () => {
    const response = await pptx('show=egdi&lang=en&countries=CHN,FRA');
    expect(response.status).toBe(200);
    const zip = await JSZip.loadAsync(await response.arrayBuffer());
    const chart = await zip.file(Object.keys(zip.files).find((name) => /ppt\/charts\/chart\d*\.xml$/.test(name))!)!.async('string');
    expect(chart).toContain('<c:lineChart>');
    expect(chart).toContain('<c:v>2020</c:v>');
    expect(chart).toContain('<c:v>0.4444</c:v>');
    const slide = await zip.file('ppt/slides/slide1.xml')!.async('string');
    expect(slide).toContain('The UN’s E-Government Development Index and its components');
    expect(slide).toContain('its three components in the speaker notes');
    const notes = await zip.file(Object.keys(zip.files).find((name) => /notesSlide\d+\.xml$/.test(name))!)!.async('string');
    expect(notes).toContain('China in 2022: rank 111, EGDI 0.4444, Online services 0.4000, Human capital 0.4400');
  });

  test('the CSV of the view is the user’s rows of its countries, in the UN’s columns', async () => {
    const body = await (await csv('show=egdi&countries=FRA,CHN')).text();
    const lines = body
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toMatch(/^Survey Year,Country Name,E-Government Rank/);
    expect(lines.slice(1).map((line) => line.split(',').slice(0, 2).join(','))).toEqual([
      '2020,France',
      '2022,France',
      '2020,China',
      '2022,China',
    ]);
  });

  test('an image changes when the user’s file changes, without a rebuild: a new ETag, so a kept copy is not served', async () => {
    const first = await image('trends.png', 'show=egdi&preset=4x3');
    const etag = first.headers.get('etag')!;
    expect((await image('trends.png', 'show=egdi&preset=4x3', { 'if-none-match': etag })).status).toBe(304);
    // China's EGDI in 2022, 0.4444 in the file, becomes 0.9444.
    writeFileSync(EGDI_FILE(), readFileSync(EGDI_FILE(), 'utf8').replace('111,0.4444', '111,0.9444'));
    const again = await image('trends.png', 'show=egdi&preset=4x3', { 'if-none-match': etag });
    expect(again.status).toBe(200);
    expect(again.headers.get('etag')).not.toBe(etag);
    const embedHtml = await (await embed('show=egdi&lang=en')).text();
    expect(embedHtml).toContain('China, 2022: EGDI 0.9444, rank 111');
  });
});
