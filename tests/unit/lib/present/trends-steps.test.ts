import { describe, expect, test } from 'vitest';
import { getTrendsStepCss } from '@/lib/present/trends-steps';

describe('getTrendsStepCss', () => {
  test('hides every step’s parts but the current step’s', () => {
    const css = getTrendsStepCss(3, '.deck');
    expect(css).toContain('.deck [data-trends-step]{display:none}');
    expect(css).toContain(
      '.deck[data-step="1"] [data-trends-step="1"],.deck[data-step="2"] [data-trends-step="2"],.deck[data-step="3"] [data-trends-step="3"]{display:contents}',
    );
  });
});
