import { describe, expect, test, vi } from 'vitest';
import { toDefinitionMatrix, toDefinitions } from '@/lib/concepts/definitions';
import { loadFixtureRows } from '../../fixture-rows';

vi.mock('server-only', () => ({}));

const rows = await loadFixtureRows('definitions');
const elements = await loadFixtureRows('definition-elements');

describe('toDefinitions', () => {
  test('reads each definition once in the page’s language, in the deck’s order, with its elements', () => {
    const en = toDefinitions([...rows].reverse(), elements, 'en');
    expect(en.map((d) => [d.id, d.short, d.date, d.slide])).toEqual([
      ['world-bank', 'World Bank', '2001-11', 13],
      ['un', 'UN', '2003', 14],
    ]);
    expect(en[0]?.work).toBe('“E-Government and the World Bank”');
    expect(en[0]?.elements.map((e) => e.id)).toEqual(['ict', 'services', 'transparency']);
    expect(en[1]?.note).toMatch(/Slide 44/);
    const zh = toDefinitions(rows, elements, 'zh');
    expect(zh[0]?.source).toBe('世界银行');
    expect(zh[0]?.elements[0]?.phrase).toBe('一套信息和通讯系统');
  });

  test('an element row naming no known definition is left out, not shown under another', () => {
    const stray = { ...elements[0]!, definition_id: 'nobody' };
    const definitions = toDefinitions(rows, [...elements, stray], 'en');
    expect(definitions.flatMap((d) => d.elements)).toHaveLength(elements.length);
  });
});

describe('toDefinitionMatrix', () => {
  test('a column per definition, a row per element stressed, the most shared first, and the words in each cell', () => {
    const matrix = toDefinitionMatrix(toDefinitions(rows, elements, 'en'));
    expect(matrix.columns.map((c) => c.short)).toEqual(['World Bank', 'UN']);
    expect(matrix.rows.map((r) => [r.element, r.count])).toEqual([
      ['ict', 2],
      ['transparency', 2],
      ['services', 1],
    ]);
    expect(matrix.rows[2]?.cells).toEqual(['improve the quality of government services', null]);
  });

  test('elements no definition stresses get no row', () => {
    const matrix = toDefinitionMatrix(toDefinitions(rows, [], 'en'));
    expect(matrix.rows).toEqual([]);
    expect(matrix.columns).toHaveLength(2);
  });
});
