import type { Row } from './types.ts';

/** Rows of the publication routes. */
export const publicationRows: Row[] = [];
