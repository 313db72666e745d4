import { describe, expect, test } from 'vitest';
import { describeTimeline } from '@/lib/charts/timeline/describe';
import { getTimelineSlides } from '@/lib/charts/timeline/items';
import { formatSlideRanges } from '@/lib/format';
import { getTranslator } from '@/lib/i18n/translator';
import { loadTimelineData } from './fixtures';

const data = await loadTimelineData();

describe('formatSlideRanges', () => {
  test('names the slides the rows come from as ranges', () => {
    expect(formatSlideRanges(getTimelineSlides(data), 'en')).toBe('46–58, 60');
    expect(formatSlideRanges(getTimelineSlides(data), 'zh')).toBe('46–58、60');
    expect(formatSlideRanges([3, 1, 2, 7], 'en')).toBe('1–3, 7');
  });
});

describe('describeTimeline', () => {
  test('says what the chart shows, from the rows, in English', async () => {
    expect(describeTimeline(data, 'en', await getTranslator('en', 'timeline'))).toBe(
      'Timeline of 20 events in China’s e-government from 1992 to 2006, in 3 stages: exploration 9 (1992–2002), development 8 (2002–2005), maturity 3 (2006).',
    );
  });

  test('and in Chinese', async () => {
    expect(describeTimeline(data, 'zh', await getTranslator('zh', 'timeline'))).toBe(
      '时间线：1992年至2006年中国电子政务的20个事件，分为3个阶段：摸索阶段9个（1992—2002年）、发展阶段8个（2002—2005年）、成熟阶段3个（2006年）。',
    );
  });
});
