import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { BASE_URL } from './server';

const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

async function open(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe(PPTX_TYPE);
  expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="[a-z-]+\.pptx"; filename\*=UTF-8''/);
  return JSZip.loadAsync(await response.arrayBuffer());
}
const count = (zip: JSZip, pattern: RegExp) => Object.keys(zip.files).filter((name) => pattern.test(name)).length;

describe('PowerPoint files on the production server', () => {
  test('/api/lecture.pptx is the lecture with native charts and notes, its last slide naming the public origin', async () => {
    const zip = await open(
      await fetch(`${BASE_URL}/api/lecture.pptx?lang=zh`, {
        headers: { 'x-forwarded-host': 'dash.example.edu', 'x-forwarded-proto': 'https' },
      }),
    );
    const slides = count(zip, /^ppt\/slides\/slide\d+\.xml$/);
    expect(slides).toBeGreaterThanOrEqual(7);
    expect(count(zip, /^ppt\/notesSlides\/notesSlide\d+\.xml$/)).toBe(slides);
    expect(count(zip, /^ppt\/charts\/chart\d+\.xml$/)).toBeGreaterThanOrEqual(3);
    expect(await zip.file(`ppt/slides/slide${slides}.xml`)!.async('string')).toContain('https://dash.example.edu/zh');
    expect((await fetch(`${BASE_URL}/api/lecture.pptx?lang=fr`)).status).toBe(400);
  });

  test('/charts/trends.pptx is a native line chart of the data’s values, its notes citing the sources; it follows the view', async () => {
    const zip = await open(await fetch(`${BASE_URL}/charts/trends.pptx?lang=en`));
    const chart = await zip.file(Object.keys(zip.files).find((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name))!)!.async('string');
    expect(chart).toContain('<c:lineChart>');
    expect(chart).toContain('<c:v>China</c:v>');
    expect(chart).toContain('<c:v>2023</c:v>');
    // China's 2023 share, from data/internet-users.csv.
    expect(chart).toMatch(/<c:v>77\.\d+<\/c:v>/);
    const notes = await zip.file('ppt/notesSlides/notesSlide1.xml')!.async('string');
    expect(notes).toContain('ITU');
    expect(notes).toContain('CC BY 4.0');
    const view = await open(await fetch(`${BASE_URL}/charts/trends.pptx?lang=en&countries=CHN,SGP&from=2000`));
    const viewChart = await view.file(Object.keys(view.files).find((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name))!)!.async('string');
    expect([...viewChart.matchAll(/<c:ser>/g)]).toHaveLength(2);
    expect(viewChart).not.toContain('<c:v>1999</c:v>');
    expect((await fetch(`${BASE_URL}/charts/trends.pptx?from=1800`)).status).toBe(400);
  });

  test('/charts/coverage.pptx?highlight=…&note=… gives the highlighted bar its own colour and the note a text box', async () => {
    const note = 'Prefecture-level cities: ahead of the provinces';
    const zip = await open(
      await fetch(`${BASE_URL}/charts/coverage.pptx?lang=en&highlight=prefecture-cities&note=${encodeURIComponent(note)}`),
    );
    const chart = await zip.file(Object.keys(zip.files).find((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name))!)!.async('string');
    const colours = [...chart.matchAll(/<c:dPt>[\s\S]*?<a:srgbClr val="([0-9A-F]{6})"/g)].map((m) => m[1]);
    expect(colours).toHaveLength(4);
    expect(new Set(colours).size).toBe(2);
    expect(await zip.file('ppt/slides/slide1.xml')!.async('string')).toContain(note);
    expect((await fetch(`${BASE_URL}/charts/coverage.pptx?highlight=nowhere`)).status).toBe(400);
  });

  test('/charts/{chart}.pptx is one slide, with its Content-Length; an unknown chart is 404', async () => {
    const response = await fetch(`${BASE_URL}/charts/united-states.pptx?lang=en`);
    const length = response.headers.get('content-length');
    const bytes = await response.clone().arrayBuffer();
    expect(length).toBe(String(bytes.byteLength));
    const zip = await open(response);
    expect(count(zip, /^ppt\/slides\/slide\d+\.xml$/)).toBe(1);
    expect((await fetch(`${BASE_URL}/charts/nothing.pptx`)).status).toBe(404);
  });
});
