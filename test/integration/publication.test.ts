import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/domain/clock.ts';
import { EDITIONS_GO_LIVE, goLiveDueEditions } from '../../src/modules/publication/jobs.ts';
import { buildDraft } from '../factories/item-draft.ts';
import { makeUser, TEST_PASSWORD, type TestUser } from '../factories/users.ts';
import { ApiClient } from '../support/http.ts';
import { approveLatest, createApprovedItems, createDraftItem } from '../support/publication-chain.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

// 10:00 on 2 March 2026, Beijing time.
const clock = fixedClock('2026-03-02T02:00:00Z');
let t: TestApp;
let publisher: ApiClient;
let reviewer: ApiClient;
let editor: ApiClient;
let editorUser: TestUser;
let anonymous: ApiClient;

type Approved = { itemId: string; code: string; versionId: string; name: string };
let first: Approved[];
let finance: Approved[];

beforeAll(async () => {
  t = await createTestApp({ clock });
  const pub = await makeUser(t.ctx, { unit: '区政务公开政务服务管理办公室', roles: ['publisher'] });
  const rev = await makeUser(t.ctx, { unit: '区政务公开政务服务管理办公室', roles: ['district_reviewer'] });
  editorUser = await makeUser(t.ctx, { unit: '区教育局', roles: ['unit_editor'] });
  publisher = await new ApiClient(t.app, '10.0.3.1').login(pub.username, pub.password);
  reviewer = await new ApiClient(t.app, '10.0.3.2').login(rev.username, rev.password);
  editor = await new ApiClient(t.app, '10.0.3.3').login(editorUser.username, editorUser.password);
  anonymous = new ApiClient(t.app, '10.0.3.4');
  first = await createApprovedItems(t.ctx, '区教育局', ['学前教育资助申请', '义务教育阶段学生转学', '教师资格认定']);
  finance = await createApprovedItems(t.ctx, '区财政局', ['会计人员信息采集']);
});
afterAll(async () => t.close());

const codesOf = (res: { json(): { items: { code: string }[] } }) => res.json().items.map((i) => i.code).sort();
const edition = (body: Record<string, unknown>) => publisher.post('/api/v1/editions', { title: '武陵源区公共服务事项目录（第1版）', publishedOn: '2026-03-02', effectiveOn: '2026-03-02', ...body });

describe('before any edition', () => {
  it('the public catalog says in Chinese that nothing is published yet', async () => {
    const res = await anonymous.get('/api/v1/catalog');
    expect(res.statusCode).toBe(404);
    expect(res.json().detail).toBe('本区尚未发布公共服务事项目录');
  });

  it('the publisher sees the approved versions waiting, grouped by unit, with what each proposes', async () => {
    const res = await publisher.get('/api/v1/editions/candidates');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ nextNumber: 1, defaultTitle: '武陵源区公共服务事项目录（第1版）', today: '2026-03-02', live: null, pending: null, total: 4 });
    expect(body.units.map((u: { unitName: string }) => u.unitName)).toEqual(['张家界市武陵源区教育局', '张家界市武陵源区财政局']);
    expect(body.units[0].items.map((i: { code: string }) => i.code).sort()).toEqual(first.map((i) => i.code).sort());
    expect(body.units[0].items[0]).toMatchObject({ changeKind: 'new', versionNumber: 1 });
  });

  it('the district office may look at them but not publish; a unit editor may do neither', async () => {
    expect((await reviewer.get('/api/v1/editions/candidates')).statusCode).toBe(200);
    expect((await reviewer.post('/api/v1/editions', { title: 'x', docNumber: '张武政办发〔2026〕3号', publishedOn: '2026-03-02', effectiveOn: '2026-03-02', versionIds: [first[0].versionId] })).statusCode).toBe(403);
    expect((await editor.get('/api/v1/editions/candidates')).statusCode).toBe(403);
  });
});

describe('document numbers', () => {
  it.each([
    ['张武政办发[2026]3号', '六角括号'],
    ['张武政办发〔2026〕第3号', '不加“第”'],
    ['三号文件', '机关代字〔年份〕序号号'],
  ])('refuses %s with the Chinese reason on docNumber', async (docNumber, words) => {
    const res = await edition({ docNumber, versionIds: [first[0].versionId] });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain(words);
    expect(res.json().errors[0].path).toBe('docNumber');
  });

  it('refuses a year other than the publication date’s', async () => {
    const res = await edition({ docNumber: '张武政办发〔2018〕3号', versionIds: [first[0].versionId] });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toBe('发文字号的年份（2018）与发布日期的年份（2026）不一致');
  });

  it('refuses an effective date before the publication date', async () => {
    const res = await edition({ docNumber: '张武政办发〔2026〕3号', effectiveOn: '2026-03-01', versionIds: [first[0].versionId] });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('effectiveOn');
  });
});

describe('edition 1, effective at once', () => {
  it('goes live in the same request, and the public catalog lists exactly its items with the document number', async () => {
    const res = await edition({ docNumber: '张武政办发〔2026〕3号', versionIds: [...first, ...finance].map((i) => i.versionId) });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ number: 1, state: 'live', itemCount: 4, docNumber: '张武政办发〔2026〕3号', isCurrent: true });
    const catalog = await anonymous.get('/api/v1/catalog');
    expect(catalog.statusCode).toBe(200);
    expect(catalog.json().edition).toMatchObject({ number: 1, docNumber: '张武政办发〔2026〕3号', publishedOn: '2026-03-02', effectiveOn: '2026-03-02' });
    expect(codesOf(catalog)).toEqual([...first, ...finance].map((i) => i.code).sort());
    const row = catalog.json().items.find((i: { code: string }) => i.code === first[0].code);
    expect(row).toMatchObject({ name: '学前教育资助申请', category: 'on_application', unitName: '张家界市武陵源区教育局', serviceObjects: ['个人（公民）'], versionNumber: 1 });
    expect(row.guideUrl).toBe(`/api/v1/catalog/items/${first[0].code}`);
    const one = await anonymous.get(row.guideUrl);
    expect(one.statusCode).toBe(200);
    expect(one.json().item.draft.guide.committedLimit).toEqual({ value: 5, unit: 'working_day' });
  });

  it('filters by unit and searches by name', async () => {
    const byUnit = await anonymous.get(`/api/v1/catalog?unitId=${editorUser.unitId}`);
    expect(codesOf(byUnit)).toEqual(first.map((i) => i.code).sort());
    const found = await anonymous.get(`/api/v1/catalog?q=${encodeURIComponent('转学')}`);
    expect(found.json().items.map((i: { name: string }) => i.name)).toEqual(['义务教育阶段学生转学']);
  });

  it('published the versions: the unit may now propose adjustments, and none is waiting for an edition', async () => {
    const detail = (await editor.get(`/api/v1/items/${first[0].itemId}`)).json();
    expect(detail).toMatchObject({ state: 'published', actions: ['adjust'] });
    expect((await publisher.get('/api/v1/editions/candidates')).json().total).toBe(0);
  });

  it('refuses the same document number again', async () => {
    const [extra] = await createApprovedItems(t.ctx, '区财政局', ['政府采购供应商投诉处理'], { reason: '新设服务', trigger: 'functions_changed' });
    const res = await edition({ docNumber: '张武政办发〔2026〕3号', versionIds: [extra.versionId] });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toBe('发文字号已被第1版目录使用');
    finance.push(extra);
  });

  it('a version that is not approved cannot be published', async () => {
    const { itemId } = await createDraftItem(t.ctx, '区财政局', { name: '财政票据领购' }, { reason: '新设服务', trigger: 'other' });
    const draft = (await publisher.get(`/api/v1/items/${itemId}`)).json();
    const res = await edition({ docNumber: '张武政办发〔2026〕4号', versionIds: [draft.versionId] });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('只有审核通过的版本可以发布');
  });
});

describe('adjustments (动态调整)', () => {
  let added: Approved;

  it('a new item after publication must say why it is added', async () => {
    const bare = await editor.post('/api/v1/items', { draft: buildDraft({ name: '校外培训机构查询' }) });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().errors.map((e: { path: string }) => e.path)).toEqual(['change.trigger', 'change.reason']);
    const res = await editor.post('/api/v1/items', { draft: buildDraft({ name: '校外培训机构查询' }), change: { trigger: 'law_made', reason: '《湖南省校外培训机构管理条例》新制定' } });
    expect(res.statusCode, res.body).toBe(201);
    const { itemId, code } = res.json();
    added = { itemId, code, name: '校外培训机构查询', versionId: await approveLatest(t.ctx, itemId) };
  });

  it('proposing a change copies the published version into a draft N+1 with the reason; the published one stays public', async () => {
    const res = await editor.post(`/api/v1/items/${first[0].itemId}/adjustments`, { kind: 'change', trigger: 'law_changed', reason: '资助标准调整' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ versionNumber: 2 });
    const detail = (await editor.get(`/api/v1/items/${first[0].itemId}`)).json();
    expect(detail).toMatchObject({ state: 'draft', versionNumber: 2, actions: ['edit'] });
    const draft = { ...detail.draft, guide: { ...detail.draft.guide, committedLimit: { value: 3, unit: 'working_day' } } };
    expect((await editor.request('PUT', `/api/v1/items/${first[0].itemId}/draft`, { lockVersion: detail.lockVersion, draft })).statusCode).toBe(200);
    const pub = await anonymous.get(`/api/v1/catalog/items/${first[0].code}`);
    expect(pub.json().item).toMatchObject({ versionNumber: 1 });
    expect(pub.json().item.draft.guide.committedLimit).toEqual({ value: 5, unit: 'working_day' });
    const history = (await editor.get(`/api/v1/items/${first[0].itemId}/history`)).json().items;
    expect(history[1]).toMatchObject({ action: 'item.adjust' });
    expect(history[1].detail).toContain('资助标准调整');
  });

  it('a second proposal while one is under way is refused with 409, and so is one on an unpublished item', async () => {
    const again = await editor.post(`/api/v1/items/${first[0].itemId}/adjustments`, { kind: 'cancel', trigger: 'other', reason: '再次申请' });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toContain('已有一项调整正在办理');
    const unpublished = await editor.post(`/api/v1/items/${added.itemId}/adjustments`, { kind: 'change', trigger: 'other', reason: '尚未发布' });
    expect(unpublished.statusCode).toBe(409);
    expect(unpublished.json().detail).toContain('尚未发布');
  });

  it('another unit cannot propose an adjustment of this unit’s item', async () => {
    const other = await makeUser(t.ctx, { unit: '区财政局', roles: ['unit_editor'] });
    const c = await new ApiClient(t.app, '10.0.3.9').login(other.username, other.password);
    expect((await c.post(`/api/v1/items/${first[1].itemId}/adjustments`, { kind: 'cancel', trigger: 'other', reason: '越权' })).statusCode).toBe(404);
  });

  it('a cancellation also travels the chain; candidates show 新增, 变更 and 取消', async () => {
    const res = await editor.post(`/api/v1/items/${first[1].itemId}/adjustments`, { kind: 'cancel', trigger: 'law_repealed', reason: '依据文件已废止' });
    expect(res.statusCode).toBe(201);
    await approveLatest(t.ctx, first[0].itemId);
    await approveLatest(t.ctx, first[1].itemId);
    const body = (await publisher.get('/api/v1/editions/candidates')).json();
    const mine = body.units.find((u: { unitId: string }) => u.unitId === editorUser.unitId).items;
    const kinds = Object.fromEntries(mine.map((i: { code: string; changeKind: string }) => [i.code, i.changeKind]));
    expect(kinds).toEqual({ [first[0].code]: 'change', [first[1].code]: 'cancel', [added.code]: 'new' });
    expect(body.nextNumber).toBe(2);
  });

  describe('edition 2 with a future effective date', () => {
    let versionIds: string[];

    beforeAll(async () => {
      const body = (await publisher.get('/api/v1/editions/candidates')).json();
      versionIds = body.units.find((u: { unitId: string }) => u.unitId === editorUser.unitId).items.map((i: { versionId: string }) => i.versionId);
    });

    it('is scheduled; the public catalog still shows edition 1 until the date', async () => {
      const res = await edition({ title: '武陵源区公共服务事项目录（第2版）', docNumber: '张武政办发〔2026〕9号', publishedOn: '2026-03-05', effectiveOn: '2026-03-10', versionIds });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ number: 2, state: 'pending', wentLiveAt: null, itemCount: 4 });
      const catalog = (await anonymous.get('/api/v1/catalog')).json();
      expect(catalog.edition.number).toBe(1);
      expect(catalog.items.find((i: { code: string }) => i.code === first[0].code).versionNumber).toBe(1);
      expect((await anonymous.get('/api/v1/catalog?edition=2')).statusCode).toBe(404);
      expect((await anonymous.get('/api/v1/editions')).json().items.map((e: { number: number }) => e.number)).toEqual([1]);
      expect((await publisher.get('/api/v1/editions')).json().items.map((e: { number: number; state: string }) => [e.number, e.state])).toEqual([
        [2, 'pending'],
        [1, 'live'],
      ]);
      expect((await anonymous.get('/api/v1/editions/2')).statusCode).toBe(404);
      expect((await reviewer.get('/api/v1/editions/2')).json().changes).toEqual({ added: 1, changed: 1, cancelled: 1 });
      expect((await publisher.get('/api/v1/editions/candidates')).json()).toMatchObject({ total: 1, pending: { number: 2 } });
    });

    it('holds its versions: no other edition may be published while it is pending', async () => {
      const res = await edition({ docNumber: '张武政办发〔2026〕10号', versionIds: [finance[1].versionId] });
      expect(res.statusCode).toBe(409);
      expect(res.json().detail).toContain('同一时间只能有一个待生效的目录版本');
    });

    it('goes live by itself when the clock reaches the date, once, however often the job runs', async () => {
      expect(await goLiveDueEditions(t.ctx)).toBe(0);
      clock.set('2026-03-09T15:59:00Z'); // 23:59 on the 9th in Beijing
      expect(await goLiveDueEditions(t.ctx)).toBe(0);
      clock.set('2026-03-09T16:01:00Z'); // 00:01 on the 10th
      const results = await Promise.all([goLiveDueEditions(t.ctx), goLiveDueEditions(t.ctx)]);
      expect(results.reduce((a, b) => a + b, 0)).toBe(1);
      expect(await goLiveDueEditions(t.ctx)).toBe(0);
      const audits = await t.ctx.database.executeSql(`select count(*)::int as n from audit_log where action = 'edition.live'`);
      expect(Number(audits.rows[0].n)).toBe(2);
      const published = await t.ctx.database.executeSql(`select count(*)::int as n from audit_log where action = 'item.publish'`);
      expect(Number(published.rows[0].n)).toBe(7);
      // A week has passed: the staff sign in again.
      for (const c of [publisher, reviewer, editor]) await c.login((c.me as { user: { username: string } }).user.username, TEST_PASSWORD);
    });

    it('the catalog now shows edition 2: the change, the addition, without the cancelled item', async () => {
      const catalog = await anonymous.get('/api/v1/catalog');
      expect(catalog.json().edition).toMatchObject({ number: 2, docNumber: '张武政办发〔2026〕9号', state: 'live', isCurrent: true });
      expect(codesOf(catalog)).toEqual([first[0].code, first[2].code, added.code, finance[0].code].sort());
      expect(catalog.json().items.find((i: { code: string }) => i.code === first[0].code).versionNumber).toBe(2);
      const item = (await anonymous.get(`/api/v1/catalog/items/${first[0].code}`)).json().item;
      expect(item.draft.guide.committedLimit).toEqual({ value: 3, unit: 'working_day' });
      expect((await anonymous.get(`/api/v1/catalog/items/${first[1].code}`)).statusCode).toBe(404);
    });

    it('edition 1 still answers with its own items', async () => {
      const old = await anonymous.get('/api/v1/catalog?edition=1');
      expect(old.json().edition).toMatchObject({ number: 1, isCurrent: false });
      expect(codesOf(old)).toEqual([...first, finance[0]].map((i) => i.code).sort());
      expect(old.json().items[0].guideUrl).toContain('?edition=1');
      const item = (await anonymous.get(`/api/v1/catalog/items/${first[0].code}?edition=1`)).json().item;
      expect(item.draft.guide.committedLimit).toEqual({ value: 5, unit: 'working_day' });
    });

    it('the versions moved: the old one superseded, the cancelled item marked and no longer adjustable', async () => {
      const states = await t.ctx.database.executeSql(
        `select i.code, v.number, v.state, i.is_cancelled from item_versions v join items i on i.id = v.item_id where i.id = any($1::uuid[]) order by i.code, v.number`,
        [[first[0].itemId, first[1].itemId]],
      );
      expect(states.rows.map((r) => [r.code, r.number, r.state, r.is_cancelled])).toEqual([
        [first[0].code, 1, 'superseded', false],
        [first[0].code, 2, 'published', false],
        [first[1].code, 1, 'superseded', true],
        [first[1].code, 2, 'published', true],
      ]);
      const cancelled = (await editor.get(`/api/v1/items/${first[1].itemId}`)).json();
      expect(cancelled.actions).toEqual([]);
      expect((await editor.post(`/api/v1/items/${first[1].itemId}/adjustments`, { kind: 'change', trigger: 'other', reason: '恢复' })).statusCode).toBe(409);
    });

    it('told the unit’s editors that the edition went live', async () => {
      const r = await t.ctx.database.executeSql(`select title, body from notifications where user_id = $1 and kind = 'edition.live' order by created_at`, [editorUser.id]);
      expect(r.rows.map((n) => n.title)).toEqual(['第1版目录已生效', '第2版目录已生效']);
      expect(String(r.rows[1].body)).toContain('新增1项、变更1项、取消1项');
    });

    it('the diff 1 → 2 lists exactly the added, the changed (with the field) and the cancelled items', async () => {
      const res = await anonymous.get('/api/v1/editions/1/diff/2');
      expect(res.statusCode).toBe(200);
      const d = res.json();
      expect(d.added.map((i: { code: string }) => i.code)).toEqual([added.code]);
      expect(d.added[0]).toMatchObject({ changeKind: 'new', changeTrigger: 'law_made' });
      expect(d.changed).toHaveLength(1);
      expect(d.changed[0].item).toMatchObject({ code: first[0].code, versionNumber: 2, previousVersionNumber: 1, changeReason: '资助标准调整', changeTrigger: 'law_changed' });
      expect(d.changed[0].changes).toEqual([
        { path: 'guide.committedLimit', label: '服务指南·承诺办结时限', before: { value: 5, unit: 'working_day' }, after: { value: 3, unit: 'working_day' } },
      ]);
      expect(d.cancelled.map((i: { code: string }) => i.code)).toEqual([first[1].code]);
      expect(d.cancelled[0]).toMatchObject({ changeKind: 'cancel', changeReason: '依据文件已废止', changeTrigger: 'law_repealed' });
      const back = (await anonymous.get('/api/v1/editions/2/diff/1')).json();
      expect(back.added.map((i: { code: string }) => i.code)).toEqual([first[1].code]);
      expect(back.cancelled.map((i: { code: string }) => i.code)).toEqual([added.code]);
    });
  });
});

describe('editions are records', () => {
  it('cannot be changed or deleted in SQL, nor their items', async () => {
    await expect(t.ctx.database.executeSql(`update editions set title = '改' where number = 1`)).rejects.toThrow(/immutable/);
    await expect(t.ctx.database.executeSql(`update editions set went_live_at = now() where number = 1`)).rejects.toThrow(/immutable/);
    await expect(t.ctx.database.executeSql(`delete from editions where number = 1`)).rejects.toThrow(/immutable/);
    await expect(t.ctx.database.executeSql(`delete from edition_items`)).rejects.toThrow(/immutable/);
    const after = (await anonymous.get('/api/v1/editions/1')).json().edition;
    expect(after).toMatchObject({ title: '武陵源区公共服务事项目录（第1版）', state: 'live' });
  });

  it('every creation and go-live is in the audit log', async () => {
    const r = await t.ctx.database.executeSql(`select action, username from audit_log where target_type = 'edition' order by id`);
    expect(r.rows.map((x) => [x.action, x.username])).toEqual([
      ['edition.create', expect.stringMatching(/publisher/)],
      ['edition.live', 'system'],
      ['edition.create', expect.stringMatching(/publisher/)],
      ['edition.live', 'system'],
    ]);
  });
});

describe('the go-live job', () => {
  it('is scheduled every minute and publishes a due edition by itself', async () => {
    const jobClock = fixedClock('2026-05-04T01:00:00Z');
    const j = await createTestApp({ clock: jobClock, jobs: true });
    try {
      expect((await j.ctx.boss!.getSchedules()).map((s) => s.name)).toContain(EDITIONS_GO_LIVE);
      const pubUser = await makeUser(j.ctx, { unit: '区政务公开政务服务管理办公室', roles: ['publisher'] });
      const c = await new ApiClient(j.app, '10.0.4.1').login(pubUser.username, pubUser.password);
      const items = await createApprovedItems(j.ctx, '区教育局', ['教育收费公示']);
      const res = await c.post('/api/v1/editions', { title: '目录', docNumber: '张武政办发〔2026〕20号', publishedOn: '2026-05-04', effectiveOn: '2026-05-06', versionIds: items.map((i) => i.versionId) });
      expect(res.json().state).toBe('pending');
      jobClock.set('2026-05-06T01:00:00Z');
      const jobId = await j.ctx.boss!.send(EDITIONS_GO_LIVE, {});
      const deadline = Date.now() + 30_000;
      let job = await j.ctx.boss!.getJobById(EDITIONS_GO_LIVE, jobId!);
      while (job?.state !== 'completed' && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 250));
        job = await j.ctx.boss!.getJobById(EDITIONS_GO_LIVE, jobId!);
      }
      expect(job?.state).toBe('completed');
      expect((await new ApiClient(j.app).get('/api/v1/catalog')).json().edition).toMatchObject({ number: 1, state: 'live' });
    } finally {
      await j.close();
    }
  });
});
