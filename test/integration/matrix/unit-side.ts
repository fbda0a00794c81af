import type { Row } from './types.ts';

/** Rows of the unit-side routes. */
export const unitSideRows: Row[] = [];
