import { round1 } from '@/lib/charts/shared/numbers';
import { placeTextLines } from '@/lib/charts/shared/text-lines';
import type { Fill, PlacedBar, PlacedRule, PlacedText } from './types';

type TextStyle = { fontSize: number; fontWeight?: PlacedText['fontWeight']; tone?: PlacedText['tone']; indent?: number };

/**
 * Stacks the parts of one panel from the top down: wrapped text lines, bars and legend rows.
 * Every part gets the full column width, so nothing placed here can overlap.
 */
export function createColumn(x: number, top: number, width: number) {
  const texts: PlacedText[] = [];
  const bars: PlacedBar[] = [];
  const rules: PlacedRule[] = [];
  let y = top;

  function addText(key: string, text: string, { fontSize, fontWeight = 400, tone = 'text', indent = 0 }: TextStyle) {
    const block = placeTextLines(key, text, { x: x + indent, top: y, width: width - indent, fontSize, bold: fontWeight >= 600 });
    for (const line of block.lines) texts.push({ ...line, fontWeight, anchor: 'start', tone });
    const first = y;
    y += block.height;
    return first;
  }

  function addBar(bar: Omit<PlacedBar, 'y' | 'height'>, height: number) {
    bars.push({ ...bar, x: round1(bar.x), y: round1(y), width: round1(bar.width), height: round1(height) });
  }

  /** A legend row: a swatch (small bar, or dashed line) and its wrapped label. */
  function addLegend(key: string, text: string, swatch: { fill: Fill; dashed?: boolean }, fontSize: number) {
    const size = round1(fontSize * 0.9);
    const indent = size * 1.6;
    const lineTop = y;
    addText(key, text, { fontSize, indent });
    const middle = lineTop + fontSize * 0.65;
    if (swatch.dashed) {
      rules.push({
        key: `${key}-swatch`,
        x1: round1(x + size / 2),
        y1: round1(middle - size / 2 - 2),
        x2: round1(x + size / 2),
        y2: round1(middle + size / 2 + 2),
        stroke: swatch.fill,
        dashed: true,
      });
    } else {
      bars.push({ key: `${key}-swatch`, x: round1(x), y: round1(middle - size / 2), width: size, height: size, fill: swatch.fill });
    }
  }

  return {
    texts,
    bars,
    rules,
    addText,
    addBar,
    addLegend,
    addRule: (rule: PlacedRule) => rules.push(rule),
    skip: (space: number) => {
      y += space;
    },
    get y() {
      return y;
    },
  };
}

export type Column = ReturnType<typeof createColumn>;
