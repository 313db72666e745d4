import { ClientMessages } from '@/components/site/client-messages';
import { getLanguageSwitchText } from '@/components/site/site-text';
import { getTranslator } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/i18n/routing';
import { getLecturePptxPath } from '@/lib/pptx/params';
import { parseDeckPosition } from '@/lib/present/url';
import { DeckController } from './deck-controller';
import { loadDeckSlides } from './deck-slides';
import { PROJECTOR_VARS } from './projector-vars';
import './present.css';

export type PresentDeckProps = {
  locale: Locale;
  /** The page's `?slide=N&step=K`, so the server renders the slide a link names. */
  searchParams: { slide?: string | string[]; step?: string | string[]; highlight?: string | string[]; note?: string | string[] };
};

/** The lecture as a full-screen deck in the projector's colours, over the site's header and footer. */
export async function PresentDeck({ locale, searchParams }: PresentDeckProps) {
  const [t, tp] = await Promise.all([getTranslator(locale, 'present'), getTranslator(locale, 'pptx')]);
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const slides = await loadDeckSlides(locale, { highlight: first(searchParams.highlight), note: first(searchParams.note) });
  const initial = parseDeckPosition(
    searchParams,
    slides.map((slide) => slide.steps),
  );
  const controlled = slides.map((slide, index) => ({
    id: slide.id,
    label: t('slideLabel', { slide: index + 1, total: slides.length, title: slide.title }),
    steps: slide.steps,
    stepLabels: slide.stepLabels,
    content: slide.content,
  }));
  return (
    <div className="present-layer" style={PROJECTOR_VARS} data-theme="projector" aria-label={t('deckLabel')} role="region">
      <ClientMessages locale={locale} paths={['present.controls']}>
        <DeckController
          slides={controlled}
          initial={initial}
          languageSwitch={await getLanguageSwitchText(locale)}
          download={{ href: getLecturePptxPath(locale), label: tp('download') }}
        />
      </ClientMessages>
    </div>
  );
}
