import { describe, expect, test, vi } from 'vitest';
import { layoutApplicationModes as layoutRows, type ApplicationModesLayout } from '@/lib/charts/application-modes/layout';
import { getTranslator } from '@/lib/i18n/translator';
import type { Box } from '@/lib/charts/application-modes/types';
import { loadFixtureRows } from '../../../fixture-rows';

vi.mock('server-only', () => ({}));
const rows = await loadFixtureRows('application-modes');
const T = { zh: await getTranslator('zh', 'applicationModes'), en: await getTranslator('en', 'applicationModes') };
type Options = Omit<Parameters<typeof layoutRows>[1], 't'>;
const layoutApplicationModes = (data: typeof rows, options: Options) => layoutRows(data, { ...options, t: T[options.locale] });

const intersects = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;
const allTexts = (layout: ApplicationModesLayout) => [
  ...(layout.root?.texts ?? []),
  ...layout.modes.flatMap((m) => [m.badge.text, ...m.texts, ...m.definition, ...m.items.flatMap((i) => i.texts)]),
];

describe('layoutApplicationModes', () => {
  test('draws the three modes G2G, G2B, G2C, each with its letter and its own colour', () => {
    const layout = layoutApplicationModes(rows, { width: 960, locale: 'en' });
    expect(layout.modes.map((m) => m.id)).toEqual(['g2g', 'g2b', 'g2c']);
    expect(layout.modes.map((m) => m.letter)).toEqual(['G', 'B', 'C']);
    expect(new Set(layout.modes.map((m) => m.colour)).size).toBe(3);
    expect(layout.modes.map((m) => m.items.length)).toEqual([2, 1, 1]);
  });

  test('lists the systems in the rows’ order, numbered within each mode', () => {
    const layout = layoutApplicationModes(rows, { width: 360, locale: 'en' });
    const labels = layout.modes.flatMap((m) => m.items.map((i) => i.texts.map((t) => t.text).join(' ')));
    expect(labels).toEqual([
      '(1) Electronic laws and policies system',
      '(2) Electronic official documents system',
      '(1) Electronic procurement and tendering',
      '(1) Education and training services',
    ]);
    expect(layout.modes.flatMap((m) => m.items.map((i) => i.no))).toEqual([1, 2, 1, 1]);
    const zh = layoutApplicationModes(rows, { width: 360, locale: 'zh' });
    expect(zh.modes[0]!.items[1]!.texts.map((t) => t.text).join('')).toBe('（2）电子公文系统');
  });

  test('shows each mode’s definition, with the note marker on the mode whose row has a note', () => {
    const layout = layoutApplicationModes(rows, { width: 960, locale: 'en' });
    const definitions = layout.modes.map((m) => m.definition.map((t) => t.text).join(' '));
    expect(definitions[0]).toBe('E-government between government bodies.');
    expect(definitions[2]).toMatch(/whole life\.¹$/);
    expect(layout.notes).toEqual([{ marker: '¹', text: expect.stringContaining('Slide 28’s definition') }]);
  });

  test('puts the modes side by side when wide and under one another when narrow', () => {
    const wide = layoutApplicationModes(rows, { width: 960, locale: 'en' });
    expect(new Set(wide.modes.map((m) => m.box.y)).size).toBe(1);
    const narrow = layoutApplicationModes(rows, { width: 360, locale: 'en' });
    const tops = narrow.modes.map((m) => m.box.y);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    expect(new Set(narrow.modes.map((m) => m.box.x)).size).toBe(1);
  });

  for (const locale of ['zh', 'en'] as const) {
    for (const width of [320, 360, 768, 960, 1440, 1920]) {
      test(`${locale} at ${width}: no label overlaps another, every label stays in its box and in the chart`, () => {
        const layout = layoutApplicationModes(rows, { width, locale });
        const texts = allTexts(layout);
        const chart = { x: 0, y: 0, width, height: layout.height };
        for (const text of texts) expect(inside(text.box, chart), text.text).toBe(true);
        texts.forEach((a, i) => texts.slice(i + 1).forEach((b) => expect(intersects(a.box, b.box), `${a.text} × ${b.text}`).toBe(false)));
        for (const mode of layout.modes) {
          for (const text of mode.texts) expect(inside(text.box, mode.box), text.text).toBe(true);
          for (const item of mode.items) for (const text of item.texts) expect(inside(text.box, item.box), text.text).toBe(true);
        }
        const boxes = [...(layout.root ? [layout.root.box] : []), ...layout.modes.flatMap((m) => [m.box, ...m.items.map((i) => i.box)])];
        boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(intersects(a, b)).toBe(false)));
        for (const text of layout.root?.texts ?? []) expect(inside(text.box, layout.root!.box)).toBe(true);
      });
    }
  }

  test('fits an exact image size with larger type for a 1920-wide image', () => {
    const layout = layoutApplicationModes(rows, { width: 1920, height: 1080, locale: 'en' });
    expect(layout.height).toBe(1080);
    expect(layout.fontSize).toBeGreaterThanOrEqual(20);
    const bottom = Math.max(...layout.modes.map((m) => m.items.at(-1)!.box.y + m.items.at(-1)!.box.height));
    expect(bottom).toBeLessThanOrEqual(1080);
  });

  test('closeUp: a short image closes the systems up, then leaves out the root, before its text goes under the least size', () => {
    const roomy = layoutApplicationModes(rows, { width: 954, height: 546, minFontSize: 16, locale: 'en', closeUp: true });
    expect(roomy.root).not.toBeNull();
    expect(layoutApplicationModes(rows, { width: 954, height: 150, minFontSize: 16, locale: 'en' }).root).not.toBeNull();
    const short = layoutApplicationModes(rows, { width: 954, height: 150, minFontSize: 16, locale: 'en', closeUp: true });
    expect(short.root).toBeNull();
    expect(short.rootPath).toBe('');
    expect(Math.min(...allTexts(short).map((text) => text.fontSize))).toBeGreaterThanOrEqual(16);
    expect(short.modes[0]!.box.y).toBeLessThan(roomy.modes[0]!.box.y);
  });

  test('definitions: false leaves each mode its name and systems only', () => {
    const layout = layoutApplicationModes(rows, { width: 1600, height: 700, minFontSize: 22, locale: 'en', definitions: false });
    expect(layout.modes.every((mode) => mode.definition.length === 0)).toBe(true);
    expect(layout.modes.map((mode) => mode.items.length)).toEqual([2, 1, 1]);
  });

  for (const locale of ['zh', 'en'] as const) {
    test(`${locale}: itemColumns sets one mode’s systems in columns, filled top to bottom, none overlapping`, () => {
      const g2c = [1, 2, 3, 4, 5].map((no) => ({ ...rows.find((row) => row.mode_id === 'g2c')!, item_no: no }));
      const layout = layoutApplicationModes(g2c, { width: 1100, height: 600, minFontSize: 18, locale, itemColumns: 2 });
      const items = layout.modes[0]!.items;
      // G2C drawn alone keeps its colour, the third.
      expect(layout.modes[0]!.colour).toBe(2);
      expect(items.map((item) => item.no)).toEqual([1, 2, 3, 4, 5]);
      // 1–3 in the first column, 4–5 beside 1–2.
      expect(new Set(items.slice(0, 3).map((item) => item.box.x)).size).toBe(1);
      expect(items[3]!.box.x).toBeGreaterThan(items[0]!.box.x + items[0]!.box.width);
      expect(items[3]!.box.y).toBe(items[0]!.box.y);
      const boxes = items.map((item) => item.box);
      boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(intersects(a, b)).toBe(false)));
      for (const item of items) for (const text of item.texts) expect(inside(text.box, item.box), text.text).toBe(true);
      expect(Math.max(...boxes.map((box) => box.x + box.width))).toBeLessThanOrEqual(1100);
    });
  }
});
