import { describe, expect, test, vi } from 'vitest';
import { loadFixtureRows } from '../../fixture-rows';

vi.mock('server-only', () => ({}));
const { getChartSpeakerNotes, toClosingSlide, toStagesSlide, toTitleSlide } = await import('@/lib/pptx/slides');
const { getTranslator } = await import('@/lib/i18n/translator');

const T = { en: await getTranslator('en', 'present'), zh: await getTranslator('zh', 'present') };
const TP = { en: await getTranslator('en', 'pptx'), zh: await getTranslator('zh', 'pptx') };

describe('getChartSpeakerNotes({description, subtitle, source, notes}, tp)', () => {
  test('says what the chart shows, where it comes from, then each note by its marker', () => {
    const notes = getChartSpeakerNotes(
      {
        description: 'Bars of four shares.',
        subtitle: 'The lower, the fewer.',
        source: 'Source: the deck, slide 58',
        notes: [
          { marker: 'a', text: 'First note.' },
          { marker: 'b', text: 'Second note.' },
        ],
      },
      TP.en,
    );
    expect(notes.split('\n\n')).toEqual([
      'Bars of four shares.',
      'The lower, the fewer.',
      'Source: the deck, slide 58',
      'Notes on the deck’s figures:\na. First note.\nb. Second note.',
    ]);
  });

  test('leaves out the notes’ heading where there are none', () => {
    expect(getChartSpeakerNotes({ description: 'D.', source: 'S.', notes: [] }, TP.en)).toBe('D.\n\nS.');
  });
});

describe('toStagesSlide(stages, source, locale, t, tp)', () => {
  test('is a column per stage in order, with its period and its slide, and notes naming all three', async () => {
    const stages = await loadFixtureRows('stages');
    const slide = toStagesSlide([...stages].reverse(), 'Source: the deck, slides 46, 51, 56', 'en', T.en, TP.en);
    if (slide.body.kind !== 'columns') throw new Error(slide.body.kind);
    expect(slide.body.columns.map((column) => column.heading)).toEqual(['Exploration', 'Development', 'Maturity']);
    expect(slide.body.columns.map((column) => column.subheading)).toEqual(['1992 – Aug 2002', 'Aug 2002 – Dec 2005', 'from Jan 2006']);
    expect(slide.body.columns[0]!.foot).toBe(`The deck, slide ${stages[0]!.source_slide}`);
    expect(slide.notes).toContain('three stages: Exploration (1992 – Aug 2002); Development');
    expect(slide.notes).toContain('Source: the deck, slides 46, 51, 56');
  });
});

describe('toTitleSlide and toClosingSlide', () => {
  test('the title slide has the course, heading and notes in Chinese', () => {
    const slide = toTitleSlide(T.zh, TP.zh);
    expect(slide.body).toMatchObject({ kind: 'title', heading: '中国电子政务的发展' });
    expect(slide.notes).toContain('课件');
  });

  test('the closing slide gives the site’s and the data’s full addresses, on the slide and in the notes', () => {
    const slide = toClosingSlide(
      [{ title: 'Stages', source: 'Source: the deck, slides 46, 51, 56' }],
      { siteUrl: 'https://dash.example.edu/en', dataUrl: 'https://dash.example.edu/en/data' },
      T.en,
      TP.en,
    );
    expect(slide.body).toMatchObject({
      kind: 'closing',
      site: { url: 'https://dash.example.edu/en' },
      data: { url: 'https://dash.example.edu/en/data' },
      parts: [{ title: 'Stages' }],
    });
    expect(slide.notes).toContain('https://dash.example.edu/en');
  });
});
