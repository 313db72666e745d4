import type { ReactNode } from 'react';
import type { SpeakerNotes } from '@/lib/present/speaker-notes';

/** A slide ready for the controller: its title, its steps and its server-rendered content. */
export type DeckSlide = {
  /** 'title', 'stages', a chart's id or 'sources'. */
  id: string;
  title: string;
  /** The slides of the lecture deck it comes from, listed on the sources slide. */
  source?: string;
  steps: number;
  stepLabels?: string[];
  content: ReactNode;
  /** What the lecturer says over it: the presenter view shows them, the PowerPoint file keeps them. */
  speakerNotes?: SpeakerNotes;
  /** What to say at each step, added to a chart's speaker notes (the chart's own words say the rest). */
  stepNotes?: string[];
};

/**
 * The shapes a chart is drawn in for the deck, CSS showing the one that fits the screen: a 16:9
 * screen, a 4:3 projector (most classrooms), and a phone (one column, the page's narrow layout).
 * Widths are viewBox units (a chart's height is the room its slide's text leaves: getSlideChartHeight);
 * `minFontSize` keeps the chart's least text at 24 px on a 1920×1080 screen and 15 px on a 1024×768
 * projector, where the chart is drawn 1.1 and 0.86 times its viewBox size.
 */
export const SLIDE_SHAPES = {
  wide: { width: 1600, minFontSize: 22 },
  square: { width: 1100, minFontSize: 18 },
  phone: { width: 360 },
} as const;
export type SlideShape = keyof typeof SLIDE_SHAPES;

/**
 * The timeline's whole chart, at "show all": the room under the heading on 16:9 (its caption beside the
 * heading), so the chart is drawn at the slide's width; tall enough for every title at the least size.
 */
export const TIMELINE_CHART_HEIGHT: Record<Exclude<SlideShape, 'phone'>, number> = { wide: 760, square: 600 };

/**
 * The trends chart at each step: shorter than a chart slide's, leaving the step's caption a line
 * under it at the same scale (its least text 15 px on a 1024×768 projector, 24 px on 1920×1080).
 */
export const TRENDS_SLIDE_HEIGHT: Record<Exclude<SlideShape, 'phone'>, number> = { wide: 620, square: 560 };

/**
 * A stage of the timeline, drawn beside the current milestone's caption: a little more than half the
 * slide's width, the height under the heading. Drawn about 1.0 times its viewBox size on a 1920×1080
 * screen (wide) and on a 1024×768 projector (square), so its least text is 24 and 15 px there.
 */
export const TIMELINE_STAGE_SHAPES: Record<Exclude<SlideShape, 'phone'>, { width: number; height: number; minFontSize: number }> = {
  wide: { width: 980, height: 820, minFontSize: 24.5 },
  square: { width: 520, height: 620, minFontSize: 15.5 },
};
