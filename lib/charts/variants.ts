/** The layouts every chart is drawn at on a page: one for phones, one for everything wider. */
export const VARIANT_WIDTHS = { narrow: 360, wide: 960 } as const;
export type Variant = keyof typeof VARIANT_WIDTHS;
