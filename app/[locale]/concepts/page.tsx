import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ComparisonsSection } from '@/components/concepts/comparisons-section';
import { CountriesSection } from '@/components/concepts/countries-section';
import { DefinitionsSection } from '@/components/concepts/definitions-section';
import { NetworksSection } from '@/components/concepts/networks-section';
import { OrganisationSection } from '@/components/concepts/organisation-section';
import { ReengineeringSection } from '@/components/concepts/reengineering-section';
import { loadConcepts } from '@/lib/concepts/load';
import { localeHref } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import '@/components/concepts/concepts.css';

// Rendered per request, so that DATA_DIR given at `npm start` (not at build) is what the page shows.
export const dynamic = 'force-dynamic';

type ConceptsPageProps = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: ConceptsPageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'concepts' });
  return { title: t('page.title') };
}

/** The sections of the page, in order, each named by `concepts.<id>.title`. */
const SECTIONS = ['definitions', 'comparisons', 'countries', 'networks', 'reengineering', 'organisation'] as const;

export default async function ConceptsPage({ params }: ConceptsPageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'concepts' });
  const quiz = await getTranslations({ locale, namespace: 'quiz' });
  const concepts = loadConcepts(locale);
  return (
    <>
      <h1>{t('page.title')}</h1>
      <p className="lead">{t('page.lead')}</p>
      <p>
        <a href={localeHref(locale, '/quiz')}>{quiz('fromConcepts')}</a>
      </p>
      <nav aria-labelledby="concepts-contents">
        <h2 id="concepts-contents" className="visually-hidden">
          {t('contents')}
        </h2>
        <ol className="concepts-toc">
          {SECTIONS.map((id) => (
            <li key={id}>
              <a href={`#${id}`}>{t(`${id}.title`)}</a>
            </li>
          ))}
        </ol>
      </nav>
      <DefinitionsSection locale={locale} definitions={concepts.definitions} />
      <ComparisonsSection locale={locale} comparisons={concepts.comparisons} />
      <CountriesSection locale={locale} countries={concepts.countries} />
      <NetworksSection locale={locale} networks={concepts.networks} />
      <ReengineeringSection locale={locale} reengineering={concepts.reengineering} />
      <OrganisationSection locale={locale} organisation={concepts.organisation} />
    </>
  );
}
