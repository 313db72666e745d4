import 'server-only';
import { getLocale } from 'next-intl/server';
import type { ChartMeta } from '@/lib/charts/chart-meta';
import { IMAGE_PRESET_IDS, type ImagePreset } from '@/lib/charts/image-params';
import { getChart, isChartId } from '@/components/charts/registry';
import { loadChartMarks } from '@/delivery/image-chart';
import { getPageOrigin } from '@/lib/http/page-origin';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translator';
import { ShareControls, type ShareText } from './share-controls';
import { EMBED_WIDTHS, type EmbedWidth } from '@/lib/charts/embed-snippet';

export type SharePanelProps = {
  chart: ChartMeta;
  /** The chart's title, for the iframe's accessible name. */
  title: string;
  /** Which of the page's figures the links draw, where it has more than one (`{show: 'egdi'}`); its first by default. */
  figure?: Readonly<Record<string, string>>;
};

/** The share panel's words, translated here so the browser gets strings rather than a message formatter. */
export async function getShareText(chart: ChartMeta, locale: Locale): Promise<ShareText> {
  const t = await getTranslator(locale, 'share');
  return {
    label: t('label'),
    snippetLabel: t('embed.snippetLabel'),
    copy: t('embed.copy'),
    fixedLabel: t('embed.fixedLabel'),
    copyFixed: t('embed.copyFixed'),
    fixedWidthLabel: t('embed.fixedWidthLabel'),
    fixedWidths: Object.fromEntries(EMBED_WIDTHS.map((width) => [width, t('embed.fixedWidth', { width: String(width) })])) as Record<
      EmbedWidth,
      string
    >,
    imageUrlLabel: t('image.urlLabel'),
    copyUrl: t('image.copyUrl'),
    sizeLabel: t('image.sizeLabel'),
    presets: Object.fromEntries(IMAGE_PRESET_IDS.map((preset) => [preset, t(`image.presets.${preset}`)])) as Record<ImagePreset, string>,
    downloadPng: t('image.downloadPng'),
    downloadSvg: t('image.downloadSvg'),
    downloadCsv: Object.fromEntries(chart.datasets.map((dataset) => [dataset, t('data.downloadCsv', { file: `${dataset}.csv` })])),
    downloadViewCsv: t('data.downloadViewCsv', { file: `${chart.id}.csv` }),
    copied: t('copied'),
    copyFailed: t('copyFailed'),
    annotate: { label: t('annotate.label'), highlight: t('annotate.highlight'), note: t('annotate.note') },
  };
}

/** Embed code, image URL and downloads for one chart, in the page's language and current theme. */
export async function SharePanel({ chart, title, figure }: SharePanelProps) {
  const locale = (await getLocale()) as Locale;
  const [text, origin, tp, marks] = await Promise.all([
    getShareText(chart, locale),
    getPageOrigin(),
    getTranslator(locale, 'pptx'),
    isChartId(chart.id) ? loadChartMarks(chart.id, locale) : [],
  ]);
  const manifest = isChartId(chart.id) ? getChart(chart.id) : undefined;
  const pptx = manifest?.pptx ? { label: tp('downloadChart'), followsView: Boolean(manifest.pptx.followsView) } : undefined;
  return (
    <ShareControls
      chartId={chart.id}
      datasets={chart.datasets}
      title={title}
      locale={locale}
      text={text}
      viewParams={chart.viewParams?.filter((name) => name !== chart.figureParam)}
      figure={figure}
      origin={origin}
      pptx={pptx}
      viewCsv={Boolean(manifest?.viewCsv)}
      marks={marks}
    />
  );
}
