import { describe, expect, test } from 'vitest';
import { getChartPptxPath, getLecturePptxPath, parsePptxParams } from '@/lib/pptx/params';

describe('parsePptxParams(query)', () => {
  test('takes lang, Chinese by default', () => {
    expect(parsePptxParams(new URLSearchParams(''))).toEqual({ ok: true, locale: 'zh' });
    expect(parsePptxParams(new URLSearchParams('lang=en'))).toEqual({ ok: true, locale: 'en' });
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

  test('paths for links: the lecture and one chart, in a language', () => {
    expect(getLecturePptxPath('en')).toBe('/api/lecture.pptx?lang=en');
    expect(getChartPptxPath('coverage', 'zh')).toBe('/charts/coverage.pptx?lang=zh');
  });
});
