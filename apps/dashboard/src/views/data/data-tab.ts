/** The Data view's tables, in tab order. */
export const DATA_TABS = ['terminals', 'services', 'sources'] as const;

/** One table of the Data view. */
export type DataTab = (typeof DATA_TABS)[number];
