import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDate } from '../../src/domain/working-days.ts';
import { ensureSearchIndex } from '../../src/modules/portal/search/indexer.ts';
import { searchQuery } from '../../src/modules/portal/search/query.ts';
import { SearchResultSchema, SuggestResultSchema } from '../../src/modules/portal/search/schemas.ts';
import { makeUser } from '../factories/users.ts';
import { ApiClient } from '../support/http.ts';
import { approveLatest, createApprovedItems } from '../support/publication-chain.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const PENSION = '城乡居民基本养老保险参保登记';
const CARD = '社会保障卡申领';

let t: TestApp;
let anyone: ApiClient;
beforeAll(async () => {
  t = await createTestApp({ config: { demoData: true } });
  anyone = new ApiClient(t.app, '10.0.41.1');
}, 180_000);
afterAll(async () => t.close());

type Hit = { code: string; name: string; nameHtml: string; unitId: string; unitName: string; category: string; serviceObjects: string[]; themes: string[]; onlineDepth: number | null; snippetHtml: string | null; score: number };
type Result = { total: number; items: Hit[]; page: number; pageSize: number; regionCode: string };

async function search(params: Record<string, string | number>): Promise<Result> {
  const qs = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();
  const res = await anyone.get(`/api/v1/search?${qs}`);
  expect(res.statusCode, res.body).toBe(200);
  // The route writes plain JSON: every answer a test sees must still be what the schema documents.
  SearchResultSchema.parse(res.json());
  return res.json();
}
const names = (r: Result) => r.items.map((i) => i.name);
const sql = async (text: string, values: unknown[] = []) => (await t.ctx.database.executeSql(text, values)).rows;

describe('searching the demo catalog (edition 1, 70 items)', () => {
  it('the index holds exactly the live edition’s versions', async () => {
    const [r] = await sql(`select
        (select count(*)::int from search_entries where region_code = '430811') as entries,
        (select count(*)::int from edition_items ei join editions e on e.id = ei.edition_id where e.number = 1 and e.region_code = '430811') as lines,
        (select count(*)::int from search_entries se where not exists (select 1 from edition_items ei where ei.version_id = se.version_id)) as strays`);
    expect(r).toEqual({ entries: 70, lines: 70, strays: 0 });
  });

  it('养老 finds the pension registration on the first page, the match marked', async () => {
    const r = await search({ q: '养老' });
    expect(names(r)).toContain(PENSION);
    expect(r.items.find((i) => i.name === PENSION)!.nameHtml).toBe('城乡居民基本<mark>养老</mark>保险参保登记');
  });

  it('养老保险 finds the long name although the words were cut differently; every term must be there', async () => {
    const r = await search({ q: '养老保险' });
    expect(names(r).slice(0, 2).sort()).toEqual([PENSION, '城乡居民基本养老保险待遇申领']);
    // 社会保险个人权益记录查询 mentions 养老 and 保险, but not 养老保险.
    expect(names(r)).not.toContain('社会保险个人权益记录查询');
  });

  it('a name ranks above a mention in the content', async () => {
    const r = await search({ q: '参保' });
    const inName = r.items.findIndex((i) => i.name === PENSION);
    const inContent = r.items.findIndex((i) => i.name === '社会保险个人权益记录查询');
    expect(inName).toBeGreaterThanOrEqual(0);
    expect(inContent).toBeGreaterThan(inName);
  });

  it('pinyin initials (ylbx) and full pinyin (yanglao) find it too, the characters they spell marked', async () => {
    const byInitials = await search({ q: 'ylbx' });
    expect(names(byInitials)).toContain(PENSION);
    expect(byInitials.items.find((i) => i.name === PENSION)!.nameHtml).toBe('城乡居民基本<mark>养老保险</mark>参保登记');
    const byPinyin = await search({ q: 'yanglao' });
    expect(names(byPinyin)).toContain(PENSION);
    expect(byPinyin.items.find((i) => i.name === PENSION)!.nameHtml).toBe('城乡居民基本<mark>养老</mark>保险参保登记');
  });

  it('a name with one wrong character still finds the item, first', async () => {
    expect((await search({ q: '城乡居民基本养老保险参保登纪' })).items[0].name).toBe(PENSION);
    expect((await search({ q: '社会保障卡申岭' })).items[0].name).toBe(CARD);
  });

  it('the exact name comes first, and an everyday abbreviation finds the full name', async () => {
    expect((await search({ q: CARD })).items[0]).toMatchObject({ name: CARD, nameHtml: `<mark>${CARD}</mark>` });
    expect(names(await search({ q: '社保卡' }))[0]).toBe(CARD);
  });

  it('a query that matches nothing answers an empty list', async () => {
    for (const q of ['zzqx', '火星移民', '《》', '①②']) {
      const r = await search({ q });
      expect(r, q).toMatchObject({ total: 0, items: [] });
    }
  });

  it('a match in the service content comes with a marked snippet', async () => {
    const r = await search({ q: '缴费档次' });
    const hit = r.items.find((i) => i.name === PENSION)!;
    expect(hit.snippetHtml).toContain('确定<mark>缴费档次</mark>');
  });

  it('pages: the count is of every match, and a page past the end is empty but still counted', async () => {
    const all = await search({ q: '登记', pageSize: 50 });
    expect(all.total).toBe(all.items.length);
    const second = await search({ q: '登记', page: 2, pageSize: 2 });
    expect(second.total).toBe(all.total);
    expect(names(second)).toEqual(names(all).slice(2, 4));
    const past = await search({ q: '登记', page: 99, pageSize: 2 });
    expect(past).toMatchObject({ total: all.total, items: [] });
  });
});

describe('browsing and filters', () => {
  it('without a query lists the whole live edition in its order', async () => {
    const r = await search({ pageSize: 50 });
    expect(r.total).toBe(70);
    const [first] = await sql(`select ei.code from edition_items ei join editions e on e.id = ei.edition_id where e.number = 1 order by ei.position limit 1`);
    expect(r.items[0].code).toBe(first.code);
    expect(r.items.every((i) => i.score === 0 && i.snippetHtml === null)).toBe(true);
  });

  it('each filter narrows, and every result satisfies it', async () => {
    const everything = (await search({})).total;
    const proactive = await search({ category: 'proactive', pageSize: 50 });
    expect(proactive.total).toBeGreaterThan(0);
    expect(proactive.total).toBeLessThan(everything);
    expect(proactive.items.every((i) => i.category === 'proactive')).toBe(true);

    const unitId = proactive.items[0].unitId;
    const unit = await search({ unitId, pageSize: 50 });
    expect(unit.total).toBeLessThan(everything);
    expect(unit.items.every((i) => i.unitId === unitId)).toBe(true);

    const companies = await search({ object: '法人', pageSize: 50 });
    expect(companies.total).toBeLessThan(everything);
    expect(companies.items.every((i) => i.serviceObjects.includes('法人'))).toBe(true);

    const birth = await search({ theme: 'p-birth', pageSize: 50 });
    expect(birth.total).toBeGreaterThan(0);
    expect(birth.items.every((i) => i.themes.includes('p-birth'))).toBe(true);

    const online = await search({ depth: 3, pageSize: 50 });
    expect(online.items.every((i) => i.onlineDepth === 3)).toBe(true);

    const pensionOnline = await search({ q: '养老', depth: 3 });
    expect(names(pensionOnline)).toEqual([PENSION]);
  });
});

describe('regions', () => {
  it('another region sees nothing of 430811, by search, by browsing or by suggestion', async () => {
    expect(await search({ q: '养老', region: '430802' })).toMatchObject({ total: 0, items: [] });
    expect(await search({ region: '430802' })).toMatchObject({ total: 0, items: [] });
    expect(await search({ q: 'ylbx', region: '430802' })).toMatchObject({ total: 0, items: [] });
    const res = await anyone.get('/api/v1/search/suggest?q=yl&region=430802');
    expect(res.json()).toEqual({ suggestions: [] });
  });

  it('the province (430000) and the city (430800) search and browse every county under them; another province nothing', async () => {
    const county = await search({ q: '养老' });
    expect(county.total).toBeGreaterThan(0);
    for (const region of ['430000', '430800']) {
      expect(names(await search({ q: '养老', region }))).toEqual(names(county));
      expect(names(await search({ q: 'ylbx', region }))).toContain(PENSION);
      expect((await search({ region, pageSize: 1 })).total).toBe((await search({ pageSize: 1 })).total);
      const res = await anyone.get(`/api/v1/search/suggest?q=yl&region=${region}`);
      expect(SuggestResultSchema.parse(res.json()).suggestions).toContain(PENSION);
    }
    expect(await search({ q: '养老', region: '440000' })).toMatchObject({ total: 0, items: [] });
  });
});

describe('validation', () => {
  it('refuses a query over 50 characters, a bad region, filter or page, in Chinese', async () => {
    const long = await anyone.get(`/api/v1/search?q=${encodeURIComponent('养'.repeat(51))}`);
    expect(long.statusCode).toBe(400);
    expect(long.json().detail).toContain('检索词不超过50个字');
    expect((await anyone.get('/api/v1/search?region=43')).json().detail).toContain('行政区划代码为6位数字');
    expect((await anyone.get('/api/v1/search?theme=nope')).json().detail).toContain('主题分类不存在');
    expect((await anyone.get('/api/v1/search?depth=5')).json().detail).toContain('网办深度须为1至4');
    expect((await anyone.get('/api/v1/search?pageSize=500')).json().detail).toContain('每页条数须为1至50');
    expect((await anyone.get(`/api/v1/search/suggest?q=${encodeURIComponent('养'.repeat(51))}`)).statusCode).toBe(400);
  });
});

describe('suggestions as you type', () => {
  it('complete names from characters or pinyin, at most eight', async () => {
    const of = async (q: string) => (await anyone.get(`/api/v1/search/suggest?q=${encodeURIComponent(q)}`)).json().suggestions as string[];
    expect(await of('养老')).toContain(PENSION);
    expect(await of('yl')).toContain(PENSION);
    expect((await of('shbz'))[0]).toBe(CARD);
    expect((await of('社会'))[0]).toBe(CARD);
    expect((await of('申')).length).toBeLessThanOrEqual(8);
    expect(await of('')).toEqual([]);
  });
});

describe('the bench can run the bare statement', () => {
  it('as text and values for a plain driver, with the same answer', async () => {
    const stmt = searchQuery({ regionCode: '430811', q: '养老', page: 1, pageSize: 20 })!;
    const rows = (await t.ctx.database.executeSql(stmt.text, stmt.values)).rows;
    expect(rows.map((r) => r.name)).toEqual(names(await search({ q: '养老' })));
  });
});

describe('kept answers', () => {
  it('give the same page again, and follow a unit’s new name at once', async () => {
    const first = await search({ q: '养老' });
    expect(await search({ q: '养老' })).toEqual(first);
    const unitId = first.items[0].unitId;
    // As the unit form does: a new name, and the row's version goes up.
    await sql(`update units set full_name = full_name || '（测试）', version = version + 1 where id = $1`, [unitId]);
    expect((await search({ q: '养老' })).items[0].unitName).toMatch(/（测试）$/);
    await sql(`update units set full_name = replace(full_name, '（测试）', ''), version = version + 1 where id = $1`, [unitId]);
    expect((await search({ q: '养老' })).items[0].unitName).toBe(first.items[0].unitName);
  });
});

describe('after a new edition goes live', () => {
  const today = () => chinaDate(t.ctx.clock.now());
  let added: { code: string; name: string; versionId: string };
  let cancelled: { id: string; name: string; versionId: string };

  beforeAll(async () => {
    [added] = await createApprovedItems(t.ctx, '区教育局', ['研学旅行基地推荐'], { reason: '新设服务', trigger: 'functions_changed' });
    // An item of the live edition with no adjustment under way: its newest version is the published one.
    const [row] = await sql(`select i.id, v.name, v.id as version_id from items i
        join item_versions v on v.item_id = i.id and v.number = i.latest_version
        join units u on u.id = i.unit_id
      where v.state = 'published' and u.short_name = '区教育局' order by i.code limit 1`);
    cancelled = { id: String(row.id), name: String(row.name), versionId: String(row.version_id) };
    // Asked before the edition: the answers kept then must not outlive it.
    expect(names(await search({ q: cancelled.name }))).toContain(cancelled.name);
    expect(names(await search({ q: '研学旅行' }))).not.toContain('研学旅行基地推荐');
    const editorUser = await makeUser(t.ctx, { unit: '区教育局', roles: ['unit_editor'] });
    const editor = await new ApiClient(t.app, '10.0.41.2').login(editorUser.username, editorUser.password);
    const cancel = await editor.post(`/api/v1/items/${cancelled.id}/adjustments`, { kind: 'cancel', trigger: 'other', reason: '服务已并入其他事项' });
    expect(cancel.statusCode, cancel.body).toBe(201);
    const cancelVersion = await approveLatest(t.ctx, cancelled.id);
    const pub = await makeUser(t.ctx, { unit: '区政务公开政务服务管理办公室', roles: ['publisher'] });
    const publisher = await new ApiClient(t.app, '10.0.41.3').login(pub.username, pub.password);
    const year = today().slice(0, 4);
    const res = await publisher.post('/api/v1/editions', {
      title: '武陵源区公共服务事项目录（第2版）',
      docNumber: `张武政办发〔${year}〕41号`,
      publishedOn: today(),
      effectiveOn: today(),
      versionIds: [added.versionId, cancelVersion],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().state).toBe('live');
  }, 120_000);

  it('the new item is found and the cancelled one is not', async () => {
    expect(names(await search({ q: '研学旅行' }))).toContain(added.name);
    expect(names(await search({ q: cancelled.name }))).not.toContain(cancelled.name);
  });

  it('the index follows: the new version in, the cancelled item’s out, nothing else changed', async () => {
    const [r] = await sql(
      `select (select count(*)::int from search_entries where region_code = '430811') as entries,
              (select count(*)::int from search_entries where version_id = $1) as added,
              (select count(*)::int from search_entries where item_id = $2) as cancelled`,
      [added.versionId, cancelled.id],
    );
    expect(r).toEqual({ entries: 70, added: 1, cancelled: 0 });
  });

  it('a start-up check finds nothing to do, and rebuilds what is missing', async () => {
    expect(await ensureSearchIndex(t.ctx)).toEqual({ editions: 0, indexed: 0, removed: 0 });
    await sql('delete from search_entries where version_id = $1', [added.versionId]);
    expect(await ensureSearchIndex(t.ctx)).toEqual({ editions: 1, indexed: 1, removed: 0 });
    expect(names(await search({ q: '研学旅行' }))).toContain(added.name);
  });
});
