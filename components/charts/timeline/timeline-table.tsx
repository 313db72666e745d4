import type { TimelineItem } from '@/lib/charts/timeline/types';

export type TimelineTableProps = {
  items: readonly TimelineItem[];
  /** Footnote marker per milestone id, for rows with a note. */
  noteMarkers: ReadonlyMap<string, string>;
  /** Id of the figure whose footnotes the markers link to. */
  figureId: string;
  labels: { caption: string; date: string; title: string; stage: string; category: string; slide: string };
};

/** The milestones as a table, in date order. */
export function TimelineTable({ items, noteMarkers, figureId, labels }: TimelineTableProps) {
  return (
    <table className="data-table timeline-table">
      <caption>{labels.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{labels.date}</th>
          <th scope="col">{labels.title}</th>
          <th scope="col">{labels.stage}</th>
          <th scope="col">{labels.category}</th>
          <th scope="col" className="num">
            {labels.slide}
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const marker = noteMarkers.get(item.id);
          return (
            <tr key={item.id} id={`${figureId}-row-${item.id}`}>
              <td className="timeline-table__date">{item.dateText}</td>
              <th scope="row">
                {item.title}
                {marker ? (
                  <sup>
                    <a href={`#${figureId}-note-${marker}`}>{marker}</a>
                  </sup>
                ) : null}
              </th>
              <td>{item.stageName}</td>
              <td>{item.categoryName}</td>
              <td className="num">{item.slide}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
