import type { ReactNode } from 'react';
import NextLink from 'next/link';
import type { SlideShape } from './deck-slide';

export type ChartSlideProps = {
  title: string;
  subtitle?: string;
  source: string;
  /** The chart drawn for each shape of screen; CSS shows the one that fits. */
  chart: Record<SlideShape, ReactNode>;
  /** The chart's page, where its footnotes are: "Notes: /en/coverage". */
  notes?: { label: string; path: string };
  /** Below the chart, e.g. the timeline's caption of the current event. */
  children?: ReactNode;
};

/** The shapes of screen a chart slide draws its chart for. */
export const SHAPES: SlideShape[] = ['wide', 'square', 'phone'];

/** A chart slide's source line, with a link to the chart's page where its footnotes are. */
export function SlideSource({ source, notes }: Pick<ChartSlideProps, 'source' | 'notes'>) {
  return (
    <p className="present-source">
      {source}
      {notes ? (
        <>
          {' · '}
          {notes.label} <NextLink href={notes.path}>{notes.path}</NextLink>
        </>
      ) : null}
    </p>
  );
}

/** A chart filling a slide under its title, with its source line. */
export function ChartSlide({ title, subtitle, source, notes, chart, children }: ChartSlideProps) {
  return (
    <div className="present-chart-slide">
      <h2 className="present-heading">{title}</h2>
      {subtitle ? <p className="present-subtitle">{subtitle}</p> : null}
      {SHAPES.map((shape) => (
        <div key={shape} className={`present-chart present-chart--${shape}`}>
          {chart[shape]}
        </div>
      ))}
      {children}
      <SlideSource source={source} notes={notes} />
    </div>
  );
}
