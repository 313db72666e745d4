import { describe, expect, test } from 'vitest';
import { getChartStepCss } from '@/lib/present/chart-steps';

describe('getChartStepCss', () => {
  test('hides every step’s parts but the current step’s', () => {
    const css = getChartStepCss(3, '.deck');
    expect(css).toContain('.deck [data-chart-step]{display:none}');
    expect(css).toContain(
      '.deck[data-step="1"] [data-chart-step="1"],.deck[data-step="2"] [data-chart-step="2"],.deck[data-step="3"] [data-chart-step="3"]{display:contents}',
    );
  });
});
