import { describe, expect, test, vi } from 'vitest';
import { loadFixtureRows } from '../../fixture-rows';

vi.mock('server-only', () => ({}));
const { toChartSlide, toClosingSlide, toStagesSlide, toTitleSlide } = await import('@/lib/pptx/slides');
const { getTranslator } = await import('@/lib/i18n/translator');

const T = { en: await getTranslator('en', 'present'), zh: await getTranslator('zh', 'present') };

describe('toStagesSlide(stages, source, locale, t, notes)', () => {
  test('is a column per stage in order, with its period and its slide', async () => {
    const stages = await loadFixtureRows('stages');
    const slide = toStagesSlide([...stages].reverse(), 'Source: the deck, slides 46, 51, 56', 'en', T.en, 'Notes.');
    if (slide.body.kind !== 'columns') throw new Error(slide.body.kind);
    expect(slide.body.columns.map((column) => column.heading)).toEqual(['Exploration', 'Development', 'Maturity']);
    expect(slide.body.columns.map((column) => column.subheading)).toEqual(['1992 – Aug 2002', 'Aug 2002 – Dec 2005', 'from Jan 2006']);
    expect(slide.body.columns[0]!.foot).toBe(`The deck, slide ${stages[0]!.source_slide}`);
    expect(slide).toMatchObject({ source: 'Source: the deck, slides 46, 51, 56', notes: 'Notes.' });
  });
});

describe('toChartSlide(id, text, content, notes)', () => {
  test('keeps the images’ subtitle unless the content leaves it out', () => {
    const text = { title: 'T', subtitle: 'S', source: 'Source: the deck, slide 58' };
    const body = { kind: 'columns' as const, columns: [] };
    expect(toChartSlide('c', text, { body }, 'N.')).toMatchObject({ title: 'T', subtitle: 'S', source: text.source, notes: 'N.' });
    expect(toChartSlide('c', text, { body, subtitle: null }, 'N.').subtitle).toBeUndefined();
  });
});

describe('toTitleSlide and toClosingSlide', () => {
  test('the title slide has the course and heading in Chinese', () => {
    const slide = toTitleSlide(T.zh, '开场');
    expect(slide.body).toMatchObject({ kind: 'title', heading: '中国电子政务的发展' });
    expect(slide.notes).toBe('开场');
  });

  test('the closing slide gives the site’s and the data’s full addresses', () => {
    const slide = toClosingSlide(
      [{ title: 'Stages', source: 'Source: the deck, slides 46, 51, 56' }],
      { siteUrl: 'https://dash.example.edu/en', dataUrl: 'https://dash.example.edu/en/data' },
      T.en,
      'Closing.',
    );
    expect(slide.body).toMatchObject({
      kind: 'closing',
      site: { url: 'https://dash.example.edu/en' },
      data: { url: 'https://dash.example.edu/en/data' },
      parts: [{ title: 'Stages' }],
    });
  });
});
