import 'server-only';
import { loadChartText } from '@/components/charts/chart-text';
import type { DeckSlide } from '@/components/present/deck-slide';
import { SLIDE_SHAPES, TRENDS_SLIDE_HEIGHT } from '@/components/present/deck-slide';
import { StepsChartSlide } from '@/components/present/steps-chart-slide';
import { CSS_PALETTE } from '@/lib/charts/palette';
import { describeTrends } from '@/lib/charts/trends/describe';
import { toTrendsInput } from '@/lib/charts/trends/input';
import { layoutTrends } from '@/lib/charts/trends/layout';
import { getTrendsSteps, getValuesAt, toTrendsStepInput, type TrendsStep } from '@/lib/charts/trends/steps';
import type { TrendsInput } from '@/lib/charts/trends/types';
import { getDefaultView } from '@/lib/charts/trends/view';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translator';
import { getTrendsChartData } from './data';
import { TRENDS_META } from './meta';
import { TrendsChart } from './trends-chart';

/**
 * The trends slide, played as a lecture goes: one step per milestone (the lines drawn up to its year,
 * the milestones so far on the axis), then the whole series. Every step is drawn here, on the server.
 */
export async function loadTrendsSlide(locale: Locale): Promise<DeckSlide> {
  const data = getTrendsChartData();
  const [t, tp, text] = await Promise.all([
    getTranslator(locale, 'trends'),
    getTranslator(locale, 'present.trends'),
    loadChartText(TRENDS_META, locale),
  ]);
  const input = toTrendsInput(data, getDefaultView(data.rows), locale, t);
  const steps = getTrendsSteps(input);
  const { from, to } = input.view;
  const values = (step: TrendsStep) =>
    getValuesAt(input.series, step.year)
      .map(({ series, value }) => tp('value', { country: series.name, value: input.formatValue(value) }))
      .join(tp('separator'));
  const drawStep = (step: TrendsStep) => {
    const stepInput: TrendsInput = toTrendsStepInput(input, step);
    const draw = (options: { width: number; height?: number; minFontSize?: number }) => (
      <TrendsChart
        layout={layoutTrends(stepInput, { ...options, axesFrom: input })}
        title={t('title')}
        description={describeTrends(stepInput, locale, t)}
        palette={CSS_PALETTE}
      />
    );
    return {
      wide: draw({ ...SLIDE_SHAPES.wide, height: TRENDS_SLIDE_HEIGHT.wide }),
      square: draw({ ...SLIDE_SHAPES.square, height: TRENDS_SLIDE_HEIGHT.square }),
      phone: draw(SLIDE_SHAPES.phone),
    };
  };
  const captions = steps.map((step, index) => ({
    meta: tp('step', { step: index + 1, steps: steps.length }),
    title: step.event
      ? tp('eventTitle', { year: String(step.event.year), title: step.event.title })
      : tp('allTitle', { from: String(from), to: String(to) }),
  }));
  return {
    id: TRENDS_META.id,
    title: text.title,
    source: text.source,
    steps: steps.length,
    stepLabels: steps.map((step) =>
      step.event
        ? tp('stepLabel', { year: String(step.event.year), event: step.event.label })
        : tp('allLabel', { from: String(from), to: String(to) }),
    ),
    stepNotes: steps.map((step) =>
      step.event
        ? tp('eventNote', { year: String(step.year), title: step.event.title, values: values(step) })
        : tp('allNote', { from: String(from), to: String(to), values: values(step) }),
    ),
    content: (
      <StepsChartSlide
        id={TRENDS_META.id}
        title={text.title}
        source={text.source}
        steps={steps.map((step, index) => ({ chart: drawStep(step), caption: captions[index]! }))}
      />
    ),
  };
}
