import { describe, expect, test, vi } from 'vitest';
import { loadFixtureRows } from '../../../fixture-rows';

vi.mock('server-only', () => ({}));
const { toUnitedStatesPptx } = await import('@/lib/charts/united-states/pptx');
const { getTranslator } = await import('@/lib/i18n/translator');

const rows = await loadFixtureRows('us-downsizing');

describe('toUnitedStatesPptx(rows, locale, t)', () => {
  test('gives every figure a chart of its own, holding the deck’s number, with no axis shared', async () => {
    const { body } = toUnitedStatesPptx(rows, 'en', await getTranslator('en', 'unitedStates'));
    if (body.kind !== 'panels') throw new Error(body.kind);
    expect(body.panels.map((panel) => panel.chart!.series[0]!.values)).toEqual(rows.map((row) => [row.value]));
    expect(body.panels.every((panel) => panel.chart!.hideValueAxis)).toBe(true);
    expect(body.panels[0]!.heading).toBe('Federal employees cut a');
    expect(body.panels[1]!.lines).toEqual(['2,000+ offices']);
  });

  test('words the figures in Chinese as the deck does', async () => {
    const { body } = toUnitedStatesPptx(rows, 'zh', await getTranslator('zh', 'unitedStates'));
    if (body.kind !== 'panels') throw new Error(body.kind);
    expect(body.panels[0]!.lines).toEqual(['24万人']);
  });
});
