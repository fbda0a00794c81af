/**
 * 纠错: a member of the public reports a mistake on an item's page; the owning unit finds it in its
 * inbox, answers it, and the reporter reads the answer by the reference number. Reports are limited
 * per address; published texts can be reported (举报), are hidden after three reports and a
 * moderator keeps or removes them.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/domain/clock.ts';
import type { Actor } from '../../src/modules/identity/actor.ts';
import { createEdition } from '../../src/modules/publication/commands/create-edition.ts';
import { makeUser } from '../factories/users.ts';
import { ApiClient } from '../support/http.ts';
import { createApprovedItems } from '../support/publication-chain.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

// 10:00 on 2 March 2026, Beijing time.
const clock = fixedClock('2026-03-02T02:00:00Z');
const BODY = '申报材料中“居民户口簿”应为户主页和本人页复印件，页面写成了原件，请核实更正。';

let t: TestApp;
let editorA: ApiClient;
let headA: ApiClient;
let handlerA: ApiClient;
let editorB: ApiClient;
let reviewer: ApiClient;
let clerk: ApiClient;
let itemA: { code: string; itemId: string; name: string };
let itemB: { code: string; itemId: string; name: string };
let ids: { editorA: string; headA: string; editorB: string; reviewer: string };
/** Logs everyone in again (after the clock jumps past the idle timeout). */
const sessions: (() => Promise<unknown>)[] = [];

/** A browser without JavaScript: keeps its cookies, reads pages, posts forms. */
class Browser {
  cookies = new Map<string, string>();
  constructor(readonly ip: string) {}

  private keep(res: LightMyRequestResponse) {
    for (const c of res.cookies) this.cookies.set(c.name, c.value);
    return res;
  }

  private get cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async get(url: string) {
    return this.keep(await t.app.inject({ method: 'GET', url, headers: { cookie: this.cookieHeader }, remoteAddress: this.ip }));
  }

  async post(url: string, fields: Record<string, string>) {
    return this.keep(
      await t.app.inject({
        method: 'POST',
        url,
        headers: { cookie: this.cookieHeader, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams(fields).toString(),
        remoteAddress: this.ip,
      }),
    );
  }

  /** Opens a page with a form (the item's 纠错 page unless told) and returns the form's hidden token. */
  async tokenFrom(code: string, path = `/items/${code}/report`): Promise<string> {
    const page = await this.get(path);
    expect(page.statusCode).toBe(200);
    const token = /name="_token" value="([^"]+)"/.exec(page.body)?.[1];
    expect(token).toBeTruthy();
    return token!;
  }

  /** Files a report the way a person does: the item page's link to the 纠错 form, then the form. */
  async file(code: string, fields: Record<string, string>) {
    const item = await this.get(`/items/${code}`);
    expect(item.body).toContain(`href="/items/${code}/report"`);
    return this.post(`/items/${code}/error-reports`, { _token: await this.tokenFrom(code), ...fields });
  }
}

async function login(unit: string, role: Parameters<typeof makeUser>[1]['roles'][number], ip: string) {
  const u = await makeUser(t.ctx, { unit, roles: [role] });
  const client = await new ApiClient(t.app, ip).login(u.username, u.password);
  sessions.push(() => client.login(u.username, u.password));
  return { client, id: u.id };
}

const refOf = (res: LightMyRequestResponse) => new URL(String(res.headers.location), 'http://x').searchParams.get('ref')!;
const inbox = async (c: ApiClient, query = '') => (await c.get(`/api/v1/error-reports/inbox${query}`)).json();
const lookup = (reference: string) => t.app.inject({ method: 'GET', url: `/api/v1/error-reports?reference=${reference}`, remoteAddress: '10.0.51.250' });
async function notificationsOf(userId: string, kind: string) {
  return (await t.ctx.database.executeSql('select title, body, link from notifications where user_id = $1 and kind = $2', [userId, kind])).rows;
}
async function auditActions(targetId: string) {
  return (await t.ctx.database.executeSql('select action from audit_log where target_id = $1 order by id', [targetId])).rows.map((r) => r.action);
}

beforeAll(async () => {
  t = await createTestApp({ clock });
  const pub = await makeUser(t.ctx, { unit: '区政务公开政务服务管理办公室', roles: ['publisher'] });
  const publisher: Actor = { userId: pub.id, username: pub.username, displayName: '发布员', unitId: pub.unitId, regionCode: '430811', roles: ['publisher'] };
  const [a] = await createApprovedItems(t.ctx, '区教育局', ['学前教育资助申请']);
  const [b] = await createApprovedItems(t.ctx, '区财政局', ['会计人员信息采集']);
  itemA = a;
  itemB = b;
  await createEdition(t.ctx, publisher, { title: '武陵源区公共服务事项目录（第1版）', docNumber: '张武政办发〔2026〕3号', publishedOn: '2026-03-02', effectiveOn: '2026-03-02', versionIds: [a.versionId, b.versionId] });
  const ea = await login('区教育局', 'unit_editor', '10.0.51.1');
  const ha = await login('区教育局', 'unit_head', '10.0.51.2');
  const ca = await login('区教育局', 'case_handler', '10.0.51.3');
  const eb = await login('区财政局', 'unit_editor', '10.0.51.4');
  const rv = await login('区政务公开政务服务管理办公室', 'district_reviewer', '10.0.51.5');
  const wc = await login('区政务公开政务服务管理办公室', 'window_clerk', '10.0.51.6');
  [editorA, headA, handlerA, editorB, reviewer, clerk] = [ea.client, ha.client, ca.client, eb.client, rv.client, wc.client];
  ids = { editorA: ea.id, headA: ha.id, editorB: eb.id, reviewer: rv.id };
}, 120_000);
afterAll(async () => t.close());

describe('a report filed on the item page', () => {
  let reference: string;
  let id: string;

  it('is taken from the page’s form and the visitor is sent to the look-up with the reference number', async () => {
    const browser = new Browser('10.0.52.1');
    const res = await browser.file(itemA.code, { fieldPath: 'materials', body: BODY, contactName: '张先生', contactPhone: '138 1234 5678' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toMatch(/^\/reports\?ref=JC20260302\d{5}$/);
    reference = refOf(res);
    const page = await browser.get(String(res.headers.location));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(reference);
    expect(page.body).toContain('待答复');
  });

  it('reaches the owning unit’s inbox, and its editors and head are told', async () => {
    const mine = await inbox(editorA);
    const report = mine.items.find((r: { reference: string }) => r.reference === reference);
    expect(report).toMatchObject({ itemCode: itemA.code, fieldLabel: '申报材料', body: BODY, contactName: '张先生', contactPhone: '138****5678', phoneMasked: true, publicStatusLabel: '待答复', actions: ['answer'] });
    id = report.id;
    expect(mine.counts).toMatchObject({ open: 1, answered: 0 });
    for (const user of [ids.editorA, ids.headA]) {
      const [n] = await notificationsOf(user, 'error_report.filed');
      expect(n.title).toBe(`收到纠错：${itemA.name}`);
      expect(n.link).toBe(`/error-reports?id=${id}`);
    }
    expect(await notificationsOf(ids.editorB, 'error_report.filed')).toEqual([]);
    expect((await inbox(handlerA)).items.map((r: { id: string }) => r.id)).toContain(id);
  });

  it('stays out of other units’ inboxes; the district office sees the whole region but may not answer', async () => {
    expect((await inbox(editorB)).items).toEqual([]);
    const region = await inbox(reviewer);
    expect(region.items.find((r: { id: string }) => r.id === id)).toMatchObject({ contactPhone: '138****5678', actions: [] });
    expect((await clerk.get('/api/v1/error-reports/inbox')).statusCode).toBe(403);
  });

  it('shows the unit’s staff the whole phone number when they open it, and audits that read', async () => {
    const res = await editorA.get(`/api/v1/error-reports/${id}`);
    expect(res.json()).toMatchObject({ contactPhone: '13812345678', phoneMasked: false });
    expect(await auditActions(id)).toContain('error_report.read_contact');
    expect((await reviewer.get(`/api/v1/error-reports/${id}`)).json().contactPhone).toBe('138****5678');
    expect((await editorB.get(`/api/v1/error-reports/${id}`)).statusCode).toBe(404);
  });

  it('cannot be answered by another unit nor by the district office, nor with an empty answer', async () => {
    expect((await editorB.post(`/api/v1/error-reports/${id}/answer`, { answer: '已核实' })).statusCode).toBe(404);
    expect((await reviewer.post(`/api/v1/error-reports/${id}/answer`, { answer: '已核实' })).statusCode).toBe(403);
    const empty = await editorA.post(`/api/v1/error-reports/${id}/answer`, { answer: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().detail).toBe('请填写答复内容');
  });

  it('is answered by the unit, once, and the answer is audited', async () => {
    const res = await headA.post(`/api/v1/error-reports/${id}/answer`, { answer: '经核实，户口簿应提交户主页和本人页复印件，已更正办事指南，感谢您的监督。' });
    expect(res.statusCode).toBe(200);
    expect((await editorA.post(`/api/v1/error-reports/${id}/answer`, { answer: '再次答复' })).statusCode).toBe(409);
    expect(await auditActions(id)).toContain('error_report.answer');
    expect((await inbox(editorA, '?tab=answered')).items[0]).toMatchObject({ id, answeredByName: expect.stringContaining('测试'), actions: [] });
  });

  it('shows the reporter the answer by the reference number, on the look-up page and as JSON', async () => {
    const json = await lookup(reference);
    expect(json.json()).toMatchObject({ reference, status: 'answered', statusLabel: '已答复', fieldLabel: '申报材料', body: BODY, itemCode: itemA.code });
    expect(json.json().answer).toContain('已更正办事指南');
    expect(json.body).not.toContain('138');
    const page = await new Browser('10.0.52.2').get(`/reports?ref=${reference.toLowerCase()}`);
    expect(page.body).toContain('已更正办事指南');
    expect((await lookup('JC2026030299999')).statusCode).toBe(404);
    expect((await lookup('abc')).statusCode).toBe(400);
  });

  it('is public on the item page once answered, without the reporter’s name or phone', async () => {
    const page = await new Browser('10.0.52.3').get(`/items/${itemA.code}`);
    expect(page.body).toContain('已答复的纠错（1）');
    expect(page.body).toContain('已更正办事指南');
    expect(page.body).not.toContain('张先生');
    expect(page.body).not.toContain('13812345678');
  });
});

describe('the form', () => {
  it('says what is wrong in words and keeps what was typed', async () => {
    const res = await new Browser('10.0.53.1').file(itemA.code, { body: '太短了', contactName: '李女士', contactPhone: '12345' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('纠错内容至少10个字');
    expect(res.body).toContain('联系电话应为11位手机号码或带区号的固定电话');
    expect(res.body).toContain('value="李女士"');
    expect(res.body).toContain('aria-invalid="true"');
  });

  it('accepts a landline with its area code', async () => {
    const res = await new Browser('10.0.53.2').file(itemB.code, { body: '咨询电话已经停用，请更新为新的号码。', contactPhone: '0744-5618000' });
    expect(res.statusCode).toBe(303);
  });

  it('is refused without the page’s token (another site cannot post it)', async () => {
    const stranger = new Browser('10.0.53.3');
    const noCookie = await stranger.post(`/items/${itemA.code}/error-reports`, { _token: 'x'.repeat(32), body: BODY });
    expect(noCookie.statusCode).toBe(403);
    expect(noCookie.body).toContain('页面已过期');
    await stranger.tokenFrom(itemA.code);
    const wrong = await stranger.post(`/items/${itemA.code}/error-reports`, { _token: 'y'.repeat(32), body: BODY });
    expect(wrong.statusCode).toBe(403);
  });

  it('is guarded against floods: after 30 posts an hour from one address, a page says to try later', async () => {
    const flood = new Browser('10.0.53.9');
    for (let i = 0; i < 30; i++) expect((await flood.post(`/items/${itemA.code}/error-reports`, { _token: 'z'.repeat(32), body: BODY })).statusCode).toBe(403);
    const res = await flood.post(`/items/${itemA.code}/error-reports`, { _token: 'z'.repeat(32), body: BODY });
    expect(res.statusCode).toBe(429);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('提交过于频繁');
  });

  it('answers an item that is not in the current catalog with 404', async () => {
    const browser = new Browser('10.0.53.4');
    const token = await browser.tokenFrom(itemA.code);
    expect((await browser.post('/items/NO-SUCH-ITEM/error-reports', { _token: token, body: BODY })).statusCode).toBe(404);
    const form = await browser.get('/items/NO-SUCH-ITEM/report');
    expect(form.statusCode).toBe(404);
    expect(form.body).toContain('现行目录中没有这个事项');
    expect(form.body).not.toContain('name="_token"');
  });

  it('keeps the item page the same for every visitor: the form and its token are on the 纠错 page only', async () => {
    const a = await new Browser('10.0.53.5').get(`/items/${itemA.code}`);
    const b = await new Browser('10.0.53.6').get(`/items/${itemA.code}`);
    expect(a.body).toBe(b.body);
    expect(a.body).not.toContain('name="_token"');
    expect(a.headers['set-cookie']).toBeUndefined();
    const form = await new Browser('10.0.53.7').get(`/items/${itemA.code}/report`);
    expect(form.body).toContain('<h1>对“');
    expect(form.body).toContain('name="_token"');
    expect(form.headers['cache-control']).toBe('no-store');
  });
});

describe('the JSON API', () => {
  const file = (ip: string, body: Record<string, unknown>) => t.app.inject({ method: 'POST', url: '/api/v1/error-reports', payload: body, remoteAddress: ip });

  it('files a report and answers with its reference number', async () => {
    const res = await file('10.0.54.1', { itemCode: itemB.code, fieldPath: 'guide.fee', body: '收费标准与物价部门公布的不一致，请核实。' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: 'open', statusLabel: '待答复', lookupUrl: `/reports?ref=${res.json().reference}` });
    expect((await inbox(editorB)).items.map((r: { reference: string }) => r.reference)).toContain(res.json().reference);
  });

  it('refuses an element that is not on the list, in Chinese', async () => {
    const res = await file('10.0.54.2', { itemCode: itemB.code, fieldPath: 'guide.secret', body: BODY });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain('请从列表中选择有误的内容');
  });

  it('lets an address file five reports an hour: the sixth gets 429, another address still may, and an hour later it may again', async () => {
    for (let i = 0; i < 5; i++) expect((await file('10.0.54.9', { itemCode: itemB.code, body: `${BODY}（第${i + 1}次）` })).statusCode).toBe(201);
    const sixth = await file('10.0.54.9', { itemCode: itemB.code, body: BODY });
    expect(sixth.statusCode).toBe(429);
    expect(sixth.json().detail).toContain('一小时内最多提交5条');
    const form = await new Browser('10.0.54.9').file(itemB.code, { body: BODY });
    expect(form.statusCode).toBe(429);
    expect(form.body).toContain('一小时内最多提交5条');
    expect((await file('10.0.54.10', { itemCode: itemB.code, body: BODY })).statusCode).toBe(201);
    clock.advance(61 * 60_000);
    expect((await file('10.0.54.9', { itemCode: itemB.code, body: BODY })).statusCode).toBe(201);
  });
});

describe('moderation of published texts', () => {
  let id: string;
  let reference: string;
  const flag = (ip: string, reason = '答复中含有与事项无关的广告') => t.app.inject({ method: 'POST', url: `/api/v1/error-reports/${id}/flags`, payload: { reason }, remoteAddress: ip });

  beforeAll(async () => {
    await Promise.all(sessions.map((again) => again()));
    const res = await new Browser('10.0.55.1').file(itemA.code, { fieldPath: 'guide.place', body: '办理地点已经搬迁到政务服务中心二楼，请更新。' });
    reference = refOf(res);
    id = (await inbox(editorA)).items.find((r: { reference: string }) => r.reference === reference).id;
    await editorA.post(`/api/v1/error-reports/${id}/answer`, { answer: '已核实并更新办理地点。' });
  });

  it('takes one report per address and text, and hides the text at the third, telling the moderators', async () => {
    expect((await flag('10.0.56.1')).json()).toEqual({ hidden: false });
    const again = await flag('10.0.56.1');
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe('您已经举报过该内容，我们会尽快处理');
    expect((await flag('10.0.56.2')).json()).toEqual({ hidden: false });
    expect((await flag('10.0.56.3', '含有辱骂')).json()).toEqual({ hidden: true });
    const [n] = await notificationsOf(ids.reviewer, 'error_report.flagged');
    expect(n.title).toBe(`公开内容被举报待审核：${reference}`);
    expect(await auditActions(id)).toContain('error_report.hide');
  });

  it('no longer shows it on the item page; the look-up tells the reporter it is hidden pending review', async () => {
    const page = await new Browser('10.0.56.9').get(`/items/${itemA.code}`);
    expect(page.body).not.toContain('已核实并更新办理地点');
    const json = (await lookup(reference)).json();
    expect(json).toMatchObject({ status: 'hidden', statusLabel: '已隐藏，待审核', body: null, answer: null });
    const lookupPage = await new Browser('10.0.56.9').get(`/reports?ref=${reference}`);
    expect(lookupPage.body).toContain('已隐藏，待审核');
    expect(lookupPage.body).not.toContain('已核实并更新办理地点');
  });

  it('appears under 举报待处理 for moderators with the reasons; the unit may not decide', async () => {
    const queue = await inbox(reviewer, '?tab=flagged');
    expect(queue.counts.flagged).toBe(1);
    expect(queue.items[0]).toMatchObject({ id, publicStatusLabel: '已隐藏，待审核', actions: ['moderate'] });
    const detail = (await reviewer.get(`/api/v1/error-reports/${id}`)).json();
    expect(detail.flags.map((f: { reason: string }) => f.reason)).toContain('含有辱骂');
    expect((await editorA.post(`/api/v1/error-reports/${id}/moderation`, { decision: 'keep' })).statusCode).toBe(403);
  });

  it('is shown again when a moderator keeps it, and a new round of reports from other addresses can hide it again', async () => {
    const res = await reviewer.post(`/api/v1/error-reports/${id}/moderation`, { decision: 'keep', comment: '答复内容正常' });
    expect(res.json()).toEqual({ id, isHidden: false, moderation: 'visible' });
    expect((await new Browser('10.0.56.9').get(`/items/${itemA.code}`)).body).toContain('已核实并更新办理地点');
    expect((await lookup(reference)).json().status).toBe('answered');
    expect((await flag('10.0.56.1')).statusCode).toBe(409);
    for (const ip of ['10.0.57.1', '10.0.57.2', '10.0.57.3']) await flag(ip);
    expect((await lookup(reference)).json().status).toBe('hidden');
  });

  it('is taken off the portal when a moderator removes it, and both decisions are audited', async () => {
    const res = await reviewer.post(`/api/v1/error-reports/${id}/moderation`, { decision: 'remove', comment: '含有广告' });
    expect(res.json()).toEqual({ id, isHidden: true, moderation: 'removed' });
    expect((await reviewer.post(`/api/v1/error-reports/${id}/moderation`, { decision: 'keep' })).statusCode).toBe(409);
    expect((await lookup(reference)).json()).toMatchObject({ status: 'removed', statusLabel: '经审核不予公开', body: null });
    expect((await new Browser('10.0.56.9').get(`/items/${itemA.code}`)).body).not.toContain('已核实并更新办理地点');
    expect(await auditActions(id)).toEqual(expect.arrayContaining(['error_report.moderate.keep', 'error_report.moderate.remove']));
    expect((await flag('10.0.58.1')).statusCode).toBe(404);
    const page = await new Browser('10.0.58.2').get(`/error-reports/${id}/flag`);
    expect(page.statusCode).toBe(404);
    expect(page.body).toContain('该内容不存在或未公开');
  });

  it('takes a report through the item page’s 举报 link and form too, without JavaScript', async () => {
    const first = (await inbox(editorA, '?tab=answered')).items.find((r: { reference: string }) => r.reference !== reference);
    const browser = new Browser('10.0.59.1');
    expect((await browser.get(`/items/${itemA.code}`)).body).toContain(`href="/error-reports/${first.id}/flag"`);
    const token = await browser.tokenFrom(itemA.code, `/error-reports/${first.id}/flag`);
    const res = await browser.post(`/error-reports/${first.id}/flags`, { _token: token, reason: '与事项无关' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/error-reports/flag-received?item=${itemA.code}`);
    expect((await browser.get(String(res.headers.location))).body).toContain('举报已收到');
    const twice = await browser.post(`/error-reports/${first.id}/flags`, { _token: token, reason: '与事项无关' });
    expect(twice.statusCode).toBe(409);
    expect(twice.body).toContain('您已经举报过该内容');
  });
});
