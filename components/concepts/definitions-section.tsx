import { getTranslations } from 'next-intl/server';
import { toDefinitionMatrix, type Definition } from '@/lib/concepts/definitions';
import { formatSlideList } from '@/lib/concepts/slides';
import type { Locale } from '@/lib/i18n/routing';
import type { Translate } from '@/lib/i18n/translate';
import { ConceptSection } from './concept-section';
import { formatDeckDate } from './deck-date';

export type DefinitionsSectionProps = { locale: Locale; definitions: readonly Definition[] };

/** The deck's definitions of e-government: compared element by element, then each in full. */
export async function DefinitionsSection({ locale, definitions }: DefinitionsSectionProps) {
  const t = (await getTranslations({ locale, namespace: 'concepts' })) as unknown as Translate;
  const matrix = toDefinitionMatrix(definitions);
  return (
    <ConceptSection
      id="definitions"
      title={t('definitions.title')}
      lead={t('definitions.lead')}
      source={t('source', {
        slides: formatSlideList(
          definitions.map((definition) => definition.slide),
          t('listSeparator'),
        ),
      })}
    >
      <h3 id="definitions-matrix-title">{t('definitions.matrixTitle')}</h3>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="definitions-matrix-title">
        <table className="data-table definition-matrix">
          <caption className="visually-hidden">{t('definitions.matrixCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('definitions.element')}</th>
              {matrix.columns.map((column) => (
                <th scope="col" key={column.id}>
                  <a href={`#definition-${column.id}`}>{column.short}</a>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.element}>
                <th scope="row">
                  {t(`elements.${row.element}`)}
                  <span className="definition-matrix__count">
                    {t('definitions.count', { count: row.count, total: matrix.columns.length })}
                  </span>
                </th>
                {row.cells.map((phrase, i) => (
                  <td key={matrix.columns[i]?.id} className={phrase ? 'definition-matrix__yes' : 'definition-matrix__no'}>
                    {phrase ? (
                      <>
                        <span className="definition-matrix__dot" aria-hidden="true">
                          ●
                        </span>
                        <q className="definition-matrix__phrase">{phrase}</q>
                      </>
                    ) : (
                      <>
                        <span aria-hidden="true">–</span>
                        <span className="visually-hidden">{t('definitions.absent')}</span>
                      </>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('definitions.fullTitle')}</h3>
      <ol className="definition-list">
        {definitions.map((definition) => (
          <li key={definition.id}>
            <article className="definition" id={`definition-${definition.id}`} aria-labelledby={`definition-${definition.id}-title`}>
              <h4 id={`definition-${definition.id}-title`}>{definition.source}</h4>
              <dl className="definition__meta">
                {definition.date ? (
                  <div>
                    <dt>{t('definitions.published')}</dt>
                    <dd>{formatDeckDate(definition.date, t)}</dd>
                  </div>
                ) : null}
                {definition.work ? (
                  <div>
                    <dt>{t('definitions.in')}</dt>
                    <dd>{definition.work}</dd>
                  </div>
                ) : null}
                <div>
                  <dt className="visually-hidden">{t('definitions.slideLabel')}</dt>
                  <dd>{t('slide', { slide: definition.slide })}</dd>
                </div>
              </dl>
              <blockquote className="definition__text">
                <p>{definition.text}</p>
              </blockquote>
              {definition.elements.length > 0 ? (
                <p className="definition__elements">
                  <span className="definition__elements-label">{t('definitions.stresses')}</span>{' '}
                  {definition.elements.map((element, i) => (
                    <span key={element.id}>
                      {i > 0 ? t('listSeparator') : null}
                      {t(`elements.${element.id}`)}
                    </span>
                  ))}
                </p>
              ) : null}
              {definition.note ? (
                <p className="definition__note">
                  <span className="definition__elements-label">{t('definitions.note')}</span> {definition.note}
                </p>
              ) : null}
            </article>
          </li>
        ))}
      </ol>
    </ConceptSection>
  );
}
