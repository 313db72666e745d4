import 'server-only';
import { toApplicationModesPptx } from '@/lib/charts/application-modes/pptx';
import { defineChart } from '@/components/charts/manifest-types';
import { getApplicationModesHeadline } from '@/lib/charts/application-modes/headline';
import type { ApplicationModeRow } from '@/lib/datasets/application-modes';
import { ApplicationModesFigure } from './application-modes-figure';
import { getApplicationModesChartData } from './data';
import { APPLICATION_MODES_META } from './meta';
import { getApplicationModesNotes } from './notes';
import { describeApplicationModesChart, getApplicationModesMarks, renderApplicationModesSvg } from './render';
import { loadApplicationModesSlide } from './slide';

export const applicationModesChart = defineChart({
  ...APPLICATION_MODES_META,
  getData: getApplicationModesChartData,
  render: renderApplicationModesSvg,
  describe: describeApplicationModesChart,
  getMarks: getApplicationModesMarks,
  page: { title: 'pageTitle', lead: 'lead', describeWithLead: true, Figure: ApplicationModesFigure },
  getNotes: getApplicationModesNotes,
  imageNotes: true,
  overview: { span: 1, getHeadline: (rows, _locale, t) => getApplicationModesHeadline(rows, t) },
  // A step per mode, as the deck gives each a slide, then the whole tree.
  presentation: { loadSlide: loadApplicationModesSlide },
  pptx: { getContent: (rows, locale) => Promise.resolve(toApplicationModesPptx(rows, locale)) },
  preview: { dataset: 'application-modes', toData: (rows) => rows as ApplicationModeRow[] },
});
