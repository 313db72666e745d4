import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { TIMELINE_CATEGORIES, TIMELINE_STAGES } from '@/lib/charts/timeline/categories';
import { TIMELINE_DOMAIN } from '@/lib/charts/timeline/dates';
import { INITIAL_EXPLORER_STATE, type ExplorerState } from '@/lib/charts/timeline/explorer/state';
import { decodeExplorerState, encodeExplorerState } from '@/lib/charts/timeline/explorer/url';
import { clampDomain } from '@/lib/charts/timeline/explorer/zoom';

const roundTrip = (state: ExplorerState) => decodeExplorerState(new URLSearchParams(encodeExplorerState(state)));

describe('encodeExplorerState / decodeExplorerState', () => {
  test('the plain page has an empty query', () => {
    expect(encodeExplorerState(INITIAL_EXPLORER_STATE)).toBe('');
    expect(decodeExplorerState(new URLSearchParams(''))).toEqual(INITIAL_EXPLORER_STATE);
  });

  test('reads the documented example link', () => {
    const state = decodeExplorerState(
      new URLSearchParams('m=document-17&stage=development&category=policy,meeting&q=17&from=2001&to=2004'),
    );
    expect(state).toEqual({
      selected: 'document-17',
      stages: ['development'],
      categories: ['policy', 'meeting'],
      query: '17',
      domain: [2001, 2004],
      view: 'auto',
    });
    expect(encodeExplorerState(state)).toBe('m=document-17&stage=development&category=policy,meeting&q=17&from=2001&to=2004');
  });

  test('round-trips Chinese search text', () => {
    const state = { ...INITIAL_EXPLORER_STATE, query: '17号文件', selected: 'document-17' };
    const query = encodeExplorerState(state);
    expect(query).toContain('q=17%E5%8F%B7%E6%96%87%E4%BB%B6');
    expect(roundTrip(state)).toEqual(state);
  });

  test('reads a page’s searchParams object (repeated keys from a form too)', () => {
    expect(decodeExplorerState({ stage: ['exploration', 'maturity'], q: '“三金工程”', view: 'list' })).toMatchObject({
      stages: ['exploration', 'maturity'],
      query: '“三金工程”',
      view: 'list',
    });
  });

  test('drops what it does not know: unknown ids, stages, views, broken numbers', () => {
    const known = new Set(['document-17']);
    expect(decodeExplorerState(new URLSearchParams('m=nope&stage=golden&category=policy,x&from=abc&to=2004&view=3d'), known)).toEqual({
      ...INITIAL_EXPLORER_STATE,
      categories: ['policy'],
    });
    expect(decodeExplorerState(new URLSearchParams('m=<script>')).selected).toBeNull();
  });

  test('any state round-trips through the URL', () => {
    const state = fc.record({
      selected: fc.option(fc.constantFrom('document-17', 'gov-cn-launch', 'three-golden-projects'), { nil: null }),
      stages: fc.subarray([...TIMELINE_STAGES]),
      categories: fc.subarray([...TIMELINE_CATEGORIES]),
      query: fc.oneof(fc.constantFrom('', '17号文件', 'Document No. 17', 'a&b=c, d', '政府 上网'), fc.string({ maxLength: 20 })),
      domain: fc
        .tuple(fc.integer({ min: 0, max: 1600 }), fc.integer({ min: 25, max: 1600 }))
        .map(([start, span]) => clampDomain([TIMELINE_DOMAIN[0] + start / 100, TIMELINE_DOMAIN[0] + (start + span) / 100])),
      view: fc.constantFrom('auto', 'chart', 'list') as fc.Arbitrary<ExplorerState['view']>,
    });
    fc.assert(
      fc.property(state, (s) => {
        const expected = { ...s, query: s.query.trim() ? s.query : '' };
        expect(roundTrip(expected)).toEqual(expected);
      }),
    );
  });
});
