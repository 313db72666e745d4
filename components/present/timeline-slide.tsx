import { getTranslations } from 'next-intl/server';
import type { ReactElement } from 'react';
import type { SlideShape } from './deck-slide';
import type { TimelineItem } from '@/lib/charts/timeline/types';
import type { Locale } from '@/lib/i18n/routing';
import { getTimelineStepCss } from '@/lib/present/timeline-steps';
import { ChartSlide } from './chart-slide';

export type TimelineSlideProps = {
  locale: Locale;
  title: string;
  source: string;
  /** Milestones in the order the chart draws them: one step each. */
  items: TimelineItem[];
  chart: Record<SlideShape, ReactElement>;
  /** The caption of the last step, which shows every milestone. */
  allShown: string;
};

const SCOPE = '.present-slide--timeline';

/** Summaries longer than this set in smaller type, so every caption fits under the chart. */
const LONG_SUMMARY: Record<Locale, number> = { zh: 90, en: 240 };

/** The timeline with every milestone drawn; CSS keyed on the step reveals them one at a time, then shows them all. */
export async function TimelineSlide({ locale, title, source, items, chart, allShown }: TimelineSlideProps) {
  const t = await getTranslations({ locale, namespace: 'present.timeline' });
  const css = getTimelineStepCss(
    items.map((item) => item.id),
    SCOPE,
  );
  return (
    <ChartSlide title={title} source={source} chart={chart}>
      <style dangerouslySetInnerHTML={{ __html: css }} />
      <div className="present-captions">
        {items.map((item, index) => (
          <div key={item.id} className="present-caption" data-caption={index + 1} data-id={item.id}>
            <p className="present-caption__meta">
              <span className="present-caption__count">{t('step', { step: index + 1, steps: items.length })}</span>
              {' · '}
              {t('meta', { date: item.dateText, stage: item.stageName, category: item.categoryName })}
              {' · '}
              {t('slide', { slide: item.slide })}
            </p>
            <p className="present-caption__title">{item.title}</p>
            <p className={`present-caption__summary${item.summary.length > LONG_SUMMARY[locale] ? ' present-caption__summary--long' : ''}`}>
              {item.summary}
            </p>
            {item.note ? <p className="present-caption__note">{item.note}</p> : null}
          </div>
        ))}
        <div className="present-caption" data-caption={items.length + 1}>
          <p className="present-caption__title">{allShown}</p>
        </div>
      </div>
    </ChartSlide>
  );
}
