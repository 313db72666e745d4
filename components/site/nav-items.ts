/** The site's pages in the order the navigation lists them; `key` names each in `common.nav`. */
export const NAV_ITEMS = [
  { href: '/', key: 'overview' },
  { href: '/timeline', key: 'timeline' },
  { href: '/coverage', key: 'coverage' },
  { href: '/france', key: 'france' },
  { href: '/united-states', key: 'unitedStates' },
  { href: '/application-modes', key: 'applicationModes' },
  { href: '/data', key: 'data' },
  { href: '/present', key: 'present' },
] as const;

export type NavKey = (typeof NAV_ITEMS)[number]['key'];
