import type { ReactNode } from 'react';
import type { CountryFact, CountryFacts } from '@/lib/concepts/countries';
import type { CountryFactKind } from '@/lib/datasets/country-facts';
import type { Translate } from '@/lib/i18n/translate';
import { formatDeckDate } from './deck-date';
import { SlideLink } from './slide-link';
import './country-facts.css';

/** The lists under a country, in this order, after its dated figures. */
const LISTS: readonly CountryFactKind[] = ['standing', 'advantage', 'lesson', 'law', 'audience'];

type HeadingLevel = 2 | 3;

function FactList({
  country,
  kind,
  facts,
  t,
  Heading,
}: {
  country: string;
  kind: CountryFactKind;
  facts: readonly CountryFact[];
  t: Translate;
  Heading: 'h3' | 'h4';
}) {
  const List = kind === 'standing' ? 'ul' : 'ol';
  // A note every item shares (the laws' names) is said once, under the list.
  const notes = [...new Set(facts.map((fact) => fact.note))];
  const shared = notes.length === 1 && facts.length > 1 ? notes[0] : null;
  return (
    <div className="country-facts__list">
      <Heading id={`${country}-${kind}`} className="country-facts__kind">
        {t(`countries.kind.${kind}`, { count: facts.length })}
      </Heading>
      <List className="country-facts__items">
        {facts.map((fact) => {
          const id = `${country}-${fact.id}`;
          return (
            <li key={fact.id} id={id}>
              {fact.text} <SlideLink id={id} slide={fact.slide} t={t} />
              {fact.note && !shared ? <span className="country-facts__note">{fact.note}</span> : null}
            </li>
          );
        })}
      </List>
      {shared ? <p className="country-facts__shared-note">{shared}</p> : null}
    </div>
  );
}

export type CountryFactsArticleProps = {
  country: CountryFacts;
  /** The `concepts` messages. */
  t: Translate;
  /** The country's heading level; its lists' headings are one below. */
  headingLevel?: HeadingLevel;
  /** The heading, where the country's name alone would not do. */
  title?: string;
  /** What follows the facts (links to more). */
  children?: ReactNode;
};

/**
 * What the deck says of one country, each point with its slide: the dated figures, then its standing,
 * advantages, lessons, laws and audiences. The concepts page shows every country; a country's own page its own.
 */
export function CountryFactsArticle({ country, t, headingLevel = 3, title, children }: CountryFactsArticleProps) {
  const Heading = `h${headingLevel}` as const;
  const titleId = `country-${country.id}-title`;
  return (
    <article className="country-facts__country" id={`country-${country.id}`} aria-labelledby={titleId}>
      <Heading id={titleId} className="country-facts__title">
        {title ?? country.name}
      </Heading>
      {country.facts.figure.length > 0 ? (
        <dl className="country-facts__figures">
          {country.facts.figure.map((fact) => (
            <div key={fact.id} id={`${country.id}-${fact.id}`}>
              <dt>{fact.date ? formatDeckDate(fact.date, t) : null}</dt>
              <dd>
                {fact.text} <SlideLink id={`${country.id}-${fact.id}`} slide={fact.slide} t={t} />
                {fact.note ? <span className="country-facts__note">{fact.note}</span> : null}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {LISTS.map((kind) =>
        country.facts[kind].length > 0 ? (
          <FactList
            key={kind}
            country={country.id}
            kind={kind}
            facts={country.facts[kind]}
            t={t}
            Heading={headingLevel === 2 ? 'h3' : 'h4'}
          />
        ) : null,
      )}
      {children}
    </article>
  );
}
