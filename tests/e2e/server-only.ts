// `server-only` outside Next: the browser tests read the chart manifests (server modules) for their list of pages.
export {};
