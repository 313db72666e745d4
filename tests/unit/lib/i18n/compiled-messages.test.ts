import { describe, expect, test } from 'vitest';
import { compileMessages, pickMessages } from '@/lib/i18n/compiled-messages';
import { createCompiledTranslator } from '@/lib/i18n/format-compiled';
import { loadMessages } from '@/lib/i18n/messages';

describe('pickMessages', () => {
  test('keeps only the named parts, nested as they were', () => {
    const messages = {
      timeline: { explorer: { zoomIn: 'Zoom in' }, date: { year: '{year}' }, title: 'Timeline' },
      share: { label: 'Share' },
    };
    expect(pickMessages(messages, ['timeline.explorer', 'timeline.date'])).toEqual({
      timeline: { explorer: { zoomIn: 'Zoom in' }, date: { year: '{year}' } },
    });
    expect(pickMessages(messages, ['missing.part'])).toEqual({ missing: {} });
  });
});

describe('compiled messages in the browser', () => {
  test('the timeline explorer’s counts read naturally in English and Chinese', async () => {
    const paths = ['timeline.explorer', 'timeline.date'];
    const en = createCompiledTranslator('en', compileMessages(pickMessages(await loadMessages('en'), paths)));
    const zh = createCompiledTranslator('zh', compileMessages(pickMessages(await loadMessages('zh'), paths)));
    expect(en('timeline.explorer.matches', { count: 0 })).toBe('No events match');
    expect(en('timeline.explorer.matches', { count: 1 })).toBe('1 event matches');
    expect(en('timeline.explorer.matches', { count: 7 })).toBe('7 events match');
    expect(en('timeline.explorer.count', { shown: 3, total: 20 })).toBe('Showing 3 of 20 events');
    expect(en('timeline.date.month', { year: 2002, month: 8 })).toBe('Aug 2002');
    expect(zh('timeline.explorer.count', { shown: 3, total: 20 })).toMatch(/3.*20/);
    expect(zh('timeline.date.month', { year: 2002, month: 8 })).toBe('2002年8月');
  });

  test('messages compiled twice (by the build, then here) format the same', async () => {
    const once = compileMessages(pickMessages(await loadMessages('en'), ['timeline.explorer']));
    const twice = compileMessages(once as never);
    expect(createCompiledTranslator('en', twice)('timeline.explorer.outsideWindow', { count: 2 })).toBe(
      '2 matching events are outside the window',
    );
  });

  test('a missing key shows itself instead of breaking the page', () => {
    const t = createCompiledTranslator('en', compileMessages({ a: { b: 'B' } }));
    expect(t('a.b')).toBe('B');
    expect(t('a.c')).toBe('a.c');
    expect(t('a')).toBe('a');
  });
});
