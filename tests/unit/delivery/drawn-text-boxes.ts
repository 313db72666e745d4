import type { Box } from '@/lib/charts/shared/box';
import { getTextWidth } from '@/lib/charts/text-width';

/** A run of text as an image draws it: its box and size in the image's pixels. */
export type DrawnText = { text: string; box: Box; fontSize: number };

/** A line segment in the image's pixels. */
export type DrawnSegment = { x1: number; y1: number; x2: number; y2: number };

/**
 * What an annotated image draws, read back from its SVG: the note's box and its leader line, the
 * outlines round the highlighted marks, every other text.
 */
export type DrawnAnnotation = { note: Box | null; leader?: DrawnSegment | null; outlines: Box[]; texts: DrawnText[] };

type Matrix = [number, number, number, number, number, number];
type Frame = { tag: string; matrix: Matrix; fontSize: number; fontWeight: number; anchor: string; inNote: boolean; inLayer: boolean };
type Run = { text: string; x: number; y: number; width: number; fontSize: number; matrix: Matrix };

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply([a, b, c, d, e, f]: Matrix, [g, h, i, j, k, l]: Matrix): Matrix {
  return [a * g + c * h, b * g + d * h, a * i + c * j, b * i + d * j, a * k + c * l + e, b * k + d * l + f];
}

function apply([a, b, c, d, e, f]: Matrix, x: number, y: number) {
  return { x: a * x + c * y + e, y: b * x + d * y + f };
}

function attribute(attributes: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(attributes)?.[1];
}

function number(attributes: string, name: string): number | undefined {
  const value = attribute(attributes, name);
  return value === undefined || value === '' ? undefined : Number.parseFloat(value);
}

/** translate, scale and rotate, the transforms the charts use. */
function parseTransform(transform: string | undefined): Matrix {
  let matrix = IDENTITY;
  for (const [, kind, args] of (transform ?? '').matchAll(/(translate|scale|rotate)\(([^)]*)\)/g)) {
    const [p = 0, q, r] = args!
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (kind === 'translate') matrix = multiply(matrix, [1, 0, 0, 1, p, q ?? 0]);
    else if (kind === 'scale') matrix = multiply(matrix, [p, 0, 0, q ?? p, 0, 0]);
    else {
      const angle = (p * Math.PI) / 180;
      const [cx, cy] = [q ?? 0, r ?? 0];
      const rotation: Matrix = [Math.cos(angle), Math.sin(angle), -Math.sin(angle), Math.cos(angle), 0, 0];
      matrix = multiply(multiply(multiply(matrix, [1, 0, 0, 1, cx, cy]), rotation), [1, 0, 0, 1, -cx, -cy]);
    }
  }
  return matrix;
}

/** A nested <svg>'s own coordinates in its parent's: x, y, and its viewBox fitted into width × height ("meet", centred). */
function nestedSvgMatrix(attributes: string): Matrix {
  const viewBox = attribute(attributes, 'viewBox')
    ?.split(/[\s,]+/)
    .map(Number);
  const x = number(attributes, 'x') ?? 0;
  const y = number(attributes, 'y') ?? 0;
  if (!viewBox) return [1, 0, 0, 1, x, y];
  const [vx = 0, vy = 0, vw = 1, vh = 1] = viewBox;
  const width = number(attributes, 'width') ?? vw;
  const height = number(attributes, 'height') ?? vh;
  const scale = Math.min(width / vw, height / vh);
  return [scale, 0, 0, scale, x + (width - vw * scale) / 2 - vx * scale, y + (height - vh * scale) / 2 - vy * scale];
}

function decode(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#([0-9]+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function boundsOf(matrix: Matrix, box: Box): Box {
  const corners = [
    apply(matrix, box.x, box.y),
    apply(matrix, box.x + box.width, box.y),
    apply(matrix, box.x, box.y + box.height),
    apply(matrix, box.x + box.width, box.y + box.height),
  ];
  const xs = corners.map((p) => p.x);
  const ys = corners.map((p) => p.y);
  return { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}

/**
 * Reads an image's SVG as a renderer would place its text: nested <svg> viewports, transforms,
 * inherited font size, weight and anchor, tspans that start a new line (x) or shift (dx, dy). Each
 * run of text gets the box from its ascent to its descent, as wide as the fonts' advances make it.
 * Independent of the charts' own label boxes, so a label a chart forgets to report still counts.
 */
export function readDrawnAnnotation(svg: string): DrawnAnnotation {
  const stack: Frame[] = [{ tag: 'root', matrix: IDENTITY, fontSize: 16, fontWeight: 400, anchor: 'start', inNote: false, inLayer: false }];
  const texts: DrawnText[] = [];
  const outlines: Box[] = [];
  let note: Box | null = null;
  let leader: DrawnSegment | null = null;
  let svgDepth = 0;
  // The text element being read: its chunks (a chunk starts at each absolute x, and is anchored as a whole).
  let chunks: Run[][] | null = null;
  let cursor = { x: 0, y: 0 };
  for (const [token, closing, tag, attributes = '', selfClosing, content] of svg.matchAll(/<(\/?)([a-zA-Z]+)\b([^>]*?)(\/?)>|([^<]+)/g)) {
    const top = stack.at(-1)!;
    if (content !== undefined) {
      if (!chunks || top.inNote || token.trim() === '' || !['text', 'tspan'].includes(top.tag)) continue;
      const text = decode(content);
      const width = getTextWidth(text, top.fontSize, top.fontWeight);
      chunks.at(-1)!.push({ text, x: cursor.x, y: cursor.y, width, fontSize: top.fontSize, matrix: top.matrix });
      cursor.x += width;
      continue;
    }
    if (closing) {
      const frame = stack.pop()!;
      if (frame.tag === 'svg') svgDepth -= 1;
      if (frame.tag === 'text' && chunks) {
        for (const chunk of chunks) {
          const width = chunk.reduce((sum, run) => sum + run.width, 0);
          const shift = frame.anchor === 'middle' ? -width / 2 : frame.anchor === 'end' ? -width : 0;
          for (const run of chunk) {
            const box = { x: run.x + shift, y: run.y - run.fontSize * 0.9, width: run.width, height: run.fontSize * 1.15 };
            const scale = Math.hypot(run.matrix[0], run.matrix[1]);
            texts.push({ text: run.text, box: boundsOf(run.matrix, box), fontSize: run.fontSize * scale });
          }
        }
        chunks = null;
      }
      continue;
    }
    const transform = parseTransform(attribute(attributes, 'transform'));
    let matrix = multiply(top.matrix, transform);
    if (tag === 'svg') {
      if (svgDepth > 0) matrix = multiply(top.matrix, nestedSvgMatrix(attributes));
      svgDepth += 1;
    }
    const className = attribute(attributes, 'class') ?? '';
    const frame: Frame = {
      tag: tag!,
      matrix,
      fontSize: number(attributes, 'font-size') ?? top.fontSize,
      fontWeight: number(attributes, 'font-weight') ?? top.fontWeight,
      anchor: attribute(attributes, 'text-anchor') ?? top.anchor,
      inNote: top.inNote || className.split(' ').includes('chart-annotation__note'),
      inLayer: top.inLayer || className.split(' ').includes('chart-annotation'),
    };
    if (tag === 'rect' && frame.inLayer) {
      const box = boundsOf(matrix, {
        x: number(attributes, 'x') ?? 0,
        y: number(attributes, 'y') ?? 0,
        width: number(attributes, 'width') ?? 0,
        height: number(attributes, 'height') ?? 0,
      });
      if (frame.inNote) note = box;
      else outlines.push(box);
    }
    if (tag === 'line' && frame.inNote) {
      const from = apply(matrix, number(attributes, 'x1') ?? 0, number(attributes, 'y1') ?? 0);
      const to = apply(matrix, number(attributes, 'x2') ?? 0, number(attributes, 'y2') ?? 0);
      leader = { x1: from.x, y1: from.y, x2: to.x, y2: to.y };
    }
    if (tag === 'text') {
      chunks = [[]];
      cursor = { x: number(attributes, 'x') ?? 0, y: number(attributes, 'y') ?? 0 };
    } else if (tag === 'tspan' && chunks) {
      const x = number(attributes, 'x');
      const y = number(attributes, 'y');
      if (x !== undefined) {
        chunks.push([]);
        cursor.x = x;
      }
      if (y !== undefined) cursor.y = y;
      cursor.x += number(attributes, 'dx') ?? 0;
      cursor.y += number(attributes, 'dy') ?? 0;
    }
    if (!selfClosing) stack.push(frame);
  }
  return { note, leader, outlines, texts };
}

/** How far two boxes overlap, in the smaller of their two extents (0: apart or touching). */
export function getOverlap(a: Box, b: Box): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? Math.min(width, height) : 0;
}

const describe = ({ x, y, width, height }: Box) => `at ${Math.round(x)},${Math.round(y)} ${Math.round(width)}×${Math.round(height)}`;

/** The texts and outlines a note's box covers by more than `tolerance` pixels. */
export function findNoteOverlaps({ note, outlines, texts }: DrawnAnnotation, tolerance = 0.5): string[] {
  if (!note) return [];
  return [
    ...texts.filter((text) => getOverlap(note, text.box) > tolerance).map((text) => `text "${text.text}" ${describe(text.box)}`),
    ...outlines.filter((outline) => getOverlap(note, outline) > tolerance).map((outline) => `outline ${describe(outline)}`),
  ];
}

/**
 * The texts a note's leader line passes through, more than `tolerance` pixels inside their box:
 * read point by point along the line, half a pixel apart.
 */
export function findLeaderCrossings({ leader, texts }: DrawnAnnotation, tolerance = 0.5): string[] {
  if (!leader) return [];
  const { x1, y1, x2, y2 } = leader;
  const steps = Math.max(1, Math.ceil(Math.hypot(x2 - x1, y2 - y1) * 2));
  const points = Array.from({ length: steps + 1 }, (_, i) => ({ x: x1 + ((x2 - x1) * i) / steps, y: y1 + ((y2 - y1) * i) / steps }));
  const inside = ({ x, y, width, height }: Box, point: { x: number; y: number }) =>
    point.x > x + tolerance && point.x < x + width - tolerance && point.y > y + tolerance && point.y < y + height - tolerance;
  return texts.filter((text) => points.some((point) => inside(text.box, point))).map((text) => `text "${text.text}" ${describe(text.box)}`);
}
