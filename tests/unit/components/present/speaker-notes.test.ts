import { expect, test, vi } from 'vitest';
import { toSpeakerNotesText } from '@/lib/present/speaker-notes';

vi.mock('server-only', () => ({}));
const { loadDeckSlides } = await import('@/components/present/deck-slides');

test.each(['zh', 'en'] as const)('loadDeckSlides(%s) gives every slide speaker notes with a summary', async (locale) => {
  for (const slide of await loadDeckSlides(locale)) {
    expect(slide.speakerNotes?.summary, slide.id).toMatch(/\S{4}/);
  }
});

test('the chart slides’ speaker notes cite the deck’s slides and carry the inconsistencies the deck’s data notes', async () => {
  const slides = new Map((await loadDeckSlides('en')).map((slide) => [slide.id, slide.speakerNotes!]));
  const coverage = slides.get('coverage')!;
  expect(coverage.source).toMatch(/slide 58/);
  expect(coverage.summary).toMatch(/Prefecture-level cities/);
  expect(coverage.notes.map((note) => note.text).join(' ')).toMatch(/2,000-plus/);
  const france = slides.get('france')!;
  expect(france.source).toMatch(/slide 41/);
  const franceNotes = france.notes.map((note) => note.text).join(' ');
  expect(franceNotes).toMatch(/38\.9/);
  expect(franceNotes).toMatch(/40\.6/);
  expect(franceNotes).toMatch(/GDP/);
  expect(slides.get('stages')!.source).toMatch(/slides 46/);
});

test('toSpeakerNotesText(notes) writes the summary, the source and each note with its marker as plain text', () => {
  const text = toSpeakerNotesText(
    { summary: 'What it shows.', source: 'Source: the deck, slide 41', notes: [{ marker: '1', text: 'A <b>unit</b> slip.' }] },
    'Notes:',
  );
  expect(text).toBe('What it shows.\n\nSource: the deck, slide 41\n\nNotes:\n1 A <b>unit</b> slip.');
});

test.each(['zh', 'en'] as const)(
  'the application modes (%s) come a mode a step, each with what to say at it, then the whole tree',
  async (locale) => {
    const slide = (await loadDeckSlides(locale)).find((s) => s.id === 'application-modes')!;
    expect(slide.steps).toBe(4);
    expect(slide.stepLabels).toHaveLength(4);
    const steps = slide.speakerNotes!.steps!;
    expect(steps).toHaveLength(4);
    // Each mode's step: its name, its slide in the deck, its definition and every system under it.
    const [g2g, g2b, g2c, whole] = steps;
    expect(g2g).toMatch(/G2G/);
    expect(g2g).toMatch(/26/);
    expect(g2b).toMatch(/G2B/);
    expect(g2c).toMatch(/G2C/);
    expect(g2c).toContain(locale === 'en' ? 'Electronic ID and certificate services' : '电子证件服务');
    expect(whole).toMatch(/G2G.*7.*G2B.*4.*G2C.*8/);
    // The deck's slip on slide 28 stays in the slide's notes.
    expect(slide.speakerNotes!.notes.map((note) => note.text).join(' ')).toMatch(/28/);
  },
);
