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
