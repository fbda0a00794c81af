import type { AppContext } from '../../app-context.ts';

/** Queues, schedules and workers of the notify module. */
export async function registerNotifyJobs(_ctx: AppContext): Promise<void> {}
