import type { CoverageRow } from '../datasets/website-coverage';
import type { FranceRow } from '../datasets/france-internet';
import type { MilestoneRow } from '../datasets/milestones';
import type { UsRow } from '../datasets/us-downsizing';
import { toFranceFigures } from '../charts/france/figures';
import { formatNumber, formatPercent } from '../format';
import type { DatasetId } from '../datasets/registry';
import { localized } from '../i18n/localized';
import type { Locale } from '../i18n/routing';

/** Chinese reads large counts in 万 and 亿; English spells them out. */
const COMPACT_COUNTS: Record<Locale, boolean> = { zh: true, en: false };

export type Headline = {
  id: string;
  /** The figure as shown, e.g. "96%" or "2006-01-01". */
  value: string;
  /** The deck's hedge on the figure ("nearly"), shown with it. */
  qualifier?: 'nearly';
  /** Message key under pages.overview.headlines for the sentence around it, and the values it takes from the data. */
  key: string;
  values?: Record<string, string>;
  slide: number;
  /** The dataset it comes from (its page is the first chart that draws it), and the view of that page that shows it (`?m=…`). */
  dataset: DatasetId;
  query?: string;
};

export type HeadlineData = {
  coverage: CoverageRow[];
  milestones: MilestoneRow[];
  us: UsRow[];
  france: FranceRow[];
};

function find<T>(rows: T[], test: (row: T) => boolean, what: string): T {
  const row = rows.find(test);
  if (!row) throw new Error(`The overview needs ${what}, which the data does not have`);
  return row;
}

/** The handful of figures the overview opens with, each from data/ and naming its slide. */
export function getHeadlines(data: HeadlineData, locale: Locale): Headline[] {
  const top = find(data.coverage, (r) => r.level_rank === 1, 'the top level of website coverage');
  const bottom = data.coverage.reduce((a, b) => (b.level_rank > a.level_rank ? b : a), top);
  const portal = find(data.milestones, (r) => r.id === 'gov-cn-launch', 'the gov.cn milestone');
  const doc17 = find(data.milestones, (r) => r.id === 'document-17', 'the Document No. 17 milestone');
  const staff = find(data.us, (r) => r.metric_id === 'federal-employees-cut', 'the US employees figure');
  const levelName = (row: CoverageRow) => localized(row, 'level', locale);
  const penetration = find(data.france, (r) => r.metric_id === 'internet-penetration', 'France’s penetration');
  return [
    {
      id: 'coverage-top',
      value: formatPercent(top.share_pct, locale),
      key: 'coverageTop',
      values: { level: levelName(top), year: top.as_of.slice(0, 4) },
      slide: top.source_slide,
      dataset: 'website-coverage',
    },
    {
      id: 'coverage-bottom',
      value: formatPercent(bottom.share_pct, locale),
      ...(bottom.share_qualifier === 'nearly' ? { qualifier: 'nearly' as const } : {}),
      key: 'coverageBottom',
      values: { level: levelName(bottom) },
      slide: bottom.source_slide,
      dataset: 'website-coverage',
    },
    { id: 'document-17', value: doc17.date, key: 'document17', slide: doc17.source_slide, dataset: 'milestones', query: '?m=document-17' },
    { id: 'gov-cn', value: portal.date, key: 'govCn', slide: portal.source_slide, dataset: 'milestones', query: '?m=gov-cn-launch' },
    {
      id: 'us-staff',
      value: formatNumber(staff.value, locale, { compact: COMPACT_COUNTS[locale] }),
      key: 'usStaff',
      values: { from: String(staff.period_start), to: String(staff.period_end) },
      slide: staff.source_slide,
      dataset: 'us-downsizing',
    },
    {
      id: 'france-penetration',
      value: formatPercent(penetration.value, locale),
      key: 'francePenetration',
      values: { computed: formatPercent(toFranceFigures(data.france, locale).computedPenetration, locale, 1) },
      slide: penetration.source_slide,
      dataset: 'france-internet',
    },
  ];
}
