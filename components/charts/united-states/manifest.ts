import 'server-only';
import { defineChart } from '@/components/charts/manifest-types';
import { getUnitedStatesHeadline } from '@/lib/charts/united-states/headline';
import type { UsRow } from '@/lib/datasets/us-downsizing';
import { getUnitedStatesChartData } from './data';
import { UNITED_STATES_META } from './meta';
import { getUnitedStatesNotes } from './notes';
import { describeUnitedStatesChart, renderUnitedStatesSvg } from './render';
import { UnitedStatesFigure } from './united-states-figure';

export const unitedStatesChart = defineChart({
  ...UNITED_STATES_META,
  getData: getUnitedStatesChartData,
  render: renderUnitedStatesSvg,
  describe: describeUnitedStatesChart,
  page: { title: 'page.title', lead: 'page.lead', Figure: UnitedStatesFigure },
  getNotes: getUnitedStatesNotes,
  imageNotes: true,
  overview: { span: 1, getHeadline: getUnitedStatesHeadline },
  presentation: {},
  preview: { dataset: 'us-downsizing', toData: (rows) => rows as UsRow[] },
});
