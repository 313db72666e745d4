import type { ReactElement } from 'react';
import type { SlideShape } from './deck-slide';
import { getTrendsStepCss } from '@/lib/present/trends-steps';

export type TrendsSlideProps = {
  title: string;
  source: string;
  /** Each step's chart, drawn for every shape of screen, and its caption: "Step 2 of 5", "1999: the Government Online Project". */
  steps: { chart: Record<SlideShape, ReactElement>; caption: { meta: string; title: string } }[];
};

const SCOPE = '.present-slide--trends';
const SHAPES: SlideShape[] = ['wide', 'square', 'phone'];

/** The trends chart step by step: CSS keyed on the slide's step shows that step's chart and caption. */
export function TrendsSlide({ title, source, steps }: TrendsSlideProps) {
  return (
    <div className="present-chart-slide">
      <style dangerouslySetInnerHTML={{ __html: getTrendsStepCss(steps.length, SCOPE) }} />
      <h2 className="present-heading">{title}</h2>
      {steps.map(({ chart }, index) => (
        <div key={index} data-trends-step={index + 1}>
          {SHAPES.map((shape) => (
            <div key={shape} className={`present-chart present-chart--${shape}`}>
              {chart[shape]}
            </div>
          ))}
        </div>
      ))}
      {steps.map(({ caption }, index) => (
        <div key={index} className="present-trends-caption" data-trends-step={index + 1}>
          <p className="present-trends-caption__text">
            <span className="present-trends-caption__meta">{caption.meta}</span> {caption.title}
          </p>
        </div>
      ))}
      <p className="present-source">{source}</p>
    </div>
  );
}
