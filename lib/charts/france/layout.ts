import type { AnnotationTargets } from '@/lib/charts/annotation/layout';
import { fitFontSize, getBaseFontSize, getLeastFontSize } from '@/lib/charts/shared/fit-font-size';
import { formatNumber } from '@/lib/format';
import { getTextWidth } from '@/lib/charts/text-width';
import type { Locale } from '@/lib/i18n/routing';
import { createColumn } from './column';
import { COLUMNS_MIN_WIDTH, FONT_SIZE_CURVE, MARGIN, MIN_FONT_SIZE } from './constants';
import type { FranceFigures, FranceNote } from './figures';
import { layoutAdultsPanel, layoutHouseholdsPanel, layoutPeoplePanel, type PanelContext } from './panels';
import type { Translate } from '@/lib/i18n/translator';
import type { Box, PanelId, PlacedPanel, PlacedText } from './types';

/** `t` is the france namespace; `locale` writes the numbers. */
export type FranceLayoutOptions = {
  width: number;
  height?: number;
  /** The smallest text allowed (large-text images); the layout fits `height` without going under it. */
  minFontSize?: number;
  locale: Locale;
  t: Translate;
};

export type FranceLayout = {
  width: number;
  height: number;
  fontSize: number;
  figures: FranceFigures;
  gdp: { texts: PlacedText[]; valueBox: Box; tip: string };
  panels: PlacedPanel[];
  notes: FranceNote[];
};

const PANELS: { id: PanelId; layout: typeof layoutPeoplePanel }[] = [
  { id: 'people', layout: layoutPeoplePanel },
  { id: 'households', layout: layoutHouseholdsPanel },
  { id: 'adults', layout: layoutAdultsPanel },
];

/** With `hintBeside`, the GDP's hint goes on the value's line where it fits there: a line less, for a tight height. */
function place(figures: FranceFigures, width: number, fontSize: number, locale: Locale, t: Translate, hintBeside = false): FranceLayout {
  const inner = width - 2 * MARGIN;
  const amount = formatNumber(figures.gdpUsd, locale, { compact: true });
  const marker = figures.markerOf('gdp');

  const gdp = createColumn(MARGIN, MARGIN, inner);
  gdp.addText('gdp-label', t('gdp.label'), { fontSize, tone: 'muted' });
  const valueTop = gdp.y;
  gdp.addText('gdp-value', `${t('gdp.value', { amount })}${marker}`, { fontSize: fontSize * 1.6, fontWeight: 700 });
  const valueText = gdp.texts.at(-1)!;
  const hint = t('gdp.hint', { marker });
  const besideX = Math.ceil(valueText.box.x + valueText.box.width + fontSize);
  const gdpTexts = [...gdp.texts];
  if (hintBeside && besideX + getTextWidth(hint, fontSize) <= MARGIN + inner) {
    // On the value's baseline, after it.
    const beside = createColumn(besideX, valueText.y - fontSize * 0.95, MARGIN + inner - besideX);
    beside.addText('gdp-hint', hint, { fontSize, tone: 'muted' });
    gdpTexts.push(...beside.texts);
  } else {
    gdp.addText('gdp-hint', hint, { fontSize, tone: 'muted' });
    gdpTexts.push(gdp.texts.at(-1)!);
  }
  const valueBox = { ...valueText.box, y: Math.round(valueTop), width: Math.round(valueText.box.width) };

  const columns = width >= COLUMNS_MIN_WIDTH ? 3 : 1;
  const gap = Math.round(fontSize * (columns === 1 ? 1.8 : 2));
  const panelWidth = Math.floor((inner - gap * (columns - 1)) / columns);
  const panelsTop = gdp.y + gap;
  let stackTop = panelsTop;
  const panels = PANELS.map(({ id, layout }, i) => {
    const x = columns === 1 ? MARGIN : MARGIN + i * (panelWidth + gap);
    const top = columns === 1 ? stackTop : panelsTop;
    const col = createColumn(x, top, panelWidth);
    const context: PanelContext = { figures, t, locale, fontSize, x, width: panelWidth };
    layout(col, context);
    const box = { x, y: Math.round(top), width: panelWidth, height: Math.round(col.y - top) };
    stackTop = col.y + gap;
    return { id, heading: t(`${id}.heading`), box, texts: col.texts, bars: col.bars, rules: col.rules };
  });
  const bottom = Math.max(...panels.map((p) => p.box.y + p.box.height));
  return {
    width,
    height: Math.ceil(bottom + MARGIN),
    fontSize,
    figures,
    gdp: { texts: gdpTexts, valueBox, tip: t('gdp.tip', { amount }) },
    panels,
    notes: figures.notes,
  };
}

/** The GDP figure and three panels (people, households, adults), each on its own scale; fills `height` if given. */
export function layoutFrance(figures: FranceFigures, { width, height, minFontSize, locale, t }: FranceLayoutOptions): FranceLayout {
  // Its smallest text is the base size itself.
  const least = minFontSize === undefined ? MIN_FONT_SIZE : getLeastFontSize(minFontSize, (fontSize) => fontSize);
  const base = Math.max(least, getBaseFontSize(width, FONT_SIZE_CURVE));
  if (height === undefined) return place(figures, width, base, locale, t);
  // An exact size (image export): the largest type that fits, up to half again the width's usual size.
  const start = Math.max(least, Math.round(base * 1.5 * 2) / 2);
  const fitted = fitFontSize((fontSize) => place(figures, width, fontSize, locale, t), { start, min: least, height });
  // Where even the least size does not fit, the GDP's hint moves up beside its value.
  const { layout } =
    fitted.layout.height <= height
      ? fitted
      : fitFontSize((fontSize) => place(figures, width, fontSize, locale, t, true), { start, min: least, height });
  // Taller than asked where even the least size does not fit: an image then draws it smaller rather than cut off.
  return { ...layout, height: Math.max(height, layout.height) };
}

/** The deck's figure (a row's metric_id) each bar, line or number of the chart draws. */
export const FRANCE_MARK_OF: Readonly<Record<string, string>> = {
  population: 'population',
  users: 'internet-users',
  stated: 'internet-penetration',
  'with-pc': 'households-with-pc',
  online: 'households-online',
  already: 'adults-egov-users',
  willing: 'adults-egov-willing',
};

/** Each figure's bar (or line, or the GDP number) as a mark and every text, for the annotation layer. */
export function getFranceAnnotationTargets(layout: FranceLayout): AnnotationTargets {
  const marks = [{ id: 'gdp', box: layout.gdp.valueBox }];
  for (const panel of layout.panels) {
    for (const bar of panel.bars) {
      const id = FRANCE_MARK_OF[bar.key];
      if (id) marks.push({ id, box: { x: bar.x, y: bar.y, width: bar.width, height: bar.height } });
    }
    for (const rule of panel.rules) {
      const id = FRANCE_MARK_OF[rule.key];
      const x = Math.min(rule.x1, rule.x2);
      const y = Math.min(rule.y1, rule.y2);
      if (id) marks.push({ id, box: { x: x - 2, y, width: Math.abs(rule.x2 - rule.x1) + 4, height: Math.abs(rule.y2 - rule.y1) } });
    }
  }
  return { marks, labels: [...layout.gdp.texts, ...layout.panels.flatMap((panel) => panel.texts)].map((text) => text.box) };
}
