import { ResponsiveChart } from '@/components/charts/responsive-chart';
import type { Annotation } from '@/lib/charts/annotation/annotation';
import { CSS_PALETTE } from '@/lib/charts/palette';
import type { Domain } from '@/lib/charts/timeline/explorer/zoom';
import type { TimelineGeometry } from '@/lib/charts/timeline/geometry';
import { layoutTimeline } from '@/lib/charts/timeline/layout';
import type { TimelineInput } from '@/lib/charts/timeline/types';
import { VARIANT_WIDTHS } from '@/lib/charts/variants';
import type { Locale } from '@/lib/i18n/routing';
import { TimelineChart } from '../timeline-chart';

/** The smallest tap target, in CSS pixels (WCAG 2.5.5). */
const TAP_TARGET = 44;

/** The explorer's two layouts, phone and across the page. */
export type ExplorerLayouts = readonly [narrow: TimelineGeometry, wide: TimelineGeometry];

/**
 * The explorer's timeline laid out for a phone and across the page (at `wideWidth`), for the window
 * `domain`. The phone's layout gives every milestone a tap target a finger can hit (44 px, none overlapping).
 */
export function layoutExplorerTimeline(
  input: TimelineInput,
  { locale, domain, wideWidth }: { locale: Locale; domain: Domain; wideWidth: number },
): ExplorerLayouts {
  const [narrow, wide] = [VARIANT_WIDTHS.narrow, wideWidth].map((width) =>
    layoutTimeline(input, { width, locale, domain, showContext: true, minTarget: width === VARIANT_WIDTHS.narrow ? TAP_TARGET : 0 }),
  );
  return [narrow!, wide!];
}

export type ExplorerDrawingProps = {
  layouts: ExplorerLayouts;
  title: string;
  description: string;
  selectedId: string | null;
  matchIds: ReadonlySet<string>;
  /** Accessible name of the group of marks. */
  marksLabel: string;
  /** The milestone that has (or last had) the keyboard focus; the first in the window when it is not shown. */
  focusId: string | null;
  /** Milestones to highlight and a lecturer's note, from the page's URL: drawn in every view. */
  annotation: Annotation | null;
};

/**
 * The explorer's chart, both layouts: drawn by the server for the view in the URL, and in the
 * browser (loaded when the view first changes) for every view after it.
 */
export function ExplorerDrawing({
  layouts: [narrow, wide],
  title,
  description,
  selectedId,
  matchIds,
  marksLabel,
  focusId,
  annotation,
}: ExplorerDrawingProps) {
  const rovingId = wide.marks.some((mark) => mark.id === focusId) ? focusId : (wide.marks[0]?.id ?? null);
  const chart = (geometry: TimelineGeometry) => (
    <TimelineChart
      geometry={geometry}
      palette={CSS_PALETTE}
      title={title}
      description={description}
      selectedId={selectedId}
      matchIds={matchIds}
      marksLabel={marksLabel}
      focusableId={rovingId}
      annotation={annotation}
    />
  );
  return <ResponsiveChart narrow={chart(narrow)} wide={chart(wide)} />;
}
