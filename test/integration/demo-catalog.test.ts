import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CATALOG } from '../../src/db/seed/demo-catalog.ts';
import { seedDemoCatalog } from '../../src/db/seed/demo-seed.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ config: { demoData: true } });
});
afterAll(async () => t.close());

describe('the demo catalog', () => {
  it('is loaded on first start: every item a complete draft with no blocking finding', async () => {
    const r = await t.ctx.database.executeSql(
      `select count(*)::int as n, count(distinct i.unit_id)::int as units, sum(v.error_count)::int as errors, sum(v.incomplete_count)::int as incomplete, min(v.completeness)::int as min_completeness
         from items i join item_versions v on v.item_id = i.id`,
    );
    expect(r.rows[0]).toEqual({ n: DEMO_CATALOG.length, units: expect.any(Number), errors: 0, incomplete: 0, min_completeness: 100 });
    expect(Number(r.rows[0].units)).toBeGreaterThanOrEqual(8);
    expect(DEMO_CATALOG.length).toBeGreaterThanOrEqual(60);
  });

  it('is never loaded twice', async () => {
    expect(await seedDemoCatalog(t.ctx)).toBe(0);
    const r = await t.ctx.database.executeSql('select count(*)::int as n from items');
    expect(Number(r.rows[0].n)).toBe(DEMO_CATALOG.length);
  });
});
