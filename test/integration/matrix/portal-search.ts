import type { Row } from './types.ts';

/** Rows of the portal's public API routes (search, open data, error reports). */
export const portalRows: Row[] = [];
