import { ClientMessages } from '@/components/site/client-messages';
import { getTranslator } from '@/lib/i18n/translator';
import { parseDeckPosition } from '@/lib/present/url';
import type { PresentDeckProps } from './present-deck';
import { loadDeckSlides } from './deck-slides';
import { PresenterController } from './presenter-controller';
import { PROJECTOR_VARS } from './projector-vars';
import './present.css';
import './presenter.css';

/**
 * The lecturer's screen: the slide the audience sees, the next step, the speaker notes, the time. It
 * moves the audience's deck (another window of the same browser) and follows it.
 */
export async function PresenterView({ locale, searchParams }: PresentDeckProps) {
  const t = await getTranslator(locale, 'present');
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const slides = await loadDeckSlides(locale, { highlight: first(searchParams.highlight), note: first(searchParams.note) });
  const initial = parseDeckPosition(
    searchParams,
    slides.map((slide) => slide.steps),
  );
  const presented = slides.map((slide, index) => ({
    id: slide.id,
    label: t('slideLabel', { slide: index + 1, total: slides.length, title: slide.title }),
    steps: slide.steps,
    stepLabels: slide.stepLabels,
    content: slide.content,
    speakerNotes: slide.speakerNotes ?? { summary: slide.title, notes: [] },
  }));
  return (
    <div className="present-layer presenter-layer" style={PROJECTOR_VARS} data-theme="projector">
      <ClientMessages
        locale={locale}
        paths={['present.presenter', 'present.speaker.heading', 'present.speaker.notesHeading', 'present.controls']}
      >
        <PresenterController slides={presented} initial={initial} />
      </ClientMessages>
    </div>
  );
}
