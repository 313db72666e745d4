import { describe, expect, test } from 'vitest';
import { TIMELINE_DOMAIN } from '@/lib/charts/timeline/dates';
import { INITIAL_EXPLORER_STATE as S, explorerReducer as reduce } from '@/lib/charts/timeline/explorer/state';
import { MIN_SPAN, clampDomain, revealTime, zoomDomain } from '@/lib/charts/timeline/explorer/zoom';

describe('explorerReducer: filters', () => {
  test('toggleStage adds a stage, and removes it the second time', () => {
    const once = reduce(S, { type: 'toggleStage', stage: 'development' });
    expect(once.stages).toEqual(['development']);
    expect(reduce(once, { type: 'toggleStage', stage: 'development' }).stages).toEqual([]);
  });

  test('filters and search combine, and clearFilters drops them all but keeps zoom and selection', () => {
    let state = reduce(S, { type: 'toggleCategory', category: 'policy' });
    state = reduce(state, { type: 'setQuery', query: '17' });
    state = reduce(state, { type: 'select', id: 'document-17' });
    state = reduce(state, { type: 'setDomain', domain: [2001, 2004] });
    expect(state).toMatchObject({ categories: ['policy'], query: '17', selected: 'document-17' });
    const cleared = reduce(state, { type: 'clearFilters' });
    expect(cleared).toMatchObject({ stages: [], categories: [], query: '', selected: 'document-17', domain: [2001, 2004] });
  });

  test('select returns the same state object when nothing changes (no extra history entry)', () => {
    const selected = reduce(S, { type: 'select', id: 'document-17' });
    expect(reduce(selected, { type: 'select', id: 'document-17' })).toBe(selected);
  });
});

describe('explorerReducer: zoom', () => {
  test('zoom in halves the window around its centre; reset restores the full axis', () => {
    const zoomed = reduce(S, { type: 'zoom', factor: 2 });
    expect(zoomed.domain).toEqual([1995.5, 2003.5]);
    expect(reduce(zoomed, { type: 'resetZoom' }).domain).toEqual(TIMELINE_DOMAIN);
  });

  test('zoom keeps the point under the pointer in place', () => {
    const [from, to] = zoomDomain([2000, 2004], 4, 2003);
    expect((2003 - from) / (to - from)).toBeCloseTo(0.75);
    expect(to - from).toBeCloseTo(1);
  });

  test('the window never leaves the axis nor gets narrower than MIN_SPAN', () => {
    expect(reduce(S, { type: 'pan', by: -5 }).domain).toEqual(TIMELINE_DOMAIN);
    const narrow = reduce(S, { type: 'zoom', factor: 1000 });
    expect(narrow.domain[1] - narrow.domain[0]).toBeCloseTo(MIN_SPAN);
    expect(clampDomain([2007, 2010])).toEqual([2004.5, 2007.5]);
    expect(clampDomain([2004, 2001])).toEqual([2001, 2004]);
  });

  test('reveal pans just enough to bring a date into view, keeping the width', () => {
    expect(revealTime([2001, 2004], 2002)).toEqual([2001, 2004]);
    const moved = revealTime([2001, 2004], 2005.5);
    expect(moved[1] - moved[0]).toBeCloseTo(3);
    expect(moved[1]).toBeGreaterThan(2005.5);
    expect(reduce({ ...S, domain: [2001, 2004] }, { type: 'reveal', time: 1992.5 }).domain[0]).toBeLessThan(1992.5);
  });
});
