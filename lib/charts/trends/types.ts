import type { Box, PlacedText } from '@/lib/charts/shared/box';
import type { EgdiRow } from '@/lib/datasets/egdi';
import type { InternetUsersRow } from '@/lib/datasets/internet-users';
import type { MilestoneRow } from '@/lib/datasets/milestones';
import type { StageRow } from '@/lib/datasets/stages';
import type { TrendsView } from './view';

/** The rows the trends chart is drawn from: internet use, and the deck's milestones and stages to lay over it. */
export type TrendsChartData = {
  rows: InternetUsersRow[];
  milestones: MilestoneRow[];
  stages: StageRow[];
  /** The UN's EGDI from a user's file in DATA_DIR (none is shipped): its rows, none without the file, and the file's name for the credit. */
  egdi?: { rows: readonly EgdiRow[]; file: string };
};

export type TrendsPoint = { year: number; value: number };

/** One country's line, worded in the page's language. */
export type TrendsSeries = {
  code: string;
  name: string;
  /** The measured years in the view, in order; a year without a measurement has no point. */
  points: TrendsPoint[];
  /** Its colour, the same whichever other countries are shown. */
  colour: number;
  /** Past the palette's six colours, lines are dashed as well. */
  dashed: boolean;
};

/** A milestone of the deck on the time axis. */
export type TrendsEvent = { id: string; time: number; year: number; label: string; title: string };

/** A stage of the deck as a shaded period: from `start` until `end` (fractional years). */
export type TrendsBand = { id: string; rank: number; name: string; start: number; end: number };

/** What the layout needs, in one language: the view, the lines, the events and bands, and how values read. */
export type TrendsInput = {
  view: TrendsView;
  series: TrendsSeries[];
  events: TrendsEvent[];
  bands: TrendsBand[];
  formatValue: (value: number) => string;
  /** "China, 2005: 8.5%" */
  pointTip: (series: TrendsSeries, point: TrendsPoint) => string;
  /** "China: 0% in 1990, 77% in 2023" */
  seriesTip: (series: TrendsSeries) => string;
  /** "1999: Government Online Project …" */
  eventTip: (event: TrendsEvent) => string;
  /** Said where no country is chosen, or none has a value in the years shown. */
  emptyText: string;
};

export type PlacedTrendsLine = {
  code: string;
  colour: number;
  dashed: boolean;
  /** One path per run of consecutive years: a missing year breaks the line rather than bridging it. */
  paths: string[];
  points: { x: number; y: number; tip: string }[];
  label: PlacedText;
  /** Where the line ends, and the label's tie to it when the label had to move. */
  end: { x: number; y: number };
  tip: string;
};

export type PlacedTrendsEvent = { id: string; x: number; y1: number; y2: number; label: PlacedText; tip: string };

export type PlacedTrendsBand = { id: string; x: number; width: number; rank: number; label: PlacedText | null };

export type TrendsLayout = {
  width: number;
  height: number;
  fontSize: number;
  plot: Box;
  bands: PlacedTrendsBand[];
  yTicks: { y: number; label: PlacedText }[];
  xTicks: { x: number; label: PlacedText }[];
  events: PlacedTrendsEvent[];
  lines: PlacedTrendsLine[];
  empty: PlacedText | null;
};
