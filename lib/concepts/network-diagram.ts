import { getTextWidth, wrapText } from '@/lib/charts/text-width';
import type { Isolation } from '@/lib/datasets/network-links';

/** A box of the diagram: the internet, one of the two networks e-government counts, or the one it leaves out. */
export type NetworkTone = 'internet' | 'group' | 'outside';

export type NetworkNodeInput = { id: string; name: string; subtitle: string | null; tone: NetworkTone };
/** An isolation between two boxes; `label` is the short word on its marker. */
export type NetworkLinkInput = { from: string; to: string; isolation: Isolation; label: string };

export type NetworkDiagramInput = {
  /** The boxes in the order they stand along the diagram: the internet first, the group's networks together. */
  nodes: readonly NetworkNodeInput[];
  links: readonly NetworkLinkInput[];
  /** The frame around the `group` boxes: “一站两网”. */
  groupLabel: string;
  legend: Record<Isolation, string>;
};

export type Box = { x: number; y: number; width: number; height: number };
export type PlacedText = { text: string; x: number; y: number; fontSize: number; bold: boolean };
export type PlacedNode = Box & { id: string; tone: NetworkTone; lines: PlacedText[] };
export type PlacedLink = {
  from: string;
  to: string;
  isolation: Isolation;
  /** The line's corners, from one box's edge to the other's. */
  points: [number, number][];
  /** The marker that names the isolation, on the line. */
  pill: Box & { text: PlacedText };
};
export type PlacedLegendItem = { isolation: Isolation; x1: number; x2: number; y: number; lines: PlacedText[] };

export type NetworkDiagramLayout = {
  width: number;
  height: number;
  orientation: 'horizontal' | 'vertical';
  nodes: PlacedNode[];
  links: PlacedLink[];
  group: (Box & { label: PlacedText }) | null;
  legend: PlacedLegendItem[];
};

const MARGIN = 6;
const NAME_SIZE = 16;
const SUBTITLE_SIZE = 13;
const LINE_HEIGHT = 1.3;
const BOX_PADDING = 10;
const PILL_SIZE = 12;
const PILL_PADDING = 6;
const PILL_HEIGHT = 22;
/** Room for a marker between two boxes, along the diagram. */
const PILL_ZONE = { horizontal: 80, vertical: 36 } as const;
/** Room for the markers of the lines that pass a box by, beside the boxes. */
const LANE = { horizontal: 34, vertical: 76 } as const;
const GROUP_PADDING = 6;
const GROUP_LABEL_ROW = 26;
const LEGEND_SIZE = 13;
const LEGEND_SAMPLE = 32;

/** Below this width the boxes stand in a column; above it, in a row. */
export const NETWORK_DIAGRAM_BREAKPOINT = 600;

const round = (value: number) => Math.round(value * 10) / 10;

function placeLines(texts: { text: string; size: number; bold: boolean }[], x: number, top: number, maxWidth: number) {
  const lines: PlacedText[] = [];
  let y = top;
  for (const { text, size, bold } of texts) {
    for (const line of wrapText(text, size, maxWidth)) {
      y += size * LINE_HEIGHT;
      lines.push({ text: line, x: round(x), y: round(y - size * 0.3), fontSize: size, bold });
    }
  }
  return { lines, bottom: y };
}

function boxTexts(node: NetworkNodeInput) {
  return [
    { text: node.name, size: NAME_SIZE, bold: true },
    ...(node.subtitle ? [{ text: node.subtitle, size: SUBTITLE_SIZE, bold: false }] : []),
  ];
}

function makePill(text: string, cx: number, cy: number): PlacedLink['pill'] {
  const width = Math.ceil(getTextWidth(text, PILL_SIZE)) + 2 * PILL_PADDING;
  return {
    x: round(cx - width / 2),
    y: round(cy - PILL_HEIGHT / 2),
    width,
    height: PILL_HEIGHT,
    text: { text, x: round(cx), y: round(cy + PILL_SIZE * 0.35), fontSize: PILL_SIZE, bold: false },
  };
}

/**
 * The networks' diagram: the boxes in a row (wide) or a column (phone), the group's boxes framed
 * together, each isolation a line between two boxes — solid where physical, dashed where logical —
 * with a marker naming it. Boxes next to each other are joined straight across the gap between them;
 * a line to a box further along runs round the others in a lane beside the row (above, then below)
 * or the column (left, then right). Rows are laid out in a main axis (along the boxes) and turned
 * for the column, so both orientations share one set of rules.
 */
export function layoutNetworkDiagram(input: NetworkDiagramInput, { width }: { width: number }): NetworkDiagramLayout {
  const orientation = width < NETWORK_DIAGRAM_BREAKPOINT ? 'vertical' : 'horizontal';
  const nodes = input.nodes;
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const links = input.links.filter((link) => index.has(link.from) && index.has(link.to) && link.from !== link.to);
  const inGroup = (i: number) => nodes[i]?.tone === 'group';
  const skips = links.filter((link) => Math.abs(index.get(link.from)! - index.get(link.to)!) > 1);
  const lanesBefore = Math.ceil(skips.length / 2);
  const lanesAfter = Math.floor(skips.length / 2);
  const hasGroup = nodes.some((_, i) => inGroup(i));

  // Gaps between consecutive boxes: a marker's zone, plus the group's padding (and label, in a column) where the frame starts or ends.
  const gaps = nodes.slice(1).map((_, i) => {
    const entering = !inGroup(i) && inGroup(i + 1);
    const leaving = inGroup(i) && !inGroup(i + 1);
    const zone = PILL_ZONE[orientation];
    const before = leaving ? GROUP_PADDING : 0;
    const after = entering ? GROUP_PADDING + (orientation === 'vertical' ? GROUP_LABEL_ROW : 0) : 0;
    return { size: before + zone + after, zoneStart: before, zoneEnd: before + zone };
  });
  const gapTotal = gaps.reduce((sum, gap) => sum + gap.size, 0);

  const placed: PlacedNode[] = [];
  let height: number;
  let group: NetworkDiagramLayout['group'] = null;
  const zoneCentres: number[] = [];

  if (orientation === 'horizontal') {
    const boxWidth = Math.floor((width - 2 * MARGIN - gapTotal) / Math.max(nodes.length, 1));
    const texts = nodes.map((node) => placeLines(boxTexts(node), 0, 0, boxWidth - 2 * BOX_PADDING));
    const boxHeight = Math.max(...texts.map((t) => t.bottom), 0) + 2 * BOX_PADDING;
    const top = MARGIN + lanesBefore * LANE.horizontal + (hasGroup ? GROUP_LABEL_ROW + GROUP_PADDING : 0);
    let x = MARGIN;
    nodes.forEach((node, i) => {
      const { lines } = placeLines(boxTexts(node), x + boxWidth / 2, top + BOX_PADDING, boxWidth - 2 * BOX_PADDING);
      placed.push({ id: node.id, tone: node.tone, x, y: top, width: boxWidth, height: boxHeight, lines });
      const gap = gaps[i];
      if (gap) zoneCentres.push(x + boxWidth + (gap.zoneStart + gap.zoneEnd) / 2);
      x += boxWidth + (gap?.size ?? 0);
    });
    height = top + boxHeight + (hasGroup ? GROUP_PADDING : 0) + lanesAfter * LANE.horizontal;
  } else {
    const boxWidth = width - 2 * MARGIN - 2 * LANE.vertical;
    const left = MARGIN + LANE.vertical;
    let y = MARGIN + (inGroup(0) ? GROUP_LABEL_ROW + GROUP_PADDING : 0);
    nodes.forEach((node, i) => {
      const { lines, bottom } = placeLines(boxTexts(node), left + boxWidth / 2, y + BOX_PADDING, boxWidth - 2 * BOX_PADDING);
      const boxHeight = bottom - y + BOX_PADDING;
      placed.push({ id: node.id, tone: node.tone, x: left, y, width: boxWidth, height: round(boxHeight), lines });
      const gap = gaps[i];
      if (gap) zoneCentres.push(y + boxHeight + (gap.zoneStart + gap.zoneEnd) / 2);
      y += boxHeight + (gap?.size ?? 0);
    });
    height = y + (inGroup(nodes.length - 1) ? GROUP_PADDING : 0);
  }

  const members = placed.filter((node) => node.tone === 'group');
  if (members.length > 0) {
    const x = Math.min(...members.map((n) => n.x)) - GROUP_PADDING;
    const right = Math.max(...members.map((n) => n.x + n.width)) + GROUP_PADDING;
    const y = Math.min(...members.map((n) => n.y)) - GROUP_PADDING - GROUP_LABEL_ROW;
    const bottom = Math.max(...members.map((n) => n.y + n.height)) + GROUP_PADDING;
    group = {
      x: round(x),
      y: round(y),
      width: round(right - x),
      height: round(bottom - y),
      label: { text: input.groupLabel, x: round(x + 10), y: round(y + 18), fontSize: SUBTITLE_SIZE, bold: true },
    };
  }

  // The edges of the frame and boxes, so lines in the lanes pass outside them.
  const crossStart = orientation === 'horizontal' ? (group?.y ?? placed[0]?.y ?? 0) : (group?.x ?? placed[0]?.x ?? 0);
  const crossEnd =
    orientation === 'horizontal'
      ? group
        ? group.y + group.height
        : (placed[0]?.y ?? 0) + (placed[0]?.height ?? 0)
      : group
        ? group.x + group.width
        : (placed[0]?.x ?? 0) + (placed[0]?.width ?? 0);
  const centre = (node: PlacedNode) => (orientation === 'horizontal' ? node.x + node.width / 2 : node.y + node.height / 2);
  const laneStep = LANE[orientation];

  let before = 0;
  let after = 0;
  const placedLinks = links.map((link): PlacedLink => {
    let [i, j] = [index.get(link.from)!, index.get(link.to)!];
    if (i > j) [i, j] = [j, i];
    const a = placed[i]!;
    const b = placed[j]!;
    if (j - i === 1) {
      const mid = zoneCentres[i]!;
      if (orientation === 'horizontal') {
        const y = round(a.y + a.height / 2);
        return {
          ...link,
          points: [
            [a.x + a.width, y],
            [b.x, y],
          ],
          pill: makePill(link.label, mid, y),
        };
      }
      // A line into the frame passes right of the frame's label.
      const pillWidth = makePill(link.label, 0, 0).width;
      const clear =
        group && inGroup(j) && !inGroup(i) ? group.label.x + getTextWidth(group.label.text, group.label.fontSize) + pillWidth / 2 + 8 : 0;
      const x = round(Math.max(a.x + a.width / 2, clear));
      return {
        ...link,
        points: [
          [x, round(a.y + a.height)],
          [x, b.y],
        ],
        pill: makePill(link.label, x, mid),
      };
    }
    // Lanes alternate: the first line passes before the boxes (above, left), the next after them, then further out.
    const first = before <= after;
    const depth = first ? before++ : after++;
    const lane = first ? crossStart - laneStep * (depth + 0.5) : crossEnd + laneStep * (depth + 0.5);
    const mid = round((centre(a) + centre(b)) / 2);
    if (orientation === 'horizontal') {
      const edge = (node: PlacedNode) => (first ? node.y : node.y + node.height);
      const ax = round(centre(a));
      const bx = round(centre(b));
      return {
        ...link,
        points: [
          [ax, edge(a)],
          [ax, round(lane)],
          [bx, round(lane)],
          [bx, edge(b)],
        ],
        pill: makePill(link.label, mid, round(lane)),
      };
    }
    const edge = (node: PlacedNode) => (first ? node.x : node.x + node.width);
    const ay = round(centre(a));
    const by = round(centre(b));
    return {
      ...link,
      points: [
        [edge(a), ay],
        [round(lane), ay],
        [round(lane), by],
        [edge(b), by],
      ],
      pill: makePill(link.label, round(lane), mid),
    };
  });

  const legend = layoutLegend(input.legend, orientation, width, height + 12);
  const legendBottom = Math.max(...legend.flatMap((item) => item.lines.map((line) => line.y + LEGEND_SIZE * 0.4)));
  return {
    width,
    height: Math.ceil(legendBottom + MARGIN),
    orientation,
    nodes: placed,
    links: placedLinks,
    group,
    legend,
  };
}

/** The key to the lines: a sample of each, and what it means; side by side in a row, one under the other in a column. */
function layoutLegend(labels: Record<Isolation, string>, orientation: 'horizontal' | 'vertical', width: number, top: number) {
  const items: PlacedLegendItem[] = [];
  let x = MARGIN;
  let y = top;
  for (const isolation of ['physical', 'logical'] as const) {
    const textX = x + LEGEND_SAMPLE + 8;
    const maxWidth = orientation === 'horizontal' ? width / 2 - LEGEND_SAMPLE - 24 : width - textX - MARGIN;
    const { lines, bottom } = placeLines([{ text: labels[isolation], size: LEGEND_SIZE, bold: false }], textX, y, maxWidth);
    const aligned = lines.map((line) => ({ ...line, x: round(textX) }));
    items.push({ isolation, x1: x, x2: x + LEGEND_SAMPLE, y: round((aligned[0]?.y ?? y) - LEGEND_SIZE * 0.35), lines: aligned });
    if (orientation === 'horizontal') x = width / 2;
    else y = bottom + 4;
  }
  return items;
}
