import type { ReactNode } from 'react';

/**
 * Both layouts of a chart in the server HTML; CSS shows the one that fits the container,
 * so a phone gets a layout made for its width without any JavaScript.
 */
export function ResponsiveChart({ narrow, wide }: { narrow: ReactNode; wide: ReactNode }) {
  return (
    <div className="responsive-chart">
      <div className="responsive-chart__narrow">{narrow}</div>
      <div className="responsive-chart__wide">{wide}</div>
    </div>
  );
}

/**
 * ResponsiveChart for drawings the server made as markup (renderPageVariants): React hydrates each
 * layout as one element whose content it leaves as the HTML has it, instead of one element per mark.
 * Nothing in a drawing listens to events itself (the tooltip listens on the frame around it).
 */
export function ResponsiveChartMarkup({ narrow, wide }: { narrow: string; wide: string }) {
  return (
    <div className="responsive-chart">
      <div className="responsive-chart__narrow" dangerouslySetInnerHTML={{ __html: narrow }} />
      <div className="responsive-chart__wide" dangerouslySetInnerHTML={{ __html: wide }} />
    </div>
  );
}
