import { describe, expect, test } from 'vitest';
import { getTimelineStepCss, getTimelineStepSelectors } from '@/lib/present/timeline-steps';

/** Two milestones of the first stage, one of the second. */
const STEPS = [
  { id: 'a', stage: 'early' },
  { id: 'b', stage: 'early' },
  { id: 'c', stage: 'late' },
];

describe('getTimelineStepSelectors', () => {
  test('step K hides the milestones after the K-th, and their ticks on the year strip, and points at the K-th', () => {
    const { hidden, current, caption } = getTimelineStepSelectors(STEPS, '.deck');
    expect(hidden).toEqual([
      '.deck[data-step="1"] :is(:is(.timeline-mark,.timeline-rug)[data-id="b"],:is(.timeline-mark,.timeline-rug)[data-id="c"])',
      '.deck[data-step="2"] :is(:is(.timeline-mark,.timeline-rug)[data-id="c"])',
    ]);
    expect(current[1]).toBe('.deck[data-step="2"] .timeline-mark[data-id="b"]');
    expect(caption[2]).toBe('.deck[data-step="3"] [data-caption="3"]');
  });

  test('the step after the last shows every milestone, none emphasised, under its own caption', () => {
    const { hidden, current, caption } = getTimelineStepSelectors(STEPS, '.deck');
    expect(hidden.some((selector) => selector.startsWith('.deck[data-step="4"]'))).toBe(false);
    expect(current.some((selector) => selector.startsWith('.deck[data-step="4"]'))).toBe(false);
    expect(caption[3]).toBe('.deck[data-step="4"] [data-caption="4"]');
    expect(getTimelineStepCss(STEPS, '.deck')).toContain('.deck[data-step="4"] .timeline-mark{opacity:1}');
  });

  test('each step shows the chart of its milestone’s stage; the last step shows none of them', () => {
    const { stageChart } = getTimelineStepSelectors(STEPS, '.deck');
    expect(stageChart).toEqual([
      '.deck[data-step="1"] [data-stage-chart="early"]',
      '.deck[data-step="2"] [data-stage-chart="early"]',
      '.deck[data-step="3"] [data-stage-chart="late"]',
    ]);
    const css = getTimelineStepCss(STEPS, '.deck');
    expect(css).toContain('.deck:not([data-step="4"]) .present-timeline-all{display:none}');
    expect(css).toContain('.deck[data-step="4"] .present-timeline-steps{display:none}');
  });

  test('quotes ids so that none can end the selector', () => {
    const { current } = getTimelineStepSelectors([{ id: 'x"]{}', stage: 'early' }], '.deck');
    expect(current[0]).toBe('.deck[data-step="1"] .timeline-mark[data-id="x\\"]{}"]');
  });
});

describe('getTimelineStepCss', () => {
  test('has one hiding rule, the emphasis and the captions', () => {
    const css = getTimelineStepCss(STEPS, '.deck');
    expect(css.match(/\{visibility:hidden\}/g)).toHaveLength(1);
    expect(css).toContain('[data-step="3"] .timeline-mark[data-id="c"] > .focus-ring');
    expect(css).toContain('[data-step="3"] [data-caption="3"],.deck[data-step="4"] [data-caption="4"]{visibility:visible}');
  });
});
