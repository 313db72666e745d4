import type { OverviewLayout } from '@/lib/charts/overview/layout';

export type OverviewLinksProps = {
  layout: OverviewLayout;
  href: (chart: string) => string;
  label: (chart: string) => string;
  /** `_blank` from an embed, so the page around it stays. */
  target?: '_blank';
};

const percent = (part: number, whole: number) => `${Math.round((part / whole) * 10000) / 100}%`;

/**
 * One link per cell, laid over the overview's SVG where the cell is drawn: the chart stays a single
 * image for screen readers (role="img" may not hold links), and each small chart still opens its page,
 * by mouse, touch or keyboard.
 */
export function OverviewLinks({ layout, href, label, target }: OverviewLinksProps) {
  return (
    <ul className="overview-links">
      {layout.cells.map(({ chart, frame }) => (
        <li key={chart}>
          <a
            className="overview-links__link"
            href={href(chart)}
            aria-label={label(chart)}
            target={target}
            rel={target ? 'noopener' : undefined}
            style={{
              left: percent(frame.x, layout.width),
              top: percent(frame.y, layout.height),
              width: percent(frame.width, layout.width),
              height: percent(frame.height, layout.height),
            }}
          />
        </li>
      ))}
    </ul>
  );
}
