import type { Row } from './types.ts';

/** Rows of the reviewer routes. */
export const reviewerRows: Row[] = [];
