import { getTranslations } from 'next-intl/server';
import { getDistinctNotes, type ComparisonAspect } from '@/lib/concepts/comparisons';
import { formatSlideList } from '@/lib/concepts/slides';
import type { ComparisonId } from '@/lib/datasets/comparisons';
import type { Locale } from '@/lib/i18n/routing';
import type { Translate } from '@/lib/i18n/translate';
import { ConceptSection } from './concept-section';
import { DatasetLinks } from './dataset-links';
import { FoldingTable } from './folding-table';
import { SlideLink } from './slide-link';

export type ComparisonsSectionProps = { locale: Locale; comparisons: Record<ComparisonId, ComparisonAspect[]> };

type CellProps = { text: string | null; slide?: number | null; rowSlide?: number; note?: string | null; t: Translate };

function Cell({ text, slide, rowSlide, note, t }: CellProps) {
  return (
    <>
      {text ?? <span className="concept-table__missing">{t('comparisons.notInText')}</span>}
      {text && slide && slide !== rowSlide ? <span className="concept-table__sub">{t('slide', { slide })}</span> : null}
      {note ? <span className="concept-table__sub">{note}</span> : null}
    </>
  );
}

/** A note every row shares, printed once under the table; notes that differ stay in their rows. */
const sharedNote = (aspects: readonly ComparisonAspect[]) => {
  const notes = getDistinctNotes(aspects);
  return notes.length === 1 && aspects.every((aspect) => aspect.note === notes[0]) ? notes[0]! : null;
};

function Notes({ aspects }: { aspects: readonly ComparisonAspect[] }) {
  const shared = sharedNote(aspects);
  const notes = shared ? [shared] : [];
  return notes.length > 0 ? (
    <ul className="concept-notes">
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  ) : null;
}

/** E-government against traditional government (slides 19–22) and against e-commerce (slides 23–24). */
export async function ComparisonsSection({ locale, comparisons }: ComparisonsSectionProps) {
  const t = (await getTranslations({ locale, namespace: 'concepts' })) as unknown as Translate;
  const traditional = comparisons.traditional;
  const features = traditional.filter((a) => a.kind === 'feature');
  const contrasts = traditional.filter((a) => a.kind !== 'feature');
  const commerce = comparisons['e-commerce'];
  const slides = [...traditional, ...commerce].flatMap((a) => [a.slide, ...(a.egovSlide ? [a.egovSlide] : [])]);
  return (
    <ConceptSection
      id="comparisons"
      title={t('comparisons.title')}
      lead={t('comparisons.lead')}
      source={t('source', { slides: formatSlideList(slides, t('listSeparator')) })}
    >
      <h3 id="comparisons-traditional">{t('comparisons.traditional')}</h3>
      {features.length > 0 ? (
        <>
          <p className="concept-section__intro">{t('comparisons.featuresLead', { slide: features[0]!.slide })}</p>
          <ol className="concept-numbered concept-numbered--inline">
            {features.map((feature) => (
              <li key={feature.id} id={`comparison-traditional-${feature.id}`}>
                {feature.aspect}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="comparisons-traditional">
        <FoldingTable
          caption={t('comparisons.traditionalCaption')}
          columns={[t('comparisons.aspect'), t('comparisons.egov'), t('comparisons.traditionalSide'), t('slideColumn')]}
          rows={contrasts.map((aspect) => ({
            key: aspect.id,
            id: `comparison-traditional-${aspect.id}`,
            cells: [
              aspect.aspect,
              <Cell key="egov" text={aspect.egov} slide={aspect.egovSlide} rowSlide={aspect.slide} t={t} />,
              <Cell key="other" text={aspect.other} note={sharedNote(contrasts) ? null : aspect.note} t={t} />,
              <SlideLink key="slide" id={`comparison-traditional-${aspect.id}`} slide={aspect.slide} t={t} />,
            ],
          }))}
        />
      </div>
      <Notes aspects={contrasts} />
      <h3 id="comparisons-e-commerce">{t('comparisons.commerce')}</h3>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="comparisons-e-commerce">
        <FoldingTable
          caption={t('comparisons.commerceCaption')}
          columns={[
            t('comparisons.aspect'),
            t('comparisons.kindColumn'),
            t('comparisons.egovElsewhere'),
            t('comparisons.commerceSide'),
            t('slideColumn'),
          ]}
          rows={commerce.map((aspect) => ({
            key: aspect.id,
            id: `comparison-e-commerce-${aspect.id}`,
            cells: [
              aspect.aspect,
              t(`comparisons.kind.${aspect.kind}`),
              <Cell key="egov" text={aspect.egov} slide={aspect.egovSlide} rowSlide={aspect.slide} t={t} />,
              <Cell key="other" text={aspect.other} note={sharedNote(commerce) ? null : aspect.note} t={t} />,
              <SlideLink key="slide" id={`comparison-e-commerce-${aspect.id}`} slide={aspect.slide} t={t} />,
            ],
          }))}
        />
      </div>
      <Notes aspects={commerce} />
      <DatasetLinks ids={['comparisons']} locale={locale} t={t} />
    </ConceptSection>
  );
}
