import 'server-only';
import { toCoveragePptx } from '@/lib/charts/coverage/pptx';
import { getTranslator } from '@/lib/i18n/translator';
import { defineChart } from '@/components/charts/manifest-types';
import { getCoverageHeadline } from '@/lib/charts/coverage/headline';
import type { CoverageRow } from '@/lib/datasets/website-coverage';
import { CoverageFigure } from './coverage-figure';
import { getCoverageChartData } from './data';
import { COVERAGE_META } from './meta';
import { getCoverageNotes } from './notes';
import { describeCoverageChart, getCoverageMarks, renderCoverageSvg } from './render';

export const coverageChart = defineChart({
  ...COVERAGE_META,
  getData: getCoverageChartData,
  render: renderCoverageSvg,
  describe: describeCoverageChart,
  getMarks: getCoverageMarks,
  page: { title: 'page.title', lead: 'page.lead', Figure: CoverageFigure },
  getNotes: getCoverageNotes,
  imageNotes: true,
  overview: { span: 1, getHeadline: getCoverageHeadline },
  presentation: {},
  pptx: {
    getContent: async (rows, locale) =>
      toCoveragePptx(rows, locale, await getTranslator(locale, 'coverage'), await getTranslator(locale, 'pptx')),
  },
  preview: { dataset: 'website-coverage', toData: (rows) => rows as CoverageRow[] },
});
