import 'server-only';
import { toFrancePptx } from '@/lib/charts/france/pptx';
import { getTranslator } from '@/lib/i18n/translator';
import { defineChart } from '@/components/charts/manifest-types';
import { getFranceHeadline } from '@/lib/charts/france/headline';
import type { FranceRow } from '@/lib/datasets/france-internet';
import { getFranceChartData } from './data';
import { FranceFigure } from './france-figure';
import { FRANCE_META } from './meta';
import { getFranceNotes } from './notes';
import { describeFranceChart, getFranceMarks, renderFranceSvg } from './render';

export const franceChart = defineChart({
  ...FRANCE_META,
  getData: getFranceChartData,
  render: renderFranceSvg,
  describe: describeFranceChart,
  getMarks: getFranceMarks,
  page: { title: 'pageTitle', lead: 'lead', describeWithLead: true, Figure: FranceFigure },
  getNotes: getFranceNotes,
  imageNotes: true,
  overview: { span: 1, getHeadline: getFranceHeadline },
  presentation: {},
  pptx: {
    getContent: async (rows, locale) =>
      toFrancePptx(rows, locale, await getTranslator(locale, 'france'), await getTranslator(locale, 'pptx')),
  },
  preview: { dataset: 'france-internet', toData: (rows) => rows as FranceRow[] },
});
