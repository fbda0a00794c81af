import type { Row } from './types.ts';

/** Rows of the 纠错 (error report) and moderation routes. */
export const feedbackRows: Row[] = [];
