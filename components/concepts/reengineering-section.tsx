import { getTranslations } from 'next-intl/server';
import type { Reengineering, ReengineeringItem } from '@/lib/concepts/reengineering';
import { formatSlideList } from '@/lib/concepts/slides';
import type { Locale } from '@/lib/i18n/routing';
import type { Translate } from '@/lib/i18n/translate';
import { ConceptSection } from './concept-section';
import { DatasetLinks } from './dataset-links';
import { SlideLink } from './slide-link';

export type ReengineeringSectionProps = { locale: Locale; reengineering: Reengineering };

function Card({ item, prefix, t, headingLevel = 4 }: { item: ReengineeringItem; prefix: string; t: Translate; headingLevel?: 4 | 5 }) {
  const id = `${prefix}-${item.id}`;
  const Heading = `h${headingLevel}` as const;
  return (
    <li className="concept-card" id={id}>
      <Heading className="concept-card__title">{item.name}</Heading>
      <p className="concept-card__text">{item.text}</p>
      <p className="concept-card__slide">
        <SlideLink id={id} slide={item.slide} t={t} />
      </p>
    </li>
  );
}

/** Re-engineering government processes (slides 71–89): what it is, its two stages, the signals, the eleven methods, the cases. */
export async function ReengineeringSection({ locale, reengineering }: ReengineeringSectionProps) {
  const t = (await getTranslations({ locale, namespace: 'concepts' })) as unknown as Translate;
  const { definition, stage, signal, method, case: cases } = reengineering;
  const all = [...definition, ...stage, ...signal, ...method, ...cases];
  const slidesOf = (items: readonly ReengineeringItem[]) =>
    formatSlideList(
      items.map((i) => i.slide),
      t('listSeparator'),
    );
  return (
    <ConceptSection
      id="reengineering"
      title={t('reengineering.title')}
      lead={t('reengineering.lead')}
      source={t('source', { slides: formatSlideList([71, ...all.map((i) => i.slide)], t('listSeparator')) })}
    >
      {definition.map((item) => (
        <blockquote key={item.id} className="concept-quote" id={`reengineering-${item.id}`}>
          <p>
            <strong>{item.name}</strong>
            {t('colon')}
            {item.text}
          </p>
          <footer>
            <SlideLink id={`reengineering-${item.id}`} slide={item.slide} t={t} />
          </footer>
        </blockquote>
      ))}
      <h3 id="reengineering-stages">{t('reengineering.stages', { count: stage.length, slides: slidesOf(stage) })}</h3>
      <ol className="concept-cards concept-cards--steps">
        {stage.map((item) => (
          <Card key={item.id} item={item} prefix="reengineering" t={t} />
        ))}
      </ol>
      <h3 id="reengineering-signals">{t('reengineering.signals', { count: signal.length, slides: slidesOf(signal) })}</h3>
      <p className="concept-section__intro">{t('reengineering.signalsLead')}</p>
      <ol className="concept-numbered">
        {signal.map((item) => (
          <li key={item.id} id={`reengineering-${item.id}`}>
            {item.text} <SlideLink id={`reengineering-${item.id}`} slide={item.slide} t={t} />
          </li>
        ))}
      </ol>
      <h3 id="reengineering-methods">{t('reengineering.methods', { count: method.length, slides: slidesOf(method) })}</h3>
      <p className="concept-section__intro">{t('reengineering.methodsLead')}</p>
      <ol className="concept-cards concept-cards--methods">
        {method.map((item) => (
          <Card key={item.id} item={item} prefix="reengineering" t={t} />
        ))}
      </ol>
      <h3 id="reengineering-cases">{t('reengineering.cases', { count: cases.length, slides: slidesOf(cases) })}</h3>
      <p className="concept-section__intro">{t('reengineering.casesLead')}</p>
      <ul className="concept-cards concept-cards--cases">
        {cases.map((item) => (
          <Card key={item.id} item={item} prefix="reengineering" t={t} />
        ))}
      </ul>
      <DatasetLinks ids={['reengineering']} locale={locale} t={t} />
    </ConceptSection>
  );
}
