import type { CountryRow } from '@/lib/datasets/country-profiles';
import type { MilestoneCategory, MilestoneRow, StageId } from '@/lib/datasets/milestones';
import type { StageRow } from '@/lib/datasets/stages';
import type { DatePrecision, DateQualifier } from './dates';

/** The rows the timeline is drawn from. */
export type TimelineChartData = {
  milestones: MilestoneRow[];
  stages: StageRow[];
  countries: CountryRow[];
};

/** A milestone ready to draw: its place in time and its text in the page's language. */
export type TimelineItem = {
  id: string;
  time: number;
  precision: DatePrecision;
  qualifier: DateQualifier | null;
  /** Short date for labels, e.g. "1992", "Aug 2002". */
  dateLabel: string;
  /** Date for tooltips and tables: says when only the year is known. */
  dateText: string;
  title: string;
  summary: string;
  stage: StageId;
  stageName: string;
  category: MilestoneCategory;
  categoryName: string;
  slide: number;
  note: string | null;
  /** Date, title and stage: the mark's tooltip and accessible name. */
  tip: string;
};

export type TimelineStage = {
  id: StageId;
  rank: number;
  name: string;
  start: number;
  /** Null where the deck gives no end: the band runs to the edge of the axis. */
  end: number | null;
};

/** When another country began its e-government, for the explorer's context markers. */
export type TimelineContext = {
  id: string;
  year: number;
  /** "US 1993", for a year on the axis. */
  label: string;
  /** "← Singapore 1981", for a year before the axis starts. */
  labelBefore: string;
};

export type TimelineInput = {
  items: TimelineItem[];
  stages: TimelineStage[];
  legend: { category: MilestoneCategory; label: string }[];
  context?: TimelineContext[];
};
