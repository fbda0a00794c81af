import type { Row } from './types.ts';

/** Rows of the campaigns routes. */
export const campaignRows: Row[] = [];
