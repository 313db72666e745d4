import 'server-only';
import { toTimelinePptx } from '@/lib/charts/timeline/pptx';
import { defineChart } from '@/components/charts/manifest-types';
import { getTimelineHeadline } from '@/lib/charts/timeline/headline';
import { checkTimelineView, describeTimelineView, getTimelineView } from '@/lib/charts/timeline/view';
import { getTranslator } from '@/lib/i18n/translator';
import { loadRows } from '@/lib/datasets/load';
import type { MilestoneRow } from '@/lib/datasets/milestones';
import { getTimelineChartData } from './data';
import { TIMELINE_META } from './meta';
import { getTimelineChartNotes } from './notes';
import { describeTimelineChart, getTimelineMarks, renderTimelineSvg } from './render';
import { loadTimelineSlide } from './slide';
import { TimelineExplorerFigure } from './timeline-explorer-figure';

export const timelineChart = defineChart({
  ...TIMELINE_META,
  getData: getTimelineChartData,
  render: renderTimelineSvg,
  describe: describeTimelineChart,
  getMarks: getTimelineMarks,
  page: { title: 'page.title', lead: 'page.lead', Figure: TimelineExplorerFigure },
  getNotes: getTimelineChartNotes,
  overview: { span: 2, getHeadline: (data, _locale, t) => getTimelineHeadline(data, t) },
  presentation: { loadSlide: loadTimelineSlide },
  // Shapes and text; a one-slide file shows the view its URL names (a close-up of some years), as images do.
  pptx: {
    getContent: async (data, locale, options) => toTimelinePptx(data, locale, await getTranslator(locale, 'timeline'), options?.view),
    followsView: true,
  },
  preview: {
    dataset: 'milestones',
    toData: (milestones) => ({
      milestones: milestones as MilestoneRow[],
      stages: loadRows('stages'),
      countries: loadRows('country-profiles'),
    }),
  },
  // An embed shows the moment of the page its URL names: the same filters, zoom and open milestone.
  renderView: (options, query) => {
    const { data, ...view } = getTimelineView(options.data ?? getTimelineChartData(), query);
    return renderTimelineSvg({ ...options, data, view });
  },
  describeView: async (view, data, locale) => describeTimelineView(data, view, await getTranslator(locale, 'timeline')),
  checkView: (view, data) => checkTimelineView(view, new Set(data.milestones.map((row) => row.id))),
});
