import { describe, expect, test } from 'vitest';
import { INITIAL_EXPLORER_STATE as S } from '@/lib/charts/timeline/explorer/state';
import { findMatches, getNeighbour, getVisibleItems, matchesQuery, normaliseSearchText } from '@/lib/charts/timeline/explorer/filter';
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

  test.each(['十七号文件', '第17号文件', '中办发〔2002〕17号', 'Document 17', 'document no.17', 'Doc. 17', 'doc 17'])(
    'the shipped aliases let "%s" find Document No. 17, and only it',
    (query) => {
      expect(ids(getVisibleItems(items, { ...S, query }, index))).toEqual(['document-17']);
    },
  );

  test('the shipped aliases find gov.cn by its everyday names', () => {
    for (const query of ['中国政府网', 'www.gov.cn']) {
      expect(ids(getVisibleItems(items, { ...S, query }, index))).toEqual(['gov-cn-launch']);
    }
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

describe('getSearchIndex', () => {
  const row = data.milestones.find((milestone) => milestone.id === 'government-online-project')!;

  test('each alias is searched on its own: a query never matches across two of them', () => {
    const aliased = getSearchIndex([{ ...row, aliases: 'Gov Online|政府上网 1999' }]);
    expect(matchesQuery(aliased, row.id, 'gov online')).toBe(true);
    expect(matchesQuery(aliased, row.id, '政府上网 1999')).toBe(true);
    expect(matchesQuery(aliased, row.id, 'online|政府')).toBe(false);
  });

  test('a milestone without aliases is found by its titles and summaries alone', () => {
    const plain = getSearchIndex([{ ...row, aliases: null }]);
    expect(matchesQuery(plain, row.id, 'Government Online Project')).toBe(true);
    expect(matchesQuery(plain, row.id, 'Gov Online')).toBe(false);
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
