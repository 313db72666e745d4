/** Message files under `messages/{locale}/`, one per part of the interface. */
export const MESSAGE_NAMESPACES = ['common', 'data', 'charts', 'pages'] as const;
