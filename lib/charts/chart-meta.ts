import type { DatasetId } from '../datasets/registry';
import type { ChartId } from './chart-ids';

export type ChartMeta = {
  /** Message namespace with the chart's `title`, `subtitle` and `source` (image export, embeds, oEmbed). */
  namespace: string;
  /** The chart's page, after the locale: '' is the overview at /{locale}. */
  route: string;
  /** The datasets it draws, first the one its CSV download offers. */
  datasets: readonly DatasetId[];
  /** Its page's name under `common.nav`. */
  navKey: string;
};

/** What pages, embeds, image URLs, oEmbed and the share panel know about each chart. Safe in client code. */
export const CHART_META: Record<ChartId, ChartMeta> = {
  timeline: { namespace: 'timeline', route: '/timeline', datasets: ['milestones', 'stages'], navKey: 'timeline' },
  coverage: { namespace: 'coverage', route: '/coverage', datasets: ['website-coverage'], navKey: 'coverage' },
  france: { namespace: 'france', route: '/france', datasets: ['france-internet'], navKey: 'france' },
  'united-states': { namespace: 'unitedStates', route: '/united-states', datasets: ['us-downsizing'], navKey: 'unitedStates' },
  'application-modes': {
    namespace: 'applicationModes',
    route: '/application-modes',
    datasets: ['application-modes'],
    navKey: 'applicationModes',
  },
  overview: {
    namespace: 'share.overview',
    route: '',
    datasets: ['milestones', 'website-coverage', 'france-internet', 'us-downsizing', 'application-modes'],
    navKey: 'overview',
  },
};
