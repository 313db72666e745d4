import { TIMELINE_DOMAIN } from './dates';
import type { TimelineGeometry } from './geometry';
import { hasRoomForTitles, layoutColumns, type ColumnsOptions } from './layout-columns';
import { layoutHorizontal } from './layout-horizontal';
import { LABEL_EMS, stretch } from './layout';
import { getLabelMetrics } from './text-block';
import type { TimelineInput } from './types';

export type TimelineImageOptions = {
  width: number;
  height: number;
  /** The smallest text allowed (dates, years, legend); titles are a sixth larger. */
  minFontSize: number;
  domain?: readonly [number, number];
  /** Whether a milestone may be drawn bold (the presentation's current step); an image draws none so. */
  emphasis?: boolean;
};

const MAX_COLUMNS = 6;
/**
 * Title sizes tried, as multiples of the least text: as large as fits, a little larger than the
 * dates wherever that fits; as large as them (told apart by colour) only where nothing else does,
 * e.g. the English 4:3 image that keeps a band for a note.
 */
const TITLE_SCALES = [1.5, 1.4, 1.3, 1.2, 1.1, 1] as const;

/**
 * The timeline for a large-text image of exactly width × height: on the time axis as on the page
 * when every label fits there at the size asked, else as a list in columns under a strip of the
 * axis (left out if it does not fit); the largest text that fits, and the fewest columns at that
 * size. The milestones of a column are spaced out to fill the height.
 */
export function layoutTimelineImage(
  input: TimelineInput,
  { width, height, minFontSize, domain = TIMELINE_DOMAIN, emphasis = false }: TimelineImageOptions,
): TimelineGeometry {
  const sizes = [...new Set(TITLE_SCALES.map((scale) => Math.round(minFontSize * scale * 2) / 2))];
  for (const fontSize of sizes) {
    // The page's layout draws its smaller text at 0.86 of the titles.
    if (getLabelMetrics(fontSize).smallFontSize < minFontSize) break;
    for (const labelEms of LABEL_EMS) {
      const geometry = layoutHorizontal(input, { width, fontSize, labelEms, domain, showContext: false, emphasis });
      if (geometry.height <= height) return stretch(geometry, height);
    }
  }
  let smallest: TimelineGeometry | null = null;
  for (const strip of [true, false]) {
    for (const fontSize of sizes) {
      for (let columns = 1; columns <= MAX_COLUMNS; columns += 1) {
        if (!hasRoomForTitles({ width, fontSize, columns })) break;
        const options = { width, fontSize, columns, domain, strip, minFontSize, emphasis };
        const geometry = layoutColumns(input, options);
        if (geometry.height <= height) return spaceOut(input, options, geometry, height);
        if (!smallest || geometry.height < smallest.height) smallest = geometry;
      }
    }
  }
  return smallest ?? layoutColumns(input, { width, fontSize: minFontSize, columns: 1, domain, strip: false, minFontSize, emphasis });
}

/** Lays the columns out again with more space under each milestone, as much as the height allows. */
function spaceOut(input: TimelineInput, options: ColumnsOptions, geometry: TimelineGeometry, height: number): TimelineGeometry {
  const perColumn = new Map<number, number>();
  for (const mark of geometry.marks) perColumn.set(mark.label.x, (perColumn.get(mark.label.x) ?? 0) + 1);
  const most = Math.max(1, ...perColumn.values());
  // Rounded gaps and stage headings can make the spaced columns a little taller than the share
  // suggests: less space then, so nothing is drawn below the height (where an image's note may go).
  for (let extraGap = Math.min(options.fontSize, Math.floor((height - geometry.height) / most)); extraGap > 0; extraGap -= 1) {
    const spaced = layoutColumns(input, { ...options, extraGap });
    if (spaced.height <= height) return { ...spaced, height };
  }
  return { ...geometry, height };
}
