/** A chart's one figure for the overview: "96%" "of State Council departments with a website by 2006". */
export type Headline = { chart: string; value: string; label: string };
