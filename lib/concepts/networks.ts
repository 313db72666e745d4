import type { Isolation, NetworkLinkRow } from '@/lib/datasets/network-links';
import type { NetworkRow } from '@/lib/datasets/networks';
import type { Locale } from '@/lib/i18n/routing';
import { localized } from '@/lib/i18n/localized';
import type { NetworkDiagramInput, NetworkNodeInput } from './network-diagram';

/** One network in the page's language, with the isolations the deck names for it (both directions). */
export type Network = {
  id: string;
  name: string;
  fullName: string | null;
  platform: string;
  users: string;
  runs: string[];
  remark: string | null;
  oneSiteTwoNetworks: boolean;
  slide: number;
  isolations: { other: string; isolation: Isolation; phrase: string; slide: number }[];
};

export function toNetworks(rows: readonly NetworkRow[], links: readonly NetworkLinkRow[], locale: Locale): Network[] {
  return [...rows]
    .sort((a, b) => a.rank - b.rank)
    .map((row) => ({
      id: row.network_id,
      name: localized(row, 'name', locale),
      fullName: localized(row, 'full_name', locale),
      platform: localized(row, 'platform', locale),
      users: localized(row, 'users', locale),
      runs: localized(row, 'runs', locale)
        .split('|')
        .map((item) => item.trim())
        .filter(Boolean),
      remark: localized(row, 'remark', locale),
      oneSiteTwoNetworks: row.one_site_two_networks === 'yes',
      slide: row.source_slide,
      isolations: links
        .filter((link) => link.network_id === row.network_id || link.other_id === row.network_id)
        .map((link) => ({
          other: link.network_id === row.network_id ? link.other_id : link.network_id,
          isolation: link.isolation,
          phrase: localized(link, 'phrase', locale),
          slide: link.source_slide,
        })),
    }));
}

export type NetworkDiagramLabels = {
  internet: string;
  internetSubtitle: string;
  groupLabel: string;
  pill: Record<Isolation, string>;
  legend: Record<Isolation, string>;
};

/** “党委系统的机要部门（如机要室）” → “党委系统的机要部门”: a box holds the name, not its examples. */
const withoutAside = (text: string) => text.replace(/\s*[（(][^（()）]*[)）]$/, '');

const OPENNESS: Record<Isolation | 'none', number> = { logical: 0, physical: 1, none: 2 };

/**
 * The diagram's boxes in order: the internet, then the networks of “one site, two networks” (the one
 * most open to the internet first, so it stands next to it), then the networks outside them.
 */
export function toNetworkDiagramInput(networks: readonly Network[], labels: NetworkDiagramLabels): NetworkDiagramInput {
  const openness = (network: Network) => OPENNESS[network.isolations.find((i) => i.other === 'internet')?.isolation ?? 'none'];
  const group = networks.filter((n) => n.oneSiteTwoNetworks).sort((a, b) => openness(a) - openness(b));
  const outside = networks.filter((n) => !n.oneSiteTwoNetworks);
  const toNode = (network: Network, tone: NetworkNodeInput['tone']): NetworkNodeInput => ({
    id: network.id,
    name: network.name,
    subtitle: network.fullName ?? withoutAside(network.users),
    tone,
  });
  const seen = new Set<string>();
  const links = networks.flatMap((network) =>
    network.isolations.flatMap((isolation) => {
      const key = [network.id, isolation.other].sort().join('|');
      if (seen.has(key)) return [];
      seen.add(key);
      return [{ from: network.id, to: isolation.other, isolation: isolation.isolation, label: labels.pill[isolation.isolation] }];
    }),
  );
  return {
    nodes: [
      { id: 'internet', name: labels.internet, subtitle: labels.internetSubtitle, tone: 'internet' },
      ...group.map((n) => toNode(n, 'group')),
      ...outside.map((n) => toNode(n, 'outside')),
    ],
    links,
    groupLabel: labels.groupLabel,
    legend: labels.legend,
  };
}
