/**
 * The unit side of the review chain (SPEC §5): 征求意见 with opinions and answers, 班子会议, and the unit
 * head's signed submission with its frozen filing form and guides.
 */
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, notifications, submissions } from '../../src/db/schema/index.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { addDays, chinaDate } from '../../src/domain/working-days.ts';
import { createUnit } from '../../src/modules/org/commands/create-unit.ts';
import { buildDraft } from '../factories/item-draft.ts';
import { makeUser, unitIdOf, type TestUser } from '../factories/users.ts';
import type { ApiClient } from '../support/http.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { loginAs, submitItems } from '../support/unit-chain.ts';

const clock = fixedClock('2026-03-02T02:00:00Z'); // Monday 10:00 in China
let t: TestApp;
let eduId: string;
let editor: TestUser;
let head: TestUser;
let otherStaff: TestUser;
let reviewer: TestUser;
let seq = 0;

const today = () => chinaDate(clock.now());

async function createItems(c: ApiClient, count: number, overrides = {}): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const res = await c.post('/api/v1/items', { draft: buildDraft({ name: `教育事项${++seq}号登记`, ...overrides }) });
    expect(res.statusCode, res.body).toBe(201);
    ids.push(res.json().itemId);
  }
  return ids;
}

async function stateOf(c: ApiClient, itemId: string): Promise<string> {
  return (await c.get(`/api/v1/items/${itemId}`)).json().state;
}

async function notificationsOf(userId: string) {
  return t.ctx.db.select().from(notifications).where(eq(notifications.userId, userId));
}

beforeAll(async () => {
  t = await createTestApp({ clock });
  eduId = await unitIdOf(t.ctx, '区教育局');
  editor = await makeUser(t.ctx, { unit: '区教育局', roles: ['unit_editor'] });
  head = await makeUser(t.ctx, { unit: '区教育局', roles: ['unit_head'] });
  otherStaff = await makeUser(t.ctx, { unit: '区财政局', roles: ['unit_editor'] });
  reviewer = await makeUser(t.ctx, { unit: '区政务公开政务服务管理办公室', roles: ['district_reviewer'] });
});
afterAll(async () => t.close());

describe('the unit side of the chain', () => {
  it('takes items from draft through consultation, answers, the leadership meeting and the head’s signature to submitted', async () => {
    clock.set('2026-03-02T02:00:00Z');
    let ed = await loginAs(t, editor);
    const [first, second] = await createItems(ed, 2);
    const opened = await ed.post('/api/v1/consultations', { title: '区教育局公共服务事项征求意见', startsOn: today(), endsOn: addDays(today(), 2), itemIds: [first, second] });
    expect(opened.statusCode, opened.body).toBe(201);
    const cid = opened.json().id;
    expect(await stateOf(ed, first)).toBe('consultation');

    // Another unit's staff find it among the open consultations and comment on a field.
    const other = await loginAs(t, otherStaff);
    expect((await other.get('/api/v1/consultations?scope=others')).json().items.map((c: { id: string }) => c.id)).toContain(cid);
    const opinion = await other.post(`/api/v1/consultations/${cid}/opinions`, { itemId: first, fieldPath: 'guide.fee', body: '建议写明不收费的依据。' });
    expect(opinion.statusCode, opinion.body).toBe(201);
    expect((await notificationsOf(editor.id)).some((n) => n.kind === 'opinion.added')).toBe(true);
    expect((await other.post(`/api/v1/consultations/${cid}/opinions`, { itemId: first, fieldPath: 'guide.nonsense', body: '无效' })).statusCode).toBe(400);

    // The unit's own staff may not comment; they answer.
    const own = await ed.post(`/api/v1/consultations/${cid}/opinions`, { itemId: first, body: '自己提意见' });
    expect(own.statusCode).toBe(403);

    // Not before the end date.
    const early = await ed.post(`/api/v1/consultations/${cid}/close`);
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toContain(addDays(today(), 2));

    clock.set('2026-03-04T02:00:00Z');
    ed = await loginAs(t, editor);
    const unanswered = await ed.post(`/api/v1/consultations/${cid}/close`);
    expect(unanswered.statusCode).toBe(409);
    expect(unanswered.json().detail).toMatch(/1条意见未答复.*教育事项\d+号登记”1条/);

    const oid = opinion.json().id;
    const noReason = await ed.post(`/api/v1/opinions/${oid}/answer`, { answer: 'not_adopted' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().detail).toContain('须说明理由');
    expect((await ed.post(`/api/v1/opinions/${oid}/answer`, { answer: 'partly', reason: '已补充说明，收费依据另行公布' })).statusCode).toBe(200);
    expect((await ed.post(`/api/v1/opinions/${oid}/answer`, { answer: 'adopted' })).statusCode).toBe(200);
    const answers = await t.ctx.db.select().from(auditLog).where(and(eq(auditLog.action, 'opinion.answer'), eq(auditLog.targetId, first))).orderBy(auditLog.id);
    expect(answers.at(-1)?.oldValues).toMatchObject({ answer: 'partly' });
    expect(answers.at(-1)?.newValues).toMatchObject({ answer: 'adopted' });

    const closed = await ed.post(`/api/v1/consultations/${cid}/close`);
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().moved).toBe(2);
    expect(await stateOf(ed, first)).toBe('unit_review');
    expect((await ed.post(`/api/v1/opinions/${oid}/answer`, { answer: 'not_adopted', reason: '改主意' })).statusCode).toBe(409);
    const detail = (await ed.get(`/api/v1/consultations/${cid}`)).json();
    expect(detail).toMatchObject({ status: 'closed', unansweredCount: 0 });
    expect(detail.opinions[0]).toMatchObject({ fieldLabel: '服务指南·收费', answer: 'adopted', authorUnitName: '区财政局' });

    expect((await ed.post(`/api/v1/units/${eduId}/meetings`, { heldOn: addDays(today(), 1), attendees: '张三', decision: 'passed' })).statusCode).toBe(400);
    const meeting = await ed.post(`/api/v1/units/${eduId}/meetings`, { heldOn: today(), attendees: '局长、副局长、各股室负责人', decision: 'passed_with_changes', minutes: '同意报送' });
    expect(meeting.statusCode, meeting.body).toBe(201);
    expect(meeting.json().versionCount).toBe(2);

    const hd = await loginAs(t, head);
    const wrong = await hd.post(`/api/v1/units/${eduId}/submissions`, { meetingId: meeting.json().id, password: 'Not-The-Password-1' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().detail).toBe('密码不正确');
    expect(await stateOf(hd, first)).toBe('unit_review');

    const signed = await hd.post(`/api/v1/units/${eduId}/submissions`, { meetingId: meeting.json().id, password: head.password });
    expect(signed.statusCode, signed.body).toBe(201);
    const sub = signed.json();
    expect(sub).toMatchObject({ number: 1, itemCount: 2 });
    expect(await stateOf(hd, first)).toBe('submitted');
    expect(await stateOf(hd, second)).toBe('submitted');

    // The frozen files are the ones whose hashes the submission records.
    const xlsx = await hd.get(`/api/v1/submissions/${sub.id}/filing.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['x-content-sha256']).toBe(sub.filingSha256);
    expect(createHash('sha256').update(xlsx.rawPayload).digest('hex')).toBe(sub.filingSha256);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const names = book.worksheets[0].getColumn(2).values.filter((v) => typeof v === 'string');
    expect(names.filter((n) => String(n).startsWith('教育事项'))).toHaveLength(2);
    const docx = await hd.get(`/api/v1/submissions/${sub.id}/guides.docx`);
    expect(docx.headers['x-content-sha256']).toBe(sub.guidesSha256);
    expect(createHash('sha256').update(docx.rawPayload).digest('hex')).toBe(sub.guidesSha256);

    const shown = (await hd.get(`/api/v1/submissions/${sub.id}`)).json();
    expect(shown.items.map((i: { latestState: string }) => i.latestState)).toEqual(['submitted', 'submitted']);
    expect(shown.signedByName).toBe(`测试${head.username}`);
    expect((await hd.get(`/api/v1/submissions?unitId=${eduId}`)).json().items).toHaveLength(1);

    // The district office, first reviewer of a unit without a parent department, is told.
    const told = await notificationsOf(reviewer.id);
    expect(told.find((n) => n.kind === 'submission.signed')).toMatchObject({ link: '/review' });

    // A second click finds nothing left to sign.
    const again = await hd.post(`/api/v1/units/${eduId}/submissions`, { meetingId: meeting.json().id, password: head.password });
    expect(again.statusCode).toBe(409);

    // The sealed scan may be attached once.
    const scan = await hd.upload('/api/v1/files?fileName=sealed.pdf', Buffer.from('%PDF-1.4\n%%EOF\n'), 'application/pdf');
    expect((await hd.post(`/api/v1/submissions/${sub.id}/sealed-scan`, { fileId: scan.json().id })).statusCode).toBe(200);
    expect((await hd.post(`/api/v1/submissions/${sub.id}/sealed-scan`, { fileId: scan.json().id })).statusCode).toBe(409);
  });

  it('keeps submissions immutable in the database itself', async () => {
    const [s] = await t.ctx.db.select().from(submissions).limit(1);
    expect(s).toBeDefined();
    await expect(t.ctx.database.executeSql('update submissions set signed_by = $1 where id = $2', [editor.id, s.id])).rejects.toThrow(/immutable/);
    await expect(t.ctx.database.executeSql('update submissions set filing_sha256 = $1 where id = $2', ['0'.repeat(64), s.id])).rejects.toThrow(/immutable/);
    await expect(t.ctx.database.executeSql('update submissions set sealed_scan_file_id = null where id = $1', [s.id])).rejects.toThrow(/immutable/);
    await expect(t.ctx.database.executeSql('delete from submissions where id = $1', [s.id])).rejects.toThrow(/immutable/);
  });

  it('refuses opinions outside the window and lists a consultation for others only once it has started', async () => {
    clock.set('2026-03-02T02:00:00Z');
    const ed = await loginAs(t, editor);
    const [item] = await createItems(ed, 1);
    const opened = await ed.post('/api/v1/consultations', { title: '下周征求意见', startsOn: addDays(today(), 7), endsOn: addDays(today(), 9), itemIds: [item] });
    expect(opened.statusCode, opened.body).toBe(201);
    const cid = opened.json().id;
    let other = await loginAs(t, otherStaff);
    expect((await other.get('/api/v1/consultations?scope=others')).json().items.map((c: { id: string }) => c.id)).not.toContain(cid);
    const before = await other.post(`/api/v1/consultations/${cid}/opinions`, { itemId: item, body: '太早了' });
    expect(before.statusCode).toBe(409);
    expect(before.json().detail).toContain('不在征求意见期内');
    // Nor may a consultation start in the past or end before it starts.
    expect((await ed.post('/api/v1/consultations', { title: '过去', startsOn: addDays(today(), -1), endsOn: today(), itemIds: [item] })).statusCode).toBe(400);

    clock.set('2026-03-12T02:00:00Z');
    other = await loginAs(t, otherStaff);
    const after = await other.post(`/api/v1/consultations/${cid}/opinions`, { itemId: item, body: '太晚了' });
    expect(after.statusCode).toBe(409);
    expect((await other.get(`/api/v1/consultations/${cid}`)).statusCode).toBe(404);
  });

  it('opens a consultation only on drafts without blocking findings, naming the items that are not ready', async () => {
    clock.set('2026-03-02T02:00:00Z');
    const ed = await loginAs(t, editor);
    const [ready] = await createItems(ed, 1);
    const [lacking] = await createItems(ed, 1, { serviceObjects: [] });
    const refused = await ed.post('/api/v1/consultations', { title: '征求意见', startsOn: today(), endsOn: today(), itemIds: [ready, lacking] });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toMatch(/以下事项尚不能发起征求意见：“教育事项\d+号登记”有1项待补充/);
    expect(await stateOf(ed, ready)).toBe('draft');
    const other = await loginAs(t, otherStaff);
    expect((await other.post('/api/v1/consultations', { unitId: eduId, title: '代发', startsOn: today(), endsOn: today(), itemIds: [ready] })).statusCode).toBe(403);
  });

  it('lets the unit withdraw an item from consultation, and a meeting that does not pass sends items back to draft', async () => {
    clock.set('2026-03-02T02:00:00Z');
    const ed = await loginAs(t, editor);
    const [a, b] = await createItems(ed, 2);
    const cid = (await ed.post('/api/v1/consultations', { title: '征求意见', startsOn: today(), endsOn: today(), itemIds: [a, b] })).json().id;
    const withdrawn = await ed.post(`/api/v1/items/${a}/withdraw`, { comment: '需要补充材料' });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(await stateOf(ed, a)).toBe('draft');
    expect((await ed.post(`/api/v1/consultations/${cid}/close`)).json().moved).toBe(1);
    expect(await stateOf(ed, b)).toBe('unit_review');
    const meeting = await ed.post(`/api/v1/units/${eduId}/meetings`, { heldOn: today(), attendees: '班子成员', decision: 'not_passed', minutes: '依据不全' });
    expect(meeting.statusCode, meeting.body).toBe(201);
    expect(await stateOf(ed, b)).toBe('draft');
    const hd = await loginAs(t, head);
    expect((await hd.post(`/api/v1/units/${eduId}/submissions`, { meetingId: meeting.json().id, password: head.password })).statusCode).toBe(409);
    expect((await ed.post(`/api/v1/units/${eduId}/meetings`, { heldOn: today(), attendees: '班子成员', decision: 'passed' })).statusCode).toBe(409);
  });

  it('refuses the head’s signature on items the head wrote, naming them, and submits nothing', async () => {
    clock.set('2026-03-02T02:00:00Z');
    const ed = await loginAs(t, editor);
    const hd = await loginAs(t, head);
    const [theirs, mine] = await createItems(ed, 2);
    const detail = (await hd.get(`/api/v1/items/${mine}`)).json();
    expect((await hd.request('PUT', `/api/v1/items/${mine}/draft`, { lockVersion: detail.lockVersion, draft: { ...detail.draft, remarks: '负责人补充备注' } })).statusCode).toBe(200);
    const cid = (await ed.post('/api/v1/consultations', { title: '征求意见', startsOn: today(), endsOn: today(), itemIds: [theirs, mine] })).json().id;
    await ed.post(`/api/v1/consultations/${cid}/close`);
    const meeting = (await ed.post(`/api/v1/units/${eduId}/meetings`, { heldOn: today(), attendees: '班子成员', decision: 'passed' })).json();
    const before = (await hd.get(`/api/v1/submissions?unitId=${eduId}`)).json().items.length;
    const refused = await hd.post(`/api/v1/units/${eduId}/submissions`, { meetingId: meeting.id, password: head.password });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toContain(detail.draft.name);
    expect(await stateOf(hd, theirs)).toBe('unit_review');
    expect((await hd.get(`/api/v1/submissions?unitId=${eduId}`)).json().items).toHaveLength(before);
    // The editor is no head: signing is the head's alone.
    expect((await ed.post(`/api/v1/units/${eduId}/submissions`, { meetingId: meeting.id, password: editor.password })).statusCode).toBe(403);
    // Clean up for the tests after: back to draft.
    await ed.post(`/api/v1/items/${theirs}/withdraw`);
    await ed.post(`/api/v1/items/${mine}/withdraw`);
  });

  it('sends a sub-unit’s submission to its parent department’s reviewers first', async () => {
    clock.set('2026-03-02T02:00:00Z');
    const admin = { userId: '00000000-0000-0000-0000-000000000000', username: 'test', displayName: 'test', unitId: eduId, regionCode: '430811', roles: ['admin' as const] };
    await createUnit(t.ctx, admin, { parentId: eduId, kind: 'sub_unit', fullName: '张家界市武陵源区教育局学生资助管理中心', shortName: '区学生资助中心', aliases: [] });
    const subEditor = await makeUser(t.ctx, { unit: '区学生资助中心', roles: ['unit_editor'] });
    const subHead = await makeUser(t.ctx, { unit: '区学生资助中心', roles: ['unit_head'] });
    const parent = await makeUser(t.ctx, { unit: '区教育局', roles: ['parent_reviewer'] });
    const districtBefore = (await notificationsOf(reviewer.id)).length;
    const se = await loginAs(t, subEditor);
    const res = await se.post('/api/v1/items', { draft: buildDraft({ name: '家庭经济困难学生资助申请' }) });
    const result = await submitItems(t, { unitName: '区学生资助中心', itemIds: [res.json().itemId], editor: subEditor, head: subHead });
    expect(result.number).toBe(1);
    expect((await notificationsOf(parent.id)).find((n) => n.kind === 'submission.signed')).toMatchObject({ link: '/review' });
    expect(await notificationsOf(reviewer.id)).toHaveLength(districtBefore);
    // The parent department reads its sub-unit's submissions.
    const p = await loginAs(t, parent);
    expect((await p.get('/api/v1/submissions')).json().items.map((s: { id: string }) => s.id)).toContain(result.submissionId);
  });
});
