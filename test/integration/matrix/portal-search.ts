import type { Row } from './types.ts';

/** Rows of the portal's public search API (检索, 输入提示): open to everyone, signed in or not. */
export const portalRows: Row[] = [
  { method: 'GET', url: '/api/v1/search', allowed: 'everyone', ok: 200, call: (c) => c.get(`/api/v1/search?q=${encodeURIComponent('养老保险')}`) },
  { method: 'GET', url: '/api/v1/search', note: 'browsing with filters', allowed: 'everyone', ok: 200, call: (c) => c.get('/api/v1/search?category=on_application&depth=3&page=1&pageSize=5') },
  { method: 'GET', url: '/api/v1/search/suggest', allowed: 'everyone', ok: 200, call: (c) => c.get('/api/v1/search/suggest?q=yl') },
];
