import type { ReactNode } from 'react';
import { SharePanel } from '@/components/share/share-panel';
import type { ChartMeta } from '@/lib/charts/chart-meta';
import { ChartTooltip } from './chart-tooltip';

export type ChartFrameProps = {
  id: string;
  title: string;
  subtitle?: string;
  /** e.g. "Source: deck slide 58". */
  source: string;
  /** Footnotes shown under the chart, e.g. where the deck disagrees with itself. */
  notes?: readonly { marker: string; text: string }[];
  /** Label of the table toggle, and the table itself. */
  tableLabel: string;
  table: ReactNode;
  /** Extra controls, such as the share panel. */
  actions?: ReactNode;
  /** The chart shown: adds the share panel (embed code, image URL, downloads) to the actions. */
  share?: ChartMeta;
  /** The view of this figure that its page's URL does not say (`show=egdi` under the trends page's EGDI chart), in every link the panel gives. */
  shareFigure?: Readonly<Record<string, string>>;
  /** Heading level: pages use h1 for their one chart, the overview h2. */
  headingLevel?: 1 | 2 | 3;
  children: ReactNode;
};

/** Title, subtitle, the chart, its source and notes, and a toggle to the same data as a table. */
export function ChartFrame({
  id,
  title,
  subtitle,
  source,
  notes,
  tableLabel,
  table,
  actions: extraActions,
  share,
  shareFigure,
  headingLevel = 2,
  children,
}: ChartFrameProps) {
  const Heading = `h${headingLevel}` as const;
  const actions = share ? (
    <>
      {extraActions}
      <SharePanel chart={share} title={title} figure={shareFigure} />
    </>
  ) : (
    extraActions
  );
  return (
    <figure className="chart-frame" id={id} aria-labelledby={`${id}-title`}>
      <Heading className="chart-frame__title" id={`${id}-title`}>
        {title}
      </Heading>
      {subtitle ? <p className="chart-frame__subtitle">{subtitle}</p> : null}
      <div className="chart-frame__body">
        {children}
        <ChartTooltip />
      </div>
      <figcaption className="chart-frame__caption">
        <p className="chart-frame__source">{source}</p>
        {notes && notes.length > 0 ? (
          <ol className="chart-frame__notes">
            {notes.map((note) => (
              <li key={note.marker} id={`${id}-note-${note.marker}`}>
                <span className="chart-frame__note-marker">{note.marker}</span> {note.text}
              </li>
            ))}
          </ol>
        ) : null}
      </figcaption>
      <details className="chart-frame__table">
        <summary>{tableLabel}</summary>
        {/* Focusable, so a table wider than a phone can be scrolled from the keyboard. */}
        <div className="table-scroll" tabIndex={0} role="region" aria-label={tableLabel}>
          {table}
        </div>
      </details>
      {actions ? <div className="chart-frame__actions no-print">{actions}</div> : null}
    </figure>
  );
}
