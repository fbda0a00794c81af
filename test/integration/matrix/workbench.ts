import type { Row } from './types.ts';

/** Rows of the 工作台 routes. */
export const workbenchRows: Row[] = [{ method: 'GET', url: '/api/v1/me/todo', allowed: 'authenticated', ok: 200, call: (c) => c.get('/api/v1/me/todo') }];
