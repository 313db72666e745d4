import { describe, expect, test, vi } from 'vitest';
import { loadFixtureRows } from '../../../fixture-rows';

vi.mock('server-only', () => ({}));
const { toApplicationModesPptx } = await import('@/lib/charts/application-modes/pptx');

const rows = await loadFixtureRows('application-modes');

describe('toApplicationModesPptx(rows, locale)', () => {
  test('is a column per mode with its definition and its systems in the deck’s numbering', () => {
    const { body } = toApplicationModesPptx(rows, 'en');
    if (body.kind !== 'columns') throw new Error(body.kind);
    const modes = [...new Set(rows.map((row) => row.mode_id))];
    expect(body.columns).toHaveLength(modes.length);
    const first = rows.filter((row) => row.mode_id === modes[0]).sort((a, b) => a.item_no - b.item_no);
    expect(body.columns[0]!.heading).toBe(first[0]!.mode_en);
    expect(body.columns[0]!.items).toEqual(first.map((row) => `${row.item_no}. ${row.system_en}`));
  });
});
