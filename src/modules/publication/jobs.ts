import type { AppContext } from '../../app-context.ts';

/** Queues, schedules and workers of the publication module. */
export async function registerPublicationJobs(_ctx: AppContext): Promise<void> {}
