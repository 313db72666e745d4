import type { Box, PlacedText } from '@/lib/charts/shared/box';
import { getBaseFontSize } from '@/lib/charts/shared/fit-font-size';
import { round1 } from '@/lib/charts/shared/numbers';
import { placeText } from '@/lib/charts/shared/text-box';
import { getTextWidth } from '@/lib/charts/text-width';
import { EGDI_INDEXES, type EgdiIndex, type EgdiRow } from '@/lib/datasets/egdi';
import type { InternetUsersRow } from '@/lib/datasets/internet-users';
import type { Locale } from '@/lib/i18n/routing';
import type { Translate } from '@/lib/i18n/translator';
import { scaleLinear } from 'd3-scale';
import { getCountryName, toTrendsSeries } from './input';
import type { TrendsView } from './view';

export type EgdiPoint = { year: number; rank: number; values: Record<EgdiIndex, number>; participation: number | null };

/** One chosen country's surveys, in the colour its internet line has. */
export type EgdiSeries = { code: string; name: string; colour: number; dashed: boolean; points: EgdiPoint[] };

const nameKey = (name: string) => name.trim().toLowerCase();

/** A country's rows of the UN's file, by the name internet-users.csv gives it in English, in survey-year order. */
function getCountryRows(rows: readonly EgdiRow[], country: InternetUsersRow): EgdiRow[] {
  return rows
    .filter((row) => nameKey(row['Country Name']) === nameKey(country.entity_en))
    .sort((a, b) => a['Survey Year'] - b['Survey Year']);
}

/** The rows of the UN's file a view's EGDI chart draws, for its CSV: its countries in its order, each in survey-year order. */
export function getEgdiViewRows(rows: readonly EgdiRow[], internet: readonly InternetUsersRow[], view: TrendsView): EgdiRow[] {
  return view.countries.flatMap((code) => {
    const own = internet.find((row) => row.code === code);
    return own ? getCountryRows(rows, own) : [];
  });
}

/**
 * The chosen countries' rows of the UN's file, matched by name (the UN writes "United States of
 * America" as the internet data does; its names may carry trailing spaces), in survey-year order.
 */
export function toEgdiSeries(
  rows: readonly EgdiRow[],
  internet: readonly InternetUsersRow[],
  view: TrendsView,
  locale: Locale,
): EgdiSeries[] {
  return toTrendsSeries(internet, { ...view, from: -Infinity, to: Infinity }, locale).flatMap((series) => {
    const own = internet.find((row) => row.code === series.code)!;
    const points = getCountryRows(rows, own).map((row) => ({
      year: row['Survey Year'],
      rank: row['E-Government Rank'],
      values: Object.fromEntries(EGDI_INDEXES.map((index) => [index, row[index]])) as Record<EgdiIndex, number>,
      participation: row['E-Participation Index'],
    }));
    return points.length > 0 ? [{ ...series, name: getCountryName(own, locale), points }] : [];
  });
}

export type PlacedEgdiPanel = {
  index: EgdiIndex;
  title: PlacedText;
  plot: Box;
  yTicks: { y: number; label: PlacedText }[];
  xTicks: { x: number; label: PlacedText }[];
  lines: { code: string; colour: number; dashed: boolean; path: string; points: { x: number; y: number; tip: string }[] }[];
};

export type EgdiLayout = {
  width: number;
  height: number;
  fontSize: number;
  legend: { code: string; colour: number; dashed: boolean; x: number; y: number; label: PlacedText }[];
  panels: PlacedEgdiPanel[];
  /** Said instead of the panels where none of the chosen countries is in the file. */
  empty: PlacedText | null;
};

export type EgdiLayoutOptions = {
  width: number;
  /** Height to fill (images): the panels' plots share what the legend and their titles leave. Without it, the height the panels need. */
  height?: number;
  /** The smallest text it may draw (large-text images: a 48th of their height). */
  minFontSize?: number;
  /** Said where none of the chosen countries is in the file. */
  emptyText?: string;
};

/**
 * EGDI and its three components as small multiples, one panel per index on the same 0–1 scale, a
 * line per country (coloured as on the internet chart, named in the legend above), a dot per survey
 * whose tooltip gives the value and the country's rank that year.
 */
export function layoutEgdi(
  series: readonly EgdiSeries[],
  t: Translate,
  { width, height, minFontSize, emptyText = '' }: EgdiLayoutOptions,
): EgdiLayout {
  const fontSize = Math.max(minFontSize ?? 0, getBaseFontSize(width, { narrow: 12, min: 11 }));
  const lineHeight = Math.round(fontSize * 1.3);
  const gap = Math.round(fontSize);

  const legend: EgdiLayout['legend'] = [];
  let x = 0;
  let y = 0;
  for (const s of series) {
    const itemWidth = fontSize * 1.6 + getTextWidth(s.name, fontSize) + gap;
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      y += lineHeight;
    }
    legend.push({
      code: s.code,
      colour: s.colour,
      dashed: s.dashed,
      x,
      y: y + lineHeight / 2,
      label: placeText(s.name, x + fontSize * 1.6, y + fontSize, fontSize),
    });
    x += itemWidth;
  }
  if (series.length === 0) {
    const emptyHeight = Math.max(height ?? 0, lineHeight * 3);
    const empty = placeText(emptyText, width / 2, emptyHeight / 2 + fontSize * 0.35, fontSize, { anchor: 'middle', tone: 'muted' });
    return { width, height: emptyHeight, fontSize, legend: [], panels: [], empty };
  }
  const top = y + lineHeight + gap;

  const columns = width >= 600 ? 2 : 1;
  const panelWidth = Math.floor((width - gap * (columns - 1)) / columns);
  const rows = Math.ceil(EGDI_INDEXES.length / columns);
  // Above each plot its title, under it the years and a gap before the next row (none after the last).
  const chrome = lineHeight + gap + lineHeight + gap;
  // Under the last row's years, room for their descenders.
  const foot = Math.round(fontSize * 0.4);
  const plotHeight =
    height === undefined
      ? Math.round(Math.max(110, Math.min(200, panelWidth * 0.45)))
      : Math.max(fontSize * 3, Math.floor((height - top - rows * chrome + gap - foot) / rows));
  const panelHeight = chrome + plotHeight;
  const years = [...new Set(series.flatMap((s) => s.points.map((point) => point.year)))].sort((a, b) => a - b);
  const tickWidth = getTextWidth('0.5', fontSize) + gap / 2;
  const yearWidth = getTextWidth('2024', fontSize) + gap;

  const panels = EGDI_INDEXES.map((index, i): PlacedEgdiPanel => {
    const left = (i % columns) * (panelWidth + gap);
    const panelTop = top + Math.floor(i / columns) * panelHeight;
    const plot = { x: left + tickWidth, y: panelTop + lineHeight + gap, width: panelWidth - tickWidth - fontSize, height: plotHeight };
    const domain: [number, number] = years.length > 1 ? [years[0]!, years.at(-1)!] : [(years[0] ?? 2020) - 1, (years[0] ?? 2020) + 1];
    // The first and last surveys' years are centred under their dots: inset, so they stay over their own plot.
    const inset = Math.min(yearWidth / 2, plot.width / 4);
    const xScale = scaleLinear()
      .domain(domain)
      .range([plot.x + inset, plot.x + plot.width - inset]);
    const yScale = scaleLinear()
      .domain([0, 1])
      .range([plot.y + plot.height, plot.y]);
    const every = Math.max(1, Math.ceil((years.length * yearWidth) / plot.width));
    return {
      index,
      title: placeText(t(`egdi.indexes.${index}`), left, panelTop + fontSize, fontSize, { fontWeight: 700 }),
      plot: { ...plot, x: round1(plot.x), width: round1(plot.width) },
      yTicks: [0, 0.5, 1].map((tick) => ({
        y: round1(yScale(tick)),
        label: placeText(String(tick), plot.x - gap / 2, yScale(tick) + fontSize * 0.35, fontSize, { anchor: 'end', tone: 'muted' }),
      })),
      xTicks: years
        .filter((_, j) => (years.length - 1 - j) % every === 0)
        .map((year) => ({
          x: round1(xScale(year)),
          label: placeText(String(year), xScale(year), plot.y + plot.height + lineHeight, fontSize, { anchor: 'middle', tone: 'muted' }),
        })),
      lines: series.map((s) => {
        const points = s.points.map((point) => ({
          x: round1(xScale(point.year)),
          y: round1(yScale(point.values[index])),
          tip: t('egdi.tip', {
            country: s.name,
            year: String(point.year),
            index: t(`egdi.indexes.${index}`),
            value: point.values[index].toFixed(4),
            rank: point.rank,
          }),
        }));
        return {
          code: s.code,
          colour: s.colour,
          dashed: s.dashed,
          path: points.map((p, j) => `${j === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(''),
          points,
        };
      }),
    };
  });
  return { width, height: Math.round(top + rows * panelHeight - gap + foot), fontSize, legend, panels, empty: null };
}
