import type { Row } from './types.ts';

/** Rows of the open-data routes. */
export const openDataRows: Row[] = [];
