'use client';

import { useText } from '@/components/i18n/text-provider';
import type { TimelineItem, TimelineStage } from '@/lib/charts/timeline/types';
import { Highlight } from './highlight';
import { StateLink } from './state-link';

export type MilestoneListProps = {
  items: readonly TimelineItem[];
  stages: readonly TimelineStage[];
  selectedId: string | null;
  query: string;
  hrefFor: (id: string) => string;
  onSelect: (id: string) => void;
};

/** The visible milestones as a list, in date order under their stage: for phones, screen readers and print. */
export function MilestoneList({ items, stages, selectedId, query, hrefFor, onSelect }: MilestoneListProps) {
  const t = useText('timeline.explorer.list');
  const groups = stages
    .map((stage) => ({ stage, items: items.filter((item) => item.stage === stage.id) }))
    .filter((g) => g.items.length > 0);
  return (
    <section className="timeline-list" aria-label={t('label')}>
      {groups.length === 0 ? <p>{t('empty')}</p> : null}
      {groups.map(({ stage, items: stageItems }) => (
        <div key={stage.id} className={`timeline-list__stage timeline-list__stage--${stage.rank}`}>
          <h3>{stage.name}</h3>
          <ol>
            {stageItems.map((item) => (
              <li key={item.id} data-id={item.id} aria-current={item.id === selectedId ? 'true' : undefined}>
                <StateLink href={hrefFor(item.id)} onNavigate={() => onSelect(item.id)}>
                  <span className="timeline-list__date">{item.dateText}</span>{' '}
                  <span className="timeline-list__title">
                    <Highlight text={item.title} query={query} />
                  </span>
                </StateLink>{' '}
                <span className="timeline-list__category">{item.categoryName}</span>
              </li>
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}
