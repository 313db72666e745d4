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
