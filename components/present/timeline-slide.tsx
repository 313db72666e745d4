import { getTranslations } from 'next-intl/server';
import type { ReactElement } from 'react';
import type { SlideShape } from './deck-slide';
import type { TimelineItem } from '@/lib/charts/timeline/types';
import type { Locale } from '@/lib/i18n/routing';
import { getTimelineStepCss } from '@/lib/present/timeline-steps';

type ProjectedShape = Exclude<SlideShape, 'phone'>;

export type TimelineSlideProps = {
  locale: Locale;
  title: string;
  source: string;
  /** Milestones in the order the chart draws them: one step each. */
  items: TimelineItem[];
  /** The whole chart, shown at the last step (and on a phone, at every step). */
  chart: Record<SlideShape, ReactElement>;
  /** Each stage's milestones drawn on their own, beside the caption while a step of that stage is shown. */
  stageCharts: { stage: string; chart: Record<ProjectedShape, ReactElement> }[];
  /** The caption of the last step, which shows every milestone. */
  allShown: string;
};

const SCOPE = '.present-slide--timeline';
const PROJECTED: ProjectedShape[] = ['wide', 'square'];

/** Summaries longer than this set in smaller type, so every caption fits beside the chart. */
const LONG_SUMMARY: Record<Locale, number> = { zh: 90, en: 240 };

/**
 * The timeline step by step: the current milestone's stage drawn large beside its caption (the
 * stage's earlier milestones keep their titles), then the whole chart with every milestone. CSS
 * keyed on the step shows which; a phone gets the whole narrow chart with the caption under it.
 */
export async function TimelineSlide({ locale, title, source, items, chart, stageCharts, allShown }: TimelineSlideProps) {
  const t = await getTranslations({ locale, namespace: 'present.timeline' });
  const css = getTimelineStepCss(
    items.map((item) => ({ id: item.id, stage: item.stage })),
    SCOPE,
  );
  return (
    <div className="present-chart-slide">
      <style dangerouslySetInnerHTML={{ __html: css }} />
      <h2 className="present-heading">{title}</h2>
      <div className="present-chart present-chart--phone">{chart.phone}</div>
      <div className="present-timeline-all">
        {PROJECTED.map((shape) => (
          <div key={shape} className={`present-chart present-chart--${shape}`}>
            {chart[shape]}
          </div>
        ))}
        <div className="present-caption present-timeline-all__caption" data-caption={items.length + 1}>
          <p className="present-caption__title">{allShown}</p>
        </div>
      </div>
      <div className="present-timeline-steps">
        <div className="present-timeline-stages">
          {stageCharts.map(({ stage, chart: stageChart }) => (
            <div key={stage} className="present-stage-chart" data-stage-chart={stage}>
              {PROJECTED.map((shape) => (
                <div key={shape} className={`present-stage-chart__shape present-stage-chart__shape--${shape}`}>
                  {stageChart[shape]}
                </div>
              ))}
            </div>
          ))}
        </div>
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
              <p
                className={`present-caption__summary${item.summary.length > LONG_SUMMARY[locale] ? ' present-caption__summary--long' : ''}`}
              >
                {item.summary}
              </p>
              {item.note ? <p className="present-caption__note">{item.note}</p> : null}
            </div>
          ))}
        </div>
      </div>
      <p className="present-source">{source}</p>
    </div>
  );
}
