/** A plain translate function, as chart components take it (they run outside React's request scope too). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;
