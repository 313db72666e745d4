import 'server-only';
import { toUnitedStatesPptx } from '@/lib/charts/united-states/pptx';
import { getTranslator } from '@/lib/i18n/translator';
import { defineChart } from '@/components/charts/manifest-types';
import { getUnitedStatesHeadline } from '@/lib/charts/united-states/headline';
import type { UsRow } from '@/lib/datasets/us-downsizing';
import { getUnitedStatesChartData } from './data';
import { UNITED_STATES_META } from './meta';
import { getUnitedStatesNotes } from './notes';
import { describeUnitedStatesChart, getUnitedStatesMarks, renderUnitedStatesSvg } from './render';
import { UnitedStatesFacts } from './united-states-facts';
import { UnitedStatesFigure } from './united-states-figure';

export const unitedStatesChart = defineChart({
  ...UNITED_STATES_META,
  getData: getUnitedStatesChartData,
  render: renderUnitedStatesSvg,
  describe: describeUnitedStatesChart,
  getMarks: getUnitedStatesMarks,
  page: { title: 'page.title', lead: 'page.lead', Figure: UnitedStatesFigure, BelowFigure: UnitedStatesFacts },
  getNotes: getUnitedStatesNotes,
  imageNotes: true,
  overview: { span: 1, getHeadline: getUnitedStatesHeadline },
  presentation: {},
  pptx: { getContent: async (rows, locale) => toUnitedStatesPptx(rows, locale, await getTranslator(locale, 'unitedStates')) },
  preview: { dataset: 'us-downsizing', toData: (rows) => rows as UsRow[] },
});
