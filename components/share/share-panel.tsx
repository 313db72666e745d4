import 'server-only';
import { getLocale } from 'next-intl/server';
import { CHART_META } from '@/lib/charts/chart-meta';
import type { ChartId } from '@/lib/charts/chart-ids';
import { TIMELINE_VIEW_PARAMS } from '@/lib/charts/embed-params';
import { IMAGE_PRESET_IDS, type ImagePreset } from '@/lib/charts/image-params';
import { getPageOrigin } from '@/lib/http/page-origin';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translator';
import { ShareControls, type ShareText } from './share-controls';

export type SharePanelProps = {
  chartId: ChartId;
  /** The chart's title, for the iframe's accessible name. */
  title: string;
};

/** The share panel's words, translated here so the browser gets strings rather than a message formatter. */
export async function getShareText(chartId: ChartId, locale: Locale): Promise<ShareText> {
  const t = await getTranslator(locale, 'share');
  return {
    label: t('label'),
    snippetLabel: t('embed.snippetLabel'),
    copy: t('embed.copy'),
    fixedLabel: t('embed.fixedLabel'),
    copyFixed: t('embed.copyFixed'),
    imageUrlLabel: t('image.urlLabel'),
    copyUrl: t('image.copyUrl'),
    sizeLabel: t('image.sizeLabel'),
    presets: Object.fromEntries(IMAGE_PRESET_IDS.map((preset) => [preset, t(`image.presets.${preset}`)])) as Record<ImagePreset, string>,
    downloadPng: t('image.downloadPng'),
    downloadSvg: t('image.downloadSvg'),
    downloadCsv: Object.fromEntries(
      CHART_META[chartId].datasets.map((dataset) => [dataset, t('data.downloadCsv', { file: `${dataset}.csv` })]),
    ),
    copied: t('copied'),
    copyFailed: t('copyFailed'),
  };
}

/** Embed code, image URL and downloads for one chart, in the page's language and current theme. */
export async function SharePanel({ chartId, title }: SharePanelProps) {
  const locale = (await getLocale()) as Locale;
  const viewParams = chartId === 'timeline' ? TIMELINE_VIEW_PARAMS : undefined;
  const [text, origin] = await Promise.all([getShareText(chartId, locale), getPageOrigin()]);
  return <ShareControls chartId={chartId} title={title} locale={locale} text={text} viewParams={viewParams} origin={origin} />;
}
