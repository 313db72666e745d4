import { getTranslations } from 'next-intl/server';
import { Fragment } from 'react';
import { layoutNetworkDiagram } from '@/lib/concepts/network-diagram';
import { toNetworkDiagramInput, type Network } from '@/lib/concepts/networks';
import { formatSlideList } from '@/lib/concepts/slides';
import type { Locale } from '@/lib/i18n/routing';
import type { Translate } from '@/lib/i18n/translate';
import { ConceptSection } from './concept-section';
import { DatasetLinks } from './dataset-links';
import { FoldingTable } from './folding-table';
import { NetworkDiagram } from './network-diagram';
import { SlideLink } from './slide-link';

export type NetworksSectionProps = { locale: Locale; networks: readonly Network[] };

/** The drawings of the diagram: a phone's column, a tablet's row, a wide row; CSS shows the one that fits. */
const DIAGRAM_WIDTHS = { narrow: 360, medium: 760, wide: 960 } as const;

/** The three networks (slides 60–63): a diagram of how they are isolated, then each in a row. */
export async function NetworksSection({ locale, networks }: NetworksSectionProps) {
  const t = (await getTranslations({ locale, namespace: 'concepts' })) as unknown as Translate;
  const nameOf = (id: string) => (id === 'internet' ? t('networks.internetInText') : (networks.find((n) => n.id === id)?.name ?? id));
  const input = toNetworkDiagramInput(networks, {
    internet: t('networks.internet'),
    internetSubtitle: t('networks.internetSubtitle'),
    groupLabel: t('networks.groupLabel'),
    pill: { physical: t('networks.pill.physical'), logical: t('networks.pill.logical') },
    legend: { physical: t('networks.legend.physical'), logical: t('networks.legend.logical') },
  });
  const description = t('networks.diagramDescription', {
    count: input.links.length,
    list: input.links
      .map((link) =>
        t('networks.diagramItem', {
          network: nameOf(link.from),
          other: nameOf(link.to),
          isolation: t(`networks.isolation.${link.isolation}`),
        }),
      )
      .join(t('listSeparator')),
  });
  const slides = [60, ...networks.map((n) => n.slide), ...networks.flatMap((n) => n.isolations.map((i) => i.slide))];
  return (
    <ConceptSection
      id="networks"
      title={t('networks.title')}
      lead={t('networks.lead')}
      source={t('source', { slides: formatSlideList(slides, t('listSeparator')) })}
    >
      <figure className="network-figure">
        <div className="network-figure__variants">
          {(Object.keys(DIAGRAM_WIDTHS) as (keyof typeof DIAGRAM_WIDTHS)[]).map((variant) => (
            <div key={variant} className={`network-figure__${variant}`}>
              <NetworkDiagram
                layout={layoutNetworkDiagram(input, { width: DIAGRAM_WIDTHS[variant] })}
                title={t('networks.diagramTitle')}
                description={description}
              />
            </div>
          ))}
        </div>
        <figcaption>{t('networks.oneSiteTwo')}</figcaption>
      </figure>
      <h3 id="networks-table-title">{t('networks.tableTitle')}</h3>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="networks-table-title">
        <FoldingTable
          caption={t('networks.tableTitle')}
          columns={[
            t('networks.network'),
            t('networks.platform'),
            t('networks.users'),
            t('networks.runs'),
            t('networks.isolatedFrom'),
            t('slideColumn'),
          ]}
          rows={networks.map((network) => ({
            key: network.id,
            id: `network-${network.id}`,
            cells: [
              <Fragment key="name">
                <span className="concept-table__name">{network.name}</span>
                {network.fullName ? <span className="concept-table__sub">{network.fullName}</span> : null}
                <span className="concept-table__sub">{t(network.oneSiteTwoNetworks ? 'networks.inGroup' : 'networks.notInGroup')}</span>
              </Fragment>,
              network.platform,
              network.users,
              <Fragment key="runs">
                {network.remark ? <p className="concept-table__remark">{network.remark}</p> : null}
                <ul className="concept-table__list">
                  {network.runs.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
              </Fragment>,
              <ul key="isolations" className="concept-table__list">
                {network.isolations.map((isolation) => (
                  <li key={isolation.other}>
                    {t('networks.diagramItem', {
                      network: network.name,
                      other: nameOf(isolation.other),
                      isolation: t(`networks.isolation.${isolation.isolation}`),
                    })}{' '}
                    <span className="concept-table__sub">
                      <q>{isolation.phrase}</q> {t('slide', { slide: isolation.slide })}
                    </span>
                  </li>
                ))}
              </ul>,
              <SlideLink key="slide" id={`network-${network.id}`} slide={network.slide} t={t} />,
            ],
          }))}
        />
      </div>
      <DatasetLinks ids={['networks', 'network-links']} locale={locale} t={t} />
    </ConceptSection>
  );
}
