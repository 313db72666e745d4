import { describe, expect, test, vi } from 'vitest';
import { boxesIntersect } from '@/lib/charts/shared/box';
import type { PlacedText, PlacedUsPanel } from '@/lib/charts/united-states/types';
import { loadFixtureRows } from '../../../fixture-rows';

vi.mock('server-only', () => ({}));
const { layoutUnitedStates: layoutPanels } = await import('@/lib/charts/united-states/layout');
const { getUnitedStatesPanels } = await import('@/lib/charts/united-states/labels');
const { getTranslator } = await import('@/lib/i18n/translator');
const T = { zh: await getTranslator('zh', 'unitedStates'), en: await getTranslator('en', 'unitedStates') };
/** The chain the renderer runs: rows reshaped for a language, then laid out. */
const layoutUnitedStates = (data: typeof rows, { locale, ...size }: { width: number; height?: number; locale: 'zh' | 'en' }) =>
  layoutPanels(getUnitedStatesPanels(data, locale, T[locale]), size);

const rows = await loadFixtureRows('us-downsizing');
const { loadRows } = await import('@/lib/datasets/load');
/** The shipped data/, for the tests that pin the deck's own figures (named so). */
const shippedRows = loadRows('us-downsizing');
const panelTexts = (panel: PlacedUsPanel): PlacedText[] => [
  ...panel.headingLines,
  panel.value,
  ...panel.unitLines,
  ...(panel.plus ? [panel.plus] : []),
  ...panel.keyLines,
];
const inside = (inner: { x: number; y: number; width: number; height: number }, outer: typeof inner) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

describe('layoutUnitedStates(getUnitedStatesPanels(rows, locale, t), {width})', () => {
  test('gives each of the six figures a panel of its own, in the deck’s order, each with a different unit (pins the shipped data)', () => {
    const rows = shippedRows;
    const layout = layoutUnitedStates(rows, { width: 960, locale: 'en' });
    expect(layout.panels.map((p) => p.id)).toEqual(rows.map((r) => r.metric_id));
    expect(new Set(layout.panels.map((p) => p.unit)).size).toBe(6);
  });

  test('lays the panels out 3 × 2 on wide screens and in fewer columns on a phone', () => {
    expect(layoutUnitedStates(rows, { width: 960, locale: 'en' }).columns).toBe(3);
    expect(layoutUnitedStates(rows, { width: 360, locale: 'zh' }).columns).toBe(2);
    expect(layoutUnitedStates(rows, { width: 360, locale: 'en' }).columns).toBeLessThanOrEqual(2);
    const wide = layoutUnitedStates(rows, { width: 960, locale: 'en' }).panels;
    expect(new Set(wide.map((p) => p.frame.y)).size).toBe(2);
  });

  test('writes the numbers with the deck’s qualifiers: thousands separators in English (pins the shipped data)', () => {
    const rows = shippedRows;
    const panels = layoutUnitedStates(rows, { width: 960, locale: 'en' }).panels;
    expect(panels.map((p) => p.value.text)).toEqual(['240,000', '2,000+', 'nearly 200', 'US$118 billion', '16,000+', '31,000+']);
    expect(panels.map((p) => p.unitInline?.text ?? p.unitLines.map((l) => l.text).join(' '))).toEqual([
      'people',
      'offices',
      'programmes and agencies',
      '',
      'regulations',
      'rules',
    ]);
  });

  test('writes the numbers the Chinese way: 万 and 亿, 多 and 近 (pins the shipped data)', () => {
    const rows = shippedRows;
    const panels = layoutUnitedStates(rows, { width: 960, locale: 'zh' }).panels;
    expect(panels.map((p) => p.value.text + (p.unitInline?.text ?? p.unitLines.map((l) => l.text).join('')))).toEqual([
      '24万人',
      '2000多个办公室',
      '近200个项目和机构',
      '1180亿美元',
      '16000多项规章',
      '31000多项规定',
    ]);
  });

  test('draws each panel’s squares in its own unit, with a key saying what one square is (pins the shipped data)', () => {
    const rows = shippedRows;
    const panels = layoutUnitedStates(rows, { width: 960, locale: 'en' }).panels;
    expect(panels.map((p) => p.squares.length)).toEqual([24, 20, 20, 12, 16, 31]);
    expect(panels.map((p) => p.keyLines.map((l) => l.text).join(' '))).toEqual([
      '= 10,000 people',
      '= 100 offices',
      '= 10 programmes and agencies',
      '= US$10 billion',
      '= 1,000 regulations',
      '= 1,000 rules',
    ]);
    const spending = panels[3]!;
    expect(spending.squares.at(-1)!.width / spending.squares[0]!.width).toBeCloseTo(0.8, 1);
    expect(spending.squareOutlines).toHaveLength(1);
    expect(panels.map((p) => p.plus !== null)).toEqual([false, true, false, false, true, true]);
  });

  test.each([320, 360, 768, 960, 1440, 1920])('keeps every text inside its panel and apart from the others at %i', (width) => {
    for (const locale of ['zh', 'en'] as const) {
      const layout = layoutUnitedStates(rows, { width, locale });
      for (const panel of layout.panels) {
        expect(panel.frame.x + panel.frame.width).toBeLessThanOrEqual(width);
        const texts = panelTexts(panel);
        for (const text of texts) expect(inside(text.box, panel.frame), text.text).toBe(true);
        for (const square of panel.squares) expect(inside(square, panel.frame)).toBe(true);
        for (let i = 0; i < texts.length; i++)
          for (let j = i + 1; j < texts.length; j++)
            expect(boxesIntersect(texts[i]!.box, texts[j]!.box), `${texts[i]!.text} / ${texts[j]!.text}`).toBe(false);
      }
      for (let i = 0; i < layout.panels.length; i++)
        for (let j = i + 1; j < layout.panels.length; j++)
          expect(boxesIntersect(layout.panels[i]!.frame, layout.panels[j]!.frame)).toBe(false);
    }
  });

  test('fills an exact image size with larger type on wide images', () => {
    const image = layoutUnitedStates(rows, { width: 1920, height: 1080, locale: 'en' });
    expect(image.height).toBe(1080);
    expect(image.fontSize).toBeGreaterThanOrEqual(24);
    for (const panel of image.panels) expect(panel.frame.y + panel.frame.height).toBeLessThanOrEqual(1080);
    const tight = layoutUnitedStates(rows, { width: 1024, height: 400, locale: 'zh' });
    for (const panel of tight.panels) expect(panel.frame.y + panel.frame.height).toBeLessThanOrEqual(400);
  });

  test('at a large-text image’s floor, fits a 4:3 slide by shrinking the squares, not the text', () => {
    const size = { width: 954, height: 410, minFontSize: 16 };
    const image = layoutPanels(getUnitedStatesPanels(rows, 'en', T.en), size);
    expect(image.height).toBe(410);
    for (const panel of image.panels) {
      expect(panel.frame.y + panel.frame.height).toBeLessThanOrEqual(410);
      for (const text of panelTexts(panel)) expect(text.fontSize).toBeGreaterThanOrEqual(16);
    }
    const roomy = layoutPanels(getUnitedStatesPanels(rows, 'en', T.en), { ...size, height: 900 });
    expect(image.panels[0]!.squares[0]!.height).toBeLessThan(roomy.panels[0]!.squares[0]!.height);
  });
});
