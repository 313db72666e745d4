import 'server-only';
import { loadChartText } from '@/components/charts/chart-text';
import type { DeckSlide } from '@/components/present/deck-slide';
import { SLIDE_SHAPES } from '@/components/present/deck-slide';
import { StepsChartSlide } from '@/components/present/steps-chart-slide';
import type { Annotation } from '@/lib/charts/annotation/annotation';
import { describeApplicationModes } from '@/lib/charts/application-modes/describe';
import { layoutApplicationModes } from '@/lib/charts/application-modes/layout';
import { getModeSteps, type ModeStep } from '@/lib/charts/application-modes/steps';
import { CSS_PALETTE } from '@/lib/charts/palette';
import { localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translator';
import { getSlideChartHeight } from '@/lib/present/slide-chart-box';
import { ApplicationModesChart } from './application-modes-chart';
import { getApplicationModesChartData } from './data';
import { APPLICATION_MODES_META } from './meta';

/**
 * The application modes a mode at a time, as the deck gives them a slide each (its definition, its
 * systems two abreast), then the whole tree without the definitions: each step drawn here, on the
 * server, as large as the slide allows. `annotation`: a presentation URL's highlight and note.
 */
export async function loadApplicationModesSlide(locale: Locale, annotation?: Annotation | null): Promise<DeckSlide> {
  const rows = getApplicationModesChartData();
  const [t, tp, tPresent, text] = await Promise.all([
    getTranslator(locale, 'applicationModes'),
    getTranslator(locale, 'present.applicationModes'),
    getTranslator(locale, 'present'),
    loadChartText(APPLICATION_MODES_META, locale),
  ]);
  const steps = getModeSteps(rows);
  const notes = { label: tPresent('chartNotes'), path: `/${locale}${APPLICATION_MODES_META.route}` };
  const slideText = { title: text.title, source: `${text.source} · ${notes.label} ${notes.path}` };
  const drawStep = ({ mode, rows: stepRows }: ModeStep) => {
    // A mode's step: its definition and systems two abreast; the whole tree: the systems without the definitions.
    const options = mode ? { itemColumns: 2 } : { definitions: false };
    const draw = (width: number, height?: number, minFontSize?: number) => (
      <ApplicationModesChart
        layout={layoutApplicationModes(stepRows, { width, height, minFontSize, locale, t, ...options })}
        title={t('title')}
        description={describeApplicationModes(stepRows, locale, t)}
        palette={CSS_PALETTE}
        minFontSize={minFontSize}
        annotation={annotation}
      />
    );
    const projected = (shape: 'wide' | 'square') => {
      const { width, minFontSize } = SLIDE_SHAPES[shape];
      return draw(width, getSlideChartHeight(shape, width, slideText), minFontSize);
    };
    return { wide: projected('wide'), square: projected('square'), phone: draw(SLIDE_SHAPES.phone.width) };
  };
  const modeCount = steps.length - 1;
  const stepText = ({ mode, rows: stepRows }: ModeStep) => {
    const first = stepRows[0]!;
    if (!mode) {
      return {
        label: tp('allLabel', { count: modeCount, systems: rows.length }),
        note: tp('allNote', {
          modes: steps
            .filter((step) => step.mode)
            .map((step) => t('describeMode', { code: step.mode!.toUpperCase(), count: step.rows.length }))
            .join(t('describeSeparator')),
        }),
      };
    }
    const name = localized(first, 'mode', locale);
    return {
      label: name,
      note: tp('modeNote', {
        mode: name,
        slide: first.source_slide,
        definition: localized(first, 'mode_definition', locale),
        count: stepRows.length,
        systems: stepRows.map((row) => localized(row, 'system', locale)).join(tp('separator')),
      }),
    };
  };
  const texts = steps.map(stepText);
  return {
    id: APPLICATION_MODES_META.id,
    title: text.title,
    source: text.source,
    steps: steps.length,
    stepLabels: texts.map((step) => step.label),
    stepNotes: texts.map((step) => step.note),
    content: (
      <StepsChartSlide
        id={APPLICATION_MODES_META.id}
        title={text.title}
        source={text.source}
        notes={notes}
        steps={steps.map((step) => ({ chart: drawStep(step) }))}
      />
    ),
  };
}
