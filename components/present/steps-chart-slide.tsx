import type { ReactElement } from 'react';
import type { SlideShape } from './deck-slide';
import { SHAPES, SlideSource } from './chart-slide';
import { getChartStepCss } from '@/lib/present/chart-steps';

export type StepsChartSlideProps = {
  /** The slide's id ('trends'), whose class scopes the steps' CSS. */
  id: string;
  title: string;
  source: string;
  /** The chart's page, where its footnotes are: "Notes: /en/application-modes". */
  notes?: { label: string; path: string };
  /**
   * Each step's chart, drawn for every shape of screen, and its caption under it where it has one:
   * "Step 2 of 5", "1999: the Government Online Project".
   */
  steps: { chart: Record<SlideShape, ReactElement>; caption?: { meta: string; title: string } }[];
};

/** A chart step by step: CSS keyed on the slide's step shows that step's chart and caption. */
export function StepsChartSlide({ id, title, source, notes, steps }: StepsChartSlideProps) {
  return (
    <div className="present-chart-slide">
      <style dangerouslySetInnerHTML={{ __html: getChartStepCss(steps.length, `.present-slide--${id}`) }} />
      <h2 className="present-heading">{title}</h2>
      {steps.map(({ chart }, index) => (
        <div key={index} data-chart-step={index + 1}>
          {SHAPES.map((shape) => (
            <div key={shape} className={`present-chart present-chart--${shape}`}>
              {chart[shape]}
            </div>
          ))}
        </div>
      ))}
      {steps.map(({ caption }, index) =>
        caption ? (
          <div key={index} className="present-step-caption" data-chart-step={index + 1}>
            <p className="present-step-caption__text">
              <span className="present-step-caption__meta">{caption.meta}</span> {caption.title}
            </p>
          </div>
        ) : null,
      )}
      <SlideSource source={source} notes={notes} />
    </div>
  );
}
