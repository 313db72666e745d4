import type { ReactNode } from 'react';

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
};

/** Every slide is laid out for a 16:9 screen in these viewBox units. */
export const SLIDE_CHART_WIDTH = 1600;
export const SLIDE_CHART_HEIGHT = 700;
export const TIMELINE_CHART_HEIGHT = 460;
