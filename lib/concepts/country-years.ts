import { scaleLinear } from 'd3-scale';
import { getTextWidth, wrapText } from '@/lib/charts/text-width';
import type { Box, PlacedText } from './network-diagram';

/** A dated figure: when (YYYY or YYYY-MM), the date as the page writes it, and its short label. */
export type YearMarkInput = { id: string; date: string; dateText: string; label: string };
export type YearRowInput = { id: string; name: string; marks: readonly YearMarkInput[] };

export type PlacedMark = { id: string; x: number; y: number; label: Box & { lines: PlacedText[]; anchor: 'start' | 'middle' | 'end' } };
export type PlacedYearRow = { id: string; name: PlacedText; y: number; x1: number; x2: number; marks: PlacedMark[] };
export type YearTick = { x: number; text: string };
export type CountryYearsLayout = {
  width: number;
  height: number;
  rows: PlacedYearRow[];
  ticks: YearTick[];
  axisY: number;
  x1: number;
  x2: number;
};

const MARGIN = { left: 8, right: 8, top: 8 };
const NAME_SIZE = 15;
const LABEL_SIZE = 13;
const LINE_HEIGHT = 1.3;
const GAP = 6;
const TICK_SIZE = 12;

/** A date's position in years: 2002-07 is 2002.5. */
export function toYearValue(date: string): number {
  const [year = 0, month] = date.split('-').map(Number);
  return month === undefined ? year : year + (month - 1) / 12;
}

function labelBox(mark: YearMarkInput, x: number, width: number, maxWidth: number) {
  const texts = [
    ...wrapText(mark.dateText, LABEL_SIZE, maxWidth).map((text) => ({ text, bold: true })),
    ...wrapText(mark.label, LABEL_SIZE, maxWidth).map((text) => ({ text, bold: false })),
  ];
  const boxWidth = Math.ceil(Math.max(...texts.map((line) => getTextWidth(line.text, LABEL_SIZE))));
  const boxHeight = Math.ceil(texts.length * LABEL_SIZE * LINE_HEIGHT);
  // Centred on its mark, or pushed in from an edge and aligned to the side it leans on.
  let left = x - boxWidth / 2;
  let anchor: 'start' | 'middle' | 'end' = 'middle';
  if (left < MARGIN.left) [left, anchor] = [MARGIN.left, 'start'];
  if (left + boxWidth > width - MARGIN.right) [left, anchor] = [width - MARGIN.right - boxWidth, 'end'];
  return { texts, left: Math.round(left), boxWidth, boxHeight, anchor };
}

const overlaps = (a: { left: number; right: number }, b: { left: number; right: number }) =>
  a.left < b.right + GAP && b.left < a.right + GAP;

/**
 * Each country's dated figures on one time axis: a row per country, a dot per figure, its label
 * above the row or, where that would touch a label already there, below it. The axis spans the
 * figures' years with a year to spare at each end.
 */
export function layoutCountryYears(rows: readonly YearRowInput[], { width }: { width: number }): CountryYearsLayout {
  const years = rows.flatMap((row) => row.marks.map((mark) => toYearValue(mark.date)));
  const first = Math.floor(Math.min(...years)) - 1;
  const last = Math.ceil(Math.max(...years)) + 1;
  const x = scaleLinear()
    .domain([first, last])
    .range([MARGIN.left + 12, width - MARGIN.right - 12]);
  const maxLabelWidth = Math.min(240, Math.max(120, width / 3));

  let y = MARGIN.top;
  const placedRows: PlacedYearRow[] = rows.map((row) => {
    const name: PlacedText = { text: row.name, x: MARGIN.left, y: Math.round(y + NAME_SIZE), fontSize: NAME_SIZE, bold: true };
    y += NAME_SIZE * LINE_HEIGHT + 4;
    const lanes: { above: { left: number; right: number }[]; below: { left: number; right: number }[] } = { above: [], below: [] };
    const boxes = [...row.marks]
      .sort((a, b) => toYearValue(a.date) - toYearValue(b.date))
      .map((mark) => {
        const cx = Math.round(x(toYearValue(mark.date)));
        const box = labelBox(mark, cx, width, maxLabelWidth);
        const span = { left: box.left, right: box.left + box.boxWidth };
        const side = lanes.above.some((other) => overlaps(other, span)) ? 'below' : 'above';
        lanes[side].push(span);
        return { mark, cx, box, side };
      });
    const aboveHeight = Math.max(0, ...boxes.filter((b) => b.side === 'above').map((b) => b.box.boxHeight));
    const belowHeight = Math.max(0, ...boxes.filter((b) => b.side === 'below').map((b) => b.box.boxHeight));
    const lineY = Math.round(y + aboveHeight + 10);
    const marks = boxes.map(({ mark, cx, box, side }): PlacedMark => {
      const top = side === 'above' ? lineY - 10 - box.boxHeight : lineY + 10;
      const textX = box.anchor === 'start' ? box.left : box.anchor === 'end' ? box.left + box.boxWidth : cx;
      return {
        id: mark.id,
        x: cx,
        y: lineY,
        label: {
          x: box.left,
          y: top,
          width: box.boxWidth,
          height: box.boxHeight,
          anchor: box.anchor,
          lines: box.texts.map((line, i) => ({
            text: line.text,
            x: textX,
            y: Math.round(top + (i + 1) * LABEL_SIZE * LINE_HEIGHT - LABEL_SIZE * 0.3),
            fontSize: LABEL_SIZE,
            bold: line.bold,
          })),
        },
      };
    });
    const xs = marks.map((mark) => mark.x);
    y = lineY + 10 + belowHeight + 14;
    return { id: row.id, name, y: lineY, x1: Math.min(...xs), x2: Math.max(...xs), marks };
  });

  const axisY = Math.round(y);
  const step = last - first > 12 ? 5 : 2;
  const ticks: YearTick[] = [];
  for (let year = Math.ceil(first / step) * step; year <= last; year += step) ticks.push({ x: Math.round(x(year)), text: String(year) });
  return { width, height: axisY + TICK_SIZE + 12, rows: placedRows, ticks, axisY, x1: Math.round(x(first)), x2: Math.round(x(last)) };
}
