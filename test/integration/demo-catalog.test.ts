import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CATALOG } from '../../src/db/seed/demo-catalog.ts';
import { seedDemoCatalog } from '../../src/db/seed/demo-seed.ts';
import { seedDemoWorkflow } from '../../src/db/seed/demo-workflow.ts';
import { VERSION_STATES } from '../../src/domain/review/workflow.ts';
import { ApiClient } from '../support/http.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/** The sub-unit's two items that the demo lists after publication, as an adjustment. */
const ADDED_AFTER_PUBLICATION = 2;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ config: { demoData: true } });
});
afterAll(async () => t.close());

const sql = async (text: string) => (await t.ctx.database.executeSql(text)).rows;

describe('the demo catalog', () => {
  it('is loaded on first start: every item complete, with no blocking finding', async () => {
    const [r] = await sql(
      `select count(distinct i.id)::int as n, count(distinct i.unit_id)::int as units, sum(v.error_count)::int as errors, sum(v.incomplete_count)::int as incomplete, min(v.completeness)::int as min_completeness
         from items i join item_versions v on v.item_id = i.id and v.number = i.latest_version`,
    );
    expect(r).toEqual({ n: DEMO_CATALOG.length + ADDED_AFTER_PUBLICATION, units: expect.any(Number), errors: 0, incomplete: 0, min_completeness: 100 });
    expect(Number(r.units)).toBeGreaterThanOrEqual(8);
    expect(DEMO_CATALOG.length).toBeGreaterThanOrEqual(60);
  });

  it('is never loaded twice', async () => {
    expect(await seedDemoCatalog(t.ctx)).toBe(0);
    expect(await seedDemoWorkflow(t.ctx)).toBe(false);
    const [r] = await sql('select count(*)::int as n from items');
    expect(Number(r.n)).toBe(DEMO_CATALOG.length + ADDED_AFTER_PUBLICATION);
  });
});

describe('the demo workflow', () => {
  it('has published edition 1 under the district government document, live since 2018-01-01', async () => {
    const editions = await sql('select number, doc_number, published_on::text, effective_on::text, item_count, went_live_at is not null as live from editions');
    expect(editions).toEqual([{ number: 1, doc_number: '张武政办发〔2017〕12号', published_on: '2017-12-29', effective_on: '2018-01-01', item_count: 70, live: true }]);
    const res = await new ApiClient(t.app).get('/api/v1/catalog?pageSize=100');
    expect(res.statusCode).toBe(200);
    expect(res.json().edition.docNumber).toBe('张武政办发〔2017〕12号');
    expect(res.json().total).toBe(70);
  });

  it('shows an item at every stage of the chain', async () => {
    const rows = await sql('select distinct v.state from items i join item_versions v on v.item_id = i.id and v.number = i.latest_version');
    const states = new Set(rows.map((r) => r.state));
    for (const s of VERSION_STATES.filter((s) => s !== 'superseded')) expect(states, s).toContain(s);
  });

  it('kept every step: consultation answered, signed submissions with frozen files, decisions, a return with its comment', async () => {
    const [counts] = await sql(`select
        (select count(*)::int from opinions where answer is not null) as answered,
        (select count(*)::int from opinions where answer is null) as open,
        (select count(*)::int from submissions where campaign_id is not null) as in_campaign,
        (select count(*)::int from submissions s join files f on f.id = s.filing_file_id and f.sha256 = s.filing_sha256) as frozen,
        (select count(*)::int from submissions) as submissions,
        (select count(*)::int from review_decisions where decision = 'return' and comment is not null and jsonb_array_length(field_comments) = 1) as returns`);
    expect(counts).toMatchObject({ answered: 1, open: 1, in_campaign: 12, returns: 1 });
    expect(counts.frozen).toBe(counts.submissions);
  });

  it('acted through demo accounts that are disabled afterwards', async () => {
    const [r] = await sql(`select count(*)::int as n, count(*) filter (where is_disabled)::int as disabled from users where username like 'demo%'`);
    expect(Number(r.n)).toBeGreaterThan(0);
    expect(r.disabled).toBe(r.n);
  });
});
