import { describe, expect, test } from 'vitest';
import { INITIAL_EXPLORER_STATE as S } from '@/lib/charts/timeline/explorer/state';
import { findMatches, getNeighbour, getVisibleItems, normaliseSearchText } from '@/lib/charts/timeline/explorer/filter';
import { getSearchIndex } from '@/lib/charts/timeline/explorer/search-index';
import { loadTimelineData, loadTimelineInput } from '../fixtures';

const data = await loadTimelineData();
const index = getSearchIndex(data.milestones);
const { items } = await loadTimelineInput('en');
const ids = (list: { id: string }[]) => list.map((item) => item.id);

describe('getVisibleItems', () => {
  test.each(['17号文件', 'Document No. 17', 'document no. 17', '１７号文件'])('search "%s" finds Document No. 17', (query) => {
    expect(ids(getVisibleItems(items, { ...S, query }, index))).toContain('document-17');
  });

  test('searches summaries as well as titles, in both languages', () => {
    expect(ids(getVisibleItems(items, { ...S, query: 'Golden Shield' }, index))).toEqual(['leading-group-first-meeting']);
    expect(ids(getVisibleItems(items, { ...S, query: '金盾' }, index))).toEqual(['leading-group-first-meeting']);
  });

  test('stage, category and search combine', () => {
    const meetings = getVisibleItems(items, { ...S, stages: ['development'], categories: ['meeting'] }, index);
    expect(meetings).toHaveLength(7);
    expect(ids(getVisibleItems(items, { ...S, stages: ['development'], categories: ['meeting'], query: 'Hangzhou' }, index))).toEqual([
      'first-egov-forum',
    ]);
    expect(getVisibleItems(items, S, index)).toHaveLength(20);
  });
});

describe('search helpers', () => {
  test('normaliseSearchText folds case, width and spaces', () => {
    expect(normaliseSearchText('  Document\u3000No.  １７ ')).toBe('document no. 17');
  });

  test('findMatches gives the ranges to highlight', () => {
    expect(findMatches('Document No. 17: document', 'DOCUMENT')).toEqual([
      [0, 8],
      [17, 25],
    ]);
    expect(findMatches('anything', '  ')).toEqual([]);
  });

  test('getNeighbour steps through the visible list and stops at the ends', () => {
    const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(getNeighbour(list, 'b', 1)?.id).toBe('c');
    expect(getNeighbour(list, 'c', 1)?.id).toBe('c');
    expect(getNeighbour(list, 'a', -1)?.id).toBe('a');
    expect(getNeighbour(list, null, 1)?.id).toBe('a');
    expect(getNeighbour(list, null, -1)?.id).toBe('c');
    expect(getNeighbour([], 'a', 1)).toBeNull();
  });
});
