/** Where a chart's label size starts: its size at 360 wide and the least it may shrink to. */
export type FontSizeCurve = { narrow: number; min: number };

/**
 * Label size in viewBox units for a chart `width` wide: `curve.narrow` at 360, 15 at 960 and 26 at
 * 1920 (projector images), never below `curve.min`, in steps of half a unit.
 */
export function getBaseFontSize(width: number, curve: FontSizeCurve): number {
  const size = width <= 960 ? curve.narrow + ((width - 360) / 600) * (15 - curve.narrow) : 15 + ((width - 960) / 960) * 11;
  return Math.round(Math.max(curve.min, size) * 2) / 2;
}

/**
 * Lays a chart out at `start` and, while it is taller than `height`, again half a unit smaller,
 * down to `min`: the largest size that fits, or the smallest tried where none does.
 */
export function fitFontSize<Layout extends { height: number }>(
  place: (fontSize: number) => Layout,
  { start, min, height }: { start: number; min: number; height: number },
): { fontSize: number; layout: Layout } {
  let fontSize = start;
  let layout = place(fontSize);
  while (layout.height > height && fontSize > min) {
    fontSize -= 0.5;
    layout = place(fontSize);
  }
  return { fontSize, layout };
}

/**
 * The least base size at which a chart's smallest text, `smallestAt(size)`, is at least
 * `minFontSize` (a large-text image's floor), in steps of half a unit.
 */
export function getLeastFontSize(minFontSize: number, smallestAt: (fontSize: number) => number): number {
  let fontSize = Math.ceil(minFontSize * 2) / 2;
  while (smallestAt(fontSize) < minFontSize) fontSize += 0.5;
  return fontSize;
}
