/** Message files under `messages/{locale}/`, one per part of the interface. */
export const MESSAGE_NAMESPACES = [
  'common',
  'data',
  'pages',
  'chart',
  'timeline',
  'coverage',
  'france',
  'unitedStates',
  'applicationModes',
  'share',
  'present',
  'upload',
] as const;
