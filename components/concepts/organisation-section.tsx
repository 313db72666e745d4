import { getTranslations } from 'next-intl/server';
import { Fragment } from 'react';
import type { OrganisationItem } from '@/lib/concepts/organisation';
import { formatSlideList } from '@/lib/concepts/slides';
import type { Locale } from '@/lib/i18n/routing';
import type { Translate } from '@/lib/i18n/translate';
import { ConceptSection } from './concept-section';
import { DatasetLinks } from './dataset-links';
import { FoldingTable } from './folding-table';
import { SlideLink } from './slide-link';

export type OrganisationSectionProps = { locale: Locale; organisation: { levels: OrganisationItem[]; bodies: OrganisationItem[] } };

/** The five levels of government (slide 60) and the bodies that run e-government (slides 90–94). */
export async function OrganisationSection({ locale, organisation }: OrganisationSectionProps) {
  const t = (await getTranslations({ locale, namespace: 'concepts' })) as unknown as Translate;
  const { levels, bodies } = organisation;
  const levelNotes = [...new Set(levels.flatMap((level) => (level.note ? [level.note] : [])))];
  const slides = [...levels, ...bodies].map((item) => item.slide);
  return (
    <ConceptSection
      id="organisation"
      title={t('organisation.title')}
      lead={t('organisation.lead')}
      source={t('source', { slides: formatSlideList(slides, t('listSeparator')) })}
    >
      <h3 id="organisation-levels">{t('organisation.levels', { count: levels.length })}</h3>
      <ol className="level-steps" aria-labelledby="organisation-levels">
        {levels.map((level) => (
          <li key={level.id} id={`organisation-${level.id}`}>
            <span className="level-steps__box">
              {level.name}
              {level.note ? <sup className="level-steps__marker">*</sup> : null}
            </span>
          </li>
        ))}
      </ol>
      <p className="concept-section__intro">
        {t('organisation.levelsLead')} <SlideLink id="organisation-levels" slide={levels[0]?.slide ?? 60} t={t} />
      </p>
      {levelNotes.map((note) => (
        <p key={note} className="concept-notes">
          * {note}
        </p>
      ))}
      <h3 id="organisation-bodies">{t('organisation.bodies')}</h3>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="organisation-bodies">
        <FoldingTable
          caption={t('organisation.bodiesCaption')}
          columns={[t('organisation.body'), t('organisation.who'), t('organisation.role'), t('slideColumn')]}
          rows={bodies.map((body) => ({
            key: body.id,
            id: `organisation-${body.id}`,
            cells: [
              <span key="name" className={body.kind === 'tier' ? 'concept-table__tier' : 'concept-table__name'}>
                {body.name}
              </span>,
              body.who ?? <span className="concept-table__missing">{t('organisation.notSaid')}</span>,
              <Fragment key="role">
                {body.role ?? <span className="concept-table__missing">{t('organisation.notSaid')}</span>}
                {body.note ? <span className="concept-table__sub">{body.note}</span> : null}
              </Fragment>,
              <SlideLink key="slide" id={`organisation-${body.id}`} slide={body.slide} t={t} />,
            ],
          }))}
        />
      </div>
      <DatasetLinks ids={['government-organisation']} locale={locale} t={t} />
    </ConceptSection>
  );
}
