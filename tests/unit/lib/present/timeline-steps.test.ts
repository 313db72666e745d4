import { describe, expect, test } from 'vitest';
import { getTimelineStepCss, getTimelineStepSelectors } from '@/lib/present/timeline-steps';

const IDS = ['a', 'b', 'c'];

describe('getTimelineStepSelectors', () => {
  test('step K hides the milestones after the K-th and points at the K-th', () => {
    const { hidden, current, caption } = getTimelineStepSelectors(IDS, '.deck');
    expect(hidden).toEqual([
      '.deck[data-step="1"] :is(.timeline-mark[data-id="b"],.timeline-mark[data-id="c"])',
      '.deck[data-step="2"] :is(.timeline-mark[data-id="c"])',
    ]);
    expect(current[1]).toBe('.deck[data-step="2"] .timeline-mark[data-id="b"]');
    expect(caption[2]).toBe('.deck[data-step="3"] [data-caption="3"]');
  });

  test('the step after the last shows every milestone, none emphasised, under its own caption', () => {
    const { hidden, current, caption } = getTimelineStepSelectors(IDS, '.deck');
    expect(hidden.some((selector) => selector.startsWith('.deck[data-step="4"]'))).toBe(false);
    expect(current.some((selector) => selector.startsWith('.deck[data-step="4"]'))).toBe(false);
    expect(caption[3]).toBe('.deck[data-step="4"] [data-caption="4"]');
    expect(getTimelineStepCss(IDS, '.deck')).toContain('.deck[data-step="4"] .timeline-mark{opacity:1}');
  });

  test('quotes ids so that none can end the selector', () => {
    const { current } = getTimelineStepSelectors(['x"]{}'], '.deck');
    expect(current[0]).toBe('.deck[data-step="1"] .timeline-mark[data-id="x\\"]{}"]');
  });
});

describe('getTimelineStepCss', () => {
  test('has one hiding rule, the emphasis and the captions', () => {
    const css = getTimelineStepCss(IDS, '.deck');
    expect(css.match(/\{visibility:hidden\}/g)).toHaveLength(1);
    expect(css).toContain('[data-step="3"] .timeline-mark[data-id="c"] > .focus-ring');
    expect(css).toContain('[data-step="3"] [data-caption="3"],.deck[data-step="4"] [data-caption="4"]{visibility:visible}');
  });
});
