import { round1 } from '@/lib/charts/shared/numbers';
import { getTextWidth, wrapText } from '@/lib/charts/text-width';
import type { Fill, PlacedBar, PlacedRule, PlacedText } from './types';

const LINE_HEIGHT = 1.35;

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
    const lineHeight = fontSize * LINE_HEIGHT;
    // Wide fallback fonts (DejaVu Sans) run past the estimate, bold ones more so: measure with room to spare.
    const measuredSize = fontSize * (fontWeight >= 600 ? 1.2 : 1.08);
    const lines = wrapText(text, measuredSize, width - indent);
    lines.forEach((line, i) => {
      const lineTop = y + i * lineHeight;
      texts.push({
        key: `${key}-${i}`,
        x: round1(x + indent),
        y: round1(lineTop + fontSize * 0.95),
        text: line,
        fontSize: round1(fontSize),
        fontWeight,
        anchor: 'start',
        tone,
        box: {
          x: round1(x + indent),
          y: round1(lineTop + fontSize * 0.1),
          width: round1(getTextWidth(line, measuredSize)),
          height: round1(fontSize * 1.2),
        },
      });
    });
    const first = y;
    y += lines.length * lineHeight;
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
