import { describe, expect, test } from 'vitest';
import { getChartPptxPath, getLecturePptxPath, parsePptxParams } from '@/lib/pptx/params';

describe('parsePptxParams(query)', () => {
  test('takes lang, Chinese by default', () => {
    expect(parsePptxParams(new URLSearchParams(''))).toEqual({ ok: true, locale: 'zh', view: new URLSearchParams() });
    expect(parsePptxParams(new URLSearchParams('lang=en'))).toEqual({ ok: true, locale: 'en', view: new URLSearchParams() });
  });

  test('refuses an unknown lang, another parameter or lang twice, saying why', () => {
    expect(parsePptxParams(new URLSearchParams('lang=EN'))).toEqual({ ok: false, error: 'Unknown lang "EN": use zh or en.' });
    expect(parsePptxParams(new URLSearchParams('lang=en&theme=dark'))).toEqual({
      ok: false,
      error: 'Unknown parameter "theme": a PowerPoint file takes only lang.',
    });
    expect(parsePptxParams(new URLSearchParams('lang=en&lang=zh'))).toMatchObject({ ok: false });
    expect(parsePptxParams(new URLSearchParams('__proto__=x'))).toMatchObject({ ok: false });
  });

  test('takes a chart’s view where its file follows its page, each parameter once', () => {
    const viewParams = ['countries', 'axis', 'from', 'to'];
    const parsed = parsePptxParams(new URLSearchParams('lang=en&countries=CHN,SGP&from=1995'), { viewParams });
    expect(parsed).toMatchObject({ ok: true, locale: 'en' });
    expect(parsed.ok && parsed.view.toString()).toBe('countries=CHN%2CSGP&from=1995');
    expect(parsePptxParams(new URLSearchParams('from=1995&from=1996'), { viewParams })).toEqual({
      ok: false,
      error: 'Parameter "from" is given more than once.',
    });
    expect(parsePptxParams(new URLSearchParams('m=x'), { viewParams })).toEqual({
      ok: false,
      error: 'Unknown parameter "m": a PowerPoint file takes lang, countries, axis, from, to.',
    });
    expect(parsePptxParams(new URLSearchParams('from=1995'))).toMatchObject({ ok: false });
  });

  test('takes highlight and note for a chart’s file, once each, leaving their check to the chart', () => {
    const parsed = parsePptxParams(new URLSearchParams('highlight=provinces&note=Look'), { annotated: true });
    expect(parsed).toMatchObject({ ok: true, annotation: { highlight: 'provinces', note: 'Look' } });
    expect(parsePptxParams(new URLSearchParams('note=a&note=b'), { annotated: true })).toEqual({
      ok: false,
      error: 'Parameter "note" is given more than once.',
    });
    expect(parsePptxParams(new URLSearchParams('highlight=provinces'))).toEqual({
      ok: false,
      error: 'Unknown parameter "highlight": a PowerPoint file takes only lang.',
    });
  });

  test('paths for links: the lecture and one chart, in a language', () => {
    expect(getLecturePptxPath('en')).toBe('/api/lecture.pptx?lang=en');
    expect(getChartPptxPath('coverage', 'zh')).toBe('/charts/coverage.pptx?lang=zh');
    expect(getChartPptxPath('trends', 'en', 'countries=CHN,SGP')).toBe('/charts/trends.pptx?lang=en&countries=CHN,SGP');
  });
});
