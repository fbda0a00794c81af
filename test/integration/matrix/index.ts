import { campaignRows } from './campaigns.ts';
import { coreRows } from './core.ts';
import { notifyRows } from './notify.ts';
import { publicationRows } from './publication.ts';
import { reviewerRows } from './reviewer.ts';
import { unitSideRows } from './unit-side.ts';
import { workbenchRows } from './workbench.ts';
import { feedbackRows } from './feedback.ts';
import { openDataRows } from './opendata.ts';
import { portalRows } from './portal-search.ts';
import type { Row } from './types.ts';

/** Every module's rows; each module keeps its own file. */
export const matrixRows: Row[] = [...coreRows, ...campaignRows, ...unitSideRows, ...reviewerRows, ...publicationRows, ...notifyRows, ...workbenchRows, ...portalRows, ...openDataRows, ...feedbackRows];
