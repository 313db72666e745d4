'use client';

import { useText } from '@/components/i18n/text-provider';
import type { TimelineItem } from '@/lib/charts/timeline/types';
import { Highlight } from './highlight';
import { StateLink } from './state-link';

export type DetailPanelProps = {
  item: TimelineItem;
  previous: TimelineItem | null;
  next: TimelineItem | null;
  query: string;
  hrefFor: (id: string | null) => string;
  onSelect: (id: string | null) => void;
};

/** One milestone in full: date at its precision, title, summary, stage, kind, slide, note and neighbours. */
export function DetailPanel({ item, previous, next, query, hrefFor, onSelect }: DetailPanelProps) {
  const t = useText('timeline.explorer.detail');
  return (
    <section className="timeline-detail" aria-labelledby="timeline-detail-title" data-id={item.id}>
      <p className="timeline-detail__date">{item.dateText}</p>
      <h3 id="timeline-detail-title" className="timeline-detail__title">
        <Highlight text={item.title} query={query} />
      </h3>
      <p className="timeline-detail__summary">
        <Highlight text={item.summary} query={query} />
      </p>
      <dl className="timeline-detail__facts">
        <dt>{t('stage')}</dt>
        <dd>{item.stageName}</dd>
        <dt>{t('category')}</dt>
        <dd>{item.categoryName}</dd>
        <dt>{t('slide')}</dt>
        <dd>{t('slideValue', { slide: item.slide })}</dd>
        {item.note ? (
          <>
            <dt>{t('note')}</dt>
            <dd>{item.note}</dd>
          </>
        ) : null}
      </dl>
      <nav className="timeline-detail__nav no-print" aria-label={t('neighbours')}>
        {previous && previous.id !== item.id ? (
          <StateLink href={hrefFor(previous.id)} onNavigate={() => onSelect(previous.id)} className="timeline-detail__previous">
            ← {t('previous')}: {previous.dateText} · {previous.title}
          </StateLink>
        ) : null}
        {next && next.id !== item.id ? (
          <StateLink href={hrefFor(next.id)} onNavigate={() => onSelect(next.id)} className="timeline-detail__next">
            {t('next')} →: {next.dateText} · {next.title}
          </StateLink>
        ) : null}
        <StateLink href={hrefFor(null)} onNavigate={() => onSelect(null)} className="timeline-detail__close">
          {t('close')}
        </StateLink>
      </nav>
    </section>
  );
}
