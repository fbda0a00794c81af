import type { Row } from './types.ts';

/** Rows of the notify routes. */
export const notifyRows: Row[] = [];
