import JSZip from 'jszip';
import { describe, expect, test, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const { respondLecturePptx, respondChartPptx, PPTX_TYPE } = await import('@/delivery/pptx-response');
const { DECK_CHARTS, DECK_SLIDE_IDS } = await import('@/components/present/deck-charts');
/** The presentation's slides that have a PowerPoint form: all but a chart slide whose manifest gives none. */
const LECTURE_SLIDE_IDS = DECK_SLIDE_IDS.filter(
  (id) => DECK_CHARTS.find((chart) => chart.id === id)?.pptx !== undefined || !DECK_CHARTS.some((chart) => chart.id === id),
);

const lecture = (query = '', headers: Record<string, string> = {}) =>
  respondLecturePptx(new Request(`http://localhost/api/lecture.pptx${query ? `?${query}` : ''}`, { headers }));
const chart = (file: string, query = '') =>
  respondChartPptx(new Request(`http://localhost/charts/${file}${query ? `?${query}` : ''}`), file);

async function unzip(response: Response) {
  return JSZip.loadAsync(await response.arrayBuffer());
}
const read = (zip: JSZip, name: string) => zip.file(name)!.async('string');
const namesOf = (zip: JSZip, pattern: RegExp) =>
  Object.keys(zip.files)
    .filter((name) => pattern.test(name) && !zip.files[name]!.dir)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
/** The text of a part, tags dropped: what PowerPoint shows of it. */
const textOf = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(' ');
/** The numbers a chart part holds as its data (c:v of its value cache). */
const valuesOf = (xml: string) =>
  [...xml.matchAll(/<c:val>[\s\S]*?<\/c:val>/g)].flatMap((m) => [...m[0].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => Number(v[1])));

describe('GET /api/lecture.pptx', { timeout: 30_000 }, () => {
  test('is a PowerPoint file with a slide per slide of the presentation, in its order', async () => {
    const response = await lecture('lang=en');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(PPTX_TYPE);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="egov-lecture-en\.pptx"; filename\*=UTF-8''/);
    const zip = await unzip(response);
    const slides = namesOf(zip, /^ppt\/slides\/slide\d+\.xml$/);
    expect(slides).toHaveLength(LECTURE_SLIDE_IDS.length);
    const presentation = await read(zip, 'ppt/presentation.xml');
    expect(presentation).toContain('cx="12192000" cy="6858000"'); // 16:9
    const titles = await Promise.all(slides.map(async (name) => textOf(await read(zip, name))));
    expect(titles[0]).toContain('The development of China’s e-government');
    expect(titles[2]).toContain('Government Online Project');
    expect(titles.at(-1)).toContain('http://localhost/en');
  });

  test('draws coverage, France and the United States as native bar charts holding the deck’s values', async () => {
    const zip = await unzip(await lecture('lang=en'));
    const all = await Promise.all(namesOf(zip, /^ppt\/charts\/chart\d+\.xml$/).map((name) => read(zip, name)));
    const charts = all.filter((xml) => xml.includes('<c:barChart>'));
    expect(charts.length).toBe(all.length - 1);
    const values = charts.map(valuesOf);
    expect(values).toContainEqual([96, 90, 94, 77]);
    expect(values).toContainEqual([60011200, 23352522]);
    expect(values).toContainEqual([10000000, 7000000]);
    expect(values.flat()).toEqual(expect.arrayContaining([240000, 2000, 200, 118000000000, 16000, 31000]));
    // Each chart carries its data as a workbook, so PowerPoint's "Edit Data" opens it.
    expect(namesOf(zip, /^ppt\/embeddings\/.*\.xlsx$/)).toHaveLength(all.length);
  });

  test('draws trends as a native line chart after the application modes, a line per default country, its notes citing the ITU', async () => {
    const zip = await unzip(await lecture('lang=en'));
    const index = LECTURE_SLIDE_IDS.indexOf('trends');
    expect(index).toBe(LECTURE_SLIDE_IDS.indexOf('application-modes') + 1);
    const slide = await read(zip, `ppt/slides/slide${index + 1}.xml`);
    const rels = await read(zip, `ppt/slides/_rels/slide${index + 1}.xml.rels`);
    const chartName = /charts\/(chart\d+\.xml)"/.exec(rels)![1];
    const xml = await read(zip, `ppt/charts/${chartName}`);
    expect(xml).toContain('<c:lineChart>');
    expect(xml).toContain('<c:dispBlanksAs val="gap"/>');
    expect([...xml.matchAll(/<c:ser>/g)]).toHaveLength(5);
    expect(textOf(slide)).toContain('Gov. Online');
    expect(textOf(slide)).toContain('CC BY 4.0');
    const notes = textOf(await read(zip, `ppt/notesSlides/notesSlide${index + 1}.xml`));
    expect(notes).toContain('ITU');
    expect(notes).toContain('Government Online Project');
  });

  test('every slide has speaker notes; chart slides cite the deck’s slides and its inconsistencies', async () => {
    const zip = await unzip(await lecture('lang=en'));
    const notes = await Promise.all(
      namesOf(zip, /^ppt\/notesSlides\/notesSlide\d+\.xml$/).map(async (name) => textOf(await read(zip, name))),
    );
    expect(notes).toHaveLength(LECTURE_SLIDE_IDS.length);
    expect(notes.every((text) => text.trim().length > 40)).toBe(true);
    const [, stages, timeline, coverage, france, us] = notes;
    expect(stages).toMatch(/slides 46, 51, 56/);
    expect(timeline).toMatch(/slides? \d+/);
    expect(coverage).toContain('slide 58');
    expect(coverage).toContain('2,000-plus');
    expect(france).toContain('slide 41');
    expect(france).toContain('38.9 %');
    expect(france).toContain('40.6 %');
    expect(france).toMatch(/GDP/);
    expect(us).toContain('slide 74');
  });

  test('in Chinese, text is set in Microsoft YaHei, and the notes are Chinese', async () => {
    const response = await lecture('lang=zh');
    expect(decodeURIComponent(response.headers.get('content-disposition')!)).toContain("filename*=UTF-8''中国电子政务的发展.pptx");
    const zip = await unzip(response);
    const slide = await read(zip, 'ppt/slides/slide4.xml');
    expect(slide).toContain('<a:ea typeface="Microsoft YaHei"');
    expect(slide).toContain('lang="zh-CN"');
    expect(await read(zip, 'ppt/theme/theme1.xml')).toContain('<a:font script="Hans" typeface="Microsoft YaHei"/>');
    const notes = textOf(await read(zip, 'ppt/notesSlides/notesSlide4.xml'));
    expect(notes).toContain('课件第 58 页');
    expect(notes).toContain('2000多');
  });

  test('the closing slide names the visitor’s public origin, and the answer varies by it', async () => {
    const response = await lecture('lang=zh', { 'x-forwarded-host': 'dash.example.edu', 'x-forwarded-proto': 'https' });
    expect(response.headers.get('vary')).toContain('X-Forwarded-Host');
    const zip = await unzip(response);
    const last = namesOf(zip, /^ppt\/slides\/slide\d+\.xml$/).at(-1)!;
    expect(textOf(await read(zip, last))).toContain('https://dash.example.edu/zh');
  });

  test('a matching If-None-Match gets 304; a bad lang or an unknown parameter gets 400 saying why', async () => {
    const first = await lecture('lang=en');
    const again = await lecture('lang=en', { 'if-none-match': first.headers.get('etag')! });
    expect(again.status).toBe(304);
    const bad = await lecture('lang=fr');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toBe('Unknown lang "fr": use zh or en.');
    expect((await lecture('lang=en&v=2')).status).toBe(400);
  });
});

/** Each series' values as the chart caches them, a year without a point as null. */
function seriesOf(xml: string) {
  return [...xml.matchAll(/<c:ser>[\s\S]*?<\/c:ser>/g)].map(([ser]) => {
    const name = /<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(ser)![1]!;
    const values = /<c:val>[\s\S]*?<\/c:val>/.exec(ser)![0];
    const count = Number(/<c:ptCount val="(\d+)"\/>/.exec(values)![1]);
    const points = new Map([...values.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map((m) => [Number(m[1]), Number(m[2])]));
    return { name, values: Array.from({ length: count }, (_, i) => points.get(i) ?? null) };
  });
}

const { loadRows } = await import('@/lib/datasets/load');
const internetUsers = loadRows('internet-users');

describe('GET /charts/trends.pptx', { timeout: 30_000 }, () => {
  const shipped = (code: string, year: number) =>
    internetUsers.find((row) => row.code === code && row.year === year)?.internet_users_pct ?? null;

  test('holds the data’s values, a gap where a year has none, and a workbook with the zeros kept', async () => {
    const zip = await unzip(await chart('trends.pptx', 'lang=en'));
    const xml = await read(zip, namesOf(zip, /^ppt\/charts\/chart\d+\.xml$/)[0]!);
    const series = seriesOf(xml);
    expect(series.map((s) => s.name)).toEqual(['China', 'United States', 'France', 'Singapore', 'World']);
    const years = Array.from({ length: 34 }, (_, i) => 1990 + i);
    expect(series[0]!.values).toEqual(years.map((year) => shipped('CHN', year)));
    expect(series[1]!.values.at(-1)).toBe(shipped('USA', 2023));
    expect(series[0]!.values[0]).toBe(0);
    const workbook = await JSZip.loadAsync(await zip.file(namesOf(zip, /^ppt\/embeddings\/.*\.xlsx$/)[0]!)!.async('uint8array'));
    const sheet = await workbook.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).toContain('<c r="B2"><v>0</v></c>');
  });

  test('follows the page’s view: countries, from and to; what the data does not know is a 400', async () => {
    const zip = await unzip(await chart('trends.pptx', 'lang=zh&countries=CHN,SGP&from=1995&to=2010'));
    const series = seriesOf(await read(zip, namesOf(zip, /^ppt\/charts\/chart\d+\.xml$/)[0]!));
    expect(series.map((s) => s.name)).toEqual(['中国', '新加坡']);
    expect(series[1]!.values).toHaveLength(16);
    expect(series[1]!.values[0]).toBe(shipped('SGP', 1995));
    const bad = await chart('trends.pptx', 'countries=XYZ');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/^Unknown country "XYZ"/);
    expect((await chart('coverage.pptx', 'countries=CHN')).status).toBe(400);
  });
});

describe('GET /charts/timeline.pptx', { timeout: 30_000 }, () => {
  const milestones = loadRows('milestones');

  test('follows the page’s view: a close-up of some years lists only their events, with those years on its strip', async () => {
    const response = await chart('timeline.pptx', 'lang=en&from=2001&to=2006.5&category=meeting');
    expect(response.status).toBe(200);
    const slide = textOf(await read(await unzip(response), 'ppt/slides/slide1.xml'));
    const meetings = milestones.filter((row) => row.category === 'meeting' && row.date >= '2001' && row.date < '2006-07');
    const others = milestones.filter((row) => !meetings.includes(row));
    expect(meetings.length).toBeGreaterThan(3);
    for (const row of meetings) expect(slide).toContain(row.title_en);
    for (const row of others) expect(slide).not.toContain(row.title_en);
    // The strip's years are the view's: 2001 to 2006, not 1992 to 2006.
    expect(slide).toContain(' 2001 2002 2003 2004 2005 2006 ');
    expect(slide).not.toContain(' 1992 1993 ');
    expect(slide).toContain('Showing 9 of 20 events');
  });

  test('an unknown filter value or a year outside the timeline is a 400, as for its images', async () => {
    for (const query of ['category=party', 'from=1980&to=1990', 'from=2001']) {
      const response = await chart('timeline.pptx', query);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: string }).error).not.toBe('');
    }
  });
});

describe('GET /charts/{chart}.pptx with highlight and note', { timeout: 30_000 }, () => {
  const NOTE = 'Prefecture-level cities: ahead of the provinces';
  /** The fill of each bar the chart colours on its own (c:dPt), in order. */
  const pointColours = (xml: string) => [...xml.matchAll(/<c:dPt>[\s\S]*?<a:srgbClr val="([0-9A-F]{6})"/g)].map((m) => m[1]);

  test('colours the highlighted bar, the others receding, and puts the note in a text box on the slide', async () => {
    const zip = await unzip(await chart('coverage.pptx', `lang=en&highlight=prefecture-cities&note=${encodeURIComponent(NOTE)}`));
    const xml = await read(zip, namesOf(zip, /^ppt\/charts\/chart\d+\.xml$/)[0]!);
    const colours = pointColours(xml);
    expect(colours).toHaveLength(4);
    const highlighted = colours[2]!;
    expect(colours.filter((colour) => colour === highlighted)).toHaveLength(1);
    expect(new Set([colours[0], colours[1], colours[3]]).size).toBe(1);
    expect(textOf(await read(zip, 'ppt/slides/slide1.xml'))).toContain(NOTE);
    // Without an annotation, one colour for the series and no per-bar fills.
    const plain = await unzip(await chart('coverage.pptx', 'lang=en'));
    expect(pointColours(await read(plain, namesOf(plain, /^ppt\/charts\/chart\d+\.xml$/)[0]!))).toEqual([]);
  });

  test('a note gets a band of the slide’s width under its panel’s row: every panel gives up the same height, none is squeezed', async () => {
    const note =
      'A lecturer’s note of two hundred characters, long enough to need two lines on the slide: it sits under the row of its panel, and every panel of the slide keeps the same room for its chart and text.';
    const frames = async (query: string) => {
      const slide = await read(await unzip(await chart('france.pptx', `lang=en&highlight=population${query}`)), 'ppt/slides/slide1.xml');
      return [...slide.matchAll(/<p:graphicFrame>[\s\S]*?<a:ext cx="(\d+)" cy="(\d+)"\/>/g)].map((m) => Number(m[2]));
    };
    const plain = await frames('');
    const annotated = await frames(`&note=${encodeURIComponent(note)}`);
    expect(plain).toHaveLength(3);
    const losses = annotated.map((height, i) => plain[i]! - height);
    expect(losses[0]).toBeGreaterThan(0);
    for (const loss of losses) expect(Math.abs(loss - losses[0]!)).toBeLessThanOrEqual(2);
    const slide = await read(
      await unzip(await chart('france.pptx', `lang=en&highlight=population&note=${encodeURIComponent(note)}`)),
      'ppt/slides/slide1.xml',
    );
    // The note's box is the body's width, 12.333 in.
    const box = new RegExp(`<a:ext cx="(\\d+)" cy="\\d+"/>(?:(?!<p:sp>)[\\s\\S])*?${note.slice(0, 20)}`).exec(slide);
    expect(Number(box?.[1]) / 914400).toBeCloseTo(12.333, 2);
  });

  test('a highlighted bar has a second cue besides colour, kept in the chart: an outline and a bold data label of its own', async () => {
    const outlined = (xml: string) =>
      [...xml.matchAll(/<c:dPt>\s*<c:idx val="(\d+)"\/>[\s\S]*?<\/c:dPt>/g)]
        .filter((m) => m[0].includes('<a:ln '))
        .map((m) => Number(m[1]));
    const boldLabels = (xml: string) =>
      [...xml.matchAll(/<c:dLbl><c:idx val="(\d+)"\/>[\s\S]*?<\/c:dLbl>/g)].filter((m) => m[0].includes('b="1"')).map((m) => Number(m[1]));
    const zip = await unzip(await chart('coverage.pptx', 'lang=zh&highlight=provinces,county-cities'));
    const xml = await read(zip, namesOf(zip, /^ppt\/charts\/chart\d+\.xml$/)[0]!);
    expect(outlined(xml)).toEqual([1, 3]);
    expect(boldLabels(xml)).toEqual([1, 3]);
    // The series' labels stay regular, and the points come before the labels, in the schema's order.
    expect(xml).toMatch(/<\/c:dLbl><c:numFmt [^>]*\/><c:txPr><a:bodyPr wrap="none"\/><a:lstStyle\/><a:p><a:pPr><a:defRPr b="0"/);
    expect(xml.indexOf('<c:dPt>')).toBeLessThan(xml.indexOf('<c:dLbls>'));
    // A stacked chart's highlighted share: its series outlined, its labels bold; the other charts of the slide as they were.
    const france = await unzip(await chart('france.pptx', 'lang=en&highlight=adults-egov-willing'));
    const parts = await Promise.all(namesOf(france, /^ppt\/charts\/chart\d+\.xml$/).map((name) => read(france, name)));
    const stacked = parts.find((part) => part.includes('<c:grouping val="stacked"/>'))!;
    const series = [...stacked.matchAll(/<c:ser>[\s\S]*?<\/c:ser>/g)].map((m) => m[0]);
    expect(series.map((ser) => ser.includes('<a:ln w="28575">'))).toEqual([false, true, false]);
    expect(series.map((ser) => ser.includes('<a:defRPr b="1"'))).toEqual([false, true, false]);
    expect(parts.filter((part) => part !== stacked).some((part) => part.includes('<a:ln w="28575">'))).toBe(false);
    const plain = await unzip(await chart('coverage.pptx', 'lang=en'));
    expect(await read(plain, namesOf(plain, /^ppt\/charts\/chart\d+\.xml$/)[0]!)).not.toMatch(/<c:dLbl>|<a:ln w="28575">|b="1"/);
  });

  test('shapes stand out on the timeline and application modes; trends takes a note', async () => {
    const timeline = textOf(
      await read(
        await unzip(await chart('timeline.pptx', `highlight=gov-cn-launch&note=${encodeURIComponent(NOTE)}`)),
        'ppt/slides/slide1.xml',
      ),
    );
    expect(timeline).toContain(NOTE);
    const modes = await read(await unzip(await chart('application-modes.pptx', 'lang=en&highlight=g2b-2')), 'ppt/slides/slide1.xml');
    expect(modes).toMatch(/<a:rPr[^>]* b="1"[^>]*>[\s\S]*?<a:t>2\. Electronic tax filing<\/a:t>/);
    const trends = await read(await unzip(await chart('trends.pptx', `note=${encodeURIComponent(NOTE)}`)), 'ppt/slides/slide1.xml');
    expect(textOf(trends)).toContain(NOTE);
  });

  test('refuses what images refuse, with the same message: an unknown id, a note over 200 characters', async () => {
    for (const query of ['highlight=nowhere', `note=${'x'.repeat(201)}`]) {
      const [pptx, png] = await Promise.all([
        chart('coverage.pptx', query),
        import('@/delivery/image-response').then(({ respondChartImage }) =>
          respondChartImage(new Request(`http://localhost/charts/coverage.png?${query}`), 'coverage.png'),
        ),
      ]);
      expect(pptx.status).toBe(400);
      expect(png.status).toBe(400);
      expect(((await pptx.json()) as { error: string }).error).toBe(((await png.json()) as { error: string }).error);
    }
  });
});

describe('GET /charts/{chart}.pptx', { timeout: 30_000 }, () => {
  test('is one slide with the chart, its notes and a file name in its language', async () => {
    const response = await chart('coverage.pptx', 'lang=en');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="coverage-en.pptx"; filename*=UTF-8\'\'Website%20coverage.pptx',
    );
    const zip = await unzip(response);
    expect(namesOf(zip, /^ppt\/slides\/slide\d+\.xml$/)).toHaveLength(1);
    const charts = namesOf(zip, /^ppt\/charts\/chart\d+\.xml$/);
    expect(charts).toHaveLength(1);
    expect(valuesOf(await read(zip, charts[0]!))).toEqual([96, 90, 94, 77]);
    expect(textOf(await read(zip, 'ppt/notesSlides/notesSlide1.xml'))).toContain('slide 58');
  });

  test('the timeline and the application modes are shapes and text, not pictures or charts', async () => {
    for (const file of ['timeline.pptx', 'application-modes.pptx']) {
      const zip = await unzip(await chart(file, 'lang=zh'));
      expect(namesOf(zip, /^ppt\/(charts|media)\//)).toEqual([]);
      expect((await read(zip, 'ppt/slides/slide1.xml')).match(/<p:sp>/g)!.length).toBeGreaterThan(10);
    }
  });

  test('an unknown chart is 404 listing the files there are; a bad lang is 400', async () => {
    const missing = await chart('overview.pptx');
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: string }).error).toContain('coverage.pptx');
    expect((await chart('coverage.pptx', 'lang=de')).status).toBe(400);
  });
});
