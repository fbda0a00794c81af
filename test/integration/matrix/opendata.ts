import { liveItemsOfAandB } from '../../support/opendata-chain.ts';
import type { Row } from './types.ts';

/** Rows of the open-data routes: the downloads are public. */
export const openDataRows: Row[] = (['csv', 'xlsx', 'jsonld'] as const).map(
  (ext): Row => ({
    method: 'GET',
    url: `/api/v1/open-data/catalog.${ext}`,
    note: 'the current edition',
    allowed: 'everyone',
    ok: 200,
    call: async (c, f) => (await liveItemsOfAandB(f.t.ctx), c.get(`/api/v1/open-data/catalog.${ext}`)),
  }),
);
