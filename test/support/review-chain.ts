/**
 * The reviewers' side of the review chain, for tests: versions put into `submitted` directly (with a
 * submission row, as the unit head's signature leaves them) and the reviewers' calls through the API:
 * 签收, the review view and decisions.
 */
import { createHash } from 'node:crypto';
import { and, eq, max } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { items, itemVersions, submissions, submissionVersions, users } from '../../src/db/schema/index.ts';
import type { Role } from '../../src/domain/roles.ts';
import { createItem } from '../../src/modules/catalog/commands/create-item.ts';
import { uploadFile } from '../../src/modules/files/files.ts';
import type { Actor } from '../../src/modules/identity/actor.ts';
import { createUnit } from '../../src/modules/org/commands/create-unit.ts';
import { transitionVersion } from '../../src/modules/review/transition.ts';
import { buildDraft, type DraftOverrides } from '../factories/item-draft.ts';
import { makeUser, unitIdOf, type TestUser } from '../factories/users.ts';
import { ApiClient } from './http.ts';
import type { TestApp } from './test-app.ts';

let ipCounter = 0;
let nameCounter = 0;

/** A logged-in client for `user` on an address of its own (login is rate-limited per address). */
export async function clientFor(t: TestApp, user: TestUser): Promise<ApiClient> {
  ipCounter++;
  const ip = `10.88.${Math.floor(ipCounter / 250) % 250}.${(ipCounter % 250) + 1}`;
  return new ApiClient(t.app, ip).login(user.username, user.password, user.totpSecret, t.ctx.clock.now());
}

/** A new user with `roles` in `unit`, logged in. */
export async function reviewer(t: TestApp, unit: string, roles: Role[]): Promise<{ user: TestUser; client: ApiClient }> {
  const user = await makeUser(t.ctx, { unit, roles });
  return { user, client: await clientFor(t, user) };
}

/** The actor of a stored user, as commands see them. */
export async function actorOf(t: TestApp, userId: string): Promise<Actor> {
  const [u] = await t.ctx.db.select().from(users).where(eq(users.id, userId));
  const unit = await t.ctx.database.executeSql('select region_code from units where id = $1', [u.unitId]);
  const roles = (await t.ctx.database.executeSql('select role from user_roles where user_id = $1', [userId])).rows.map((r) => r.role as Role);
  return { userId: u.id, username: u.username, displayName: u.displayName, unitId: u.unitId, regionCode: String(unit.rows[0].region_code), roles };
}

/** 部门管理机构、所属事业单位: a sub-unit under `parentName`, created as the region's administrator would. */
export async function createSubUnit(t: TestApp, opts: { parentName: string; fullName: string; shortName: string }): Promise<string> {
  const parentId = await unitIdOf(t.ctx, opts.parentName);
  const admin: Actor = { userId: '00000000-0000-0000-0000-000000000000', username: 'test', displayName: 'test', unitId: parentId, regionCode: '430811', roles: ['admin'] };
  const unit = await createUnit(t.ctx, admin, { kind: 'sub_unit', parentId, fullName: opts.fullName, shortName: opts.shortName, aliases: [] });
  return unit.id;
}

const heads = new WeakMap<TestApp, Map<string, TestUser>>();

/** The unit head who signs a unit's submissions in these tests (one per unit and app, never an author). */
async function signerOf(t: TestApp, unitName: string): Promise<TestUser> {
  const byUnit = heads.get(t) ?? new Map<string, TestUser>();
  heads.set(t, byUnit);
  if (!byUnit.has(unitName)) byUnit.set(unitName, await makeUser(t.ctx, { unit: unitName, roles: ['unit_head'] }));
  return byUnit.get(unitName)!;
}

export interface SubmittedItem {
  itemId: string;
  versionId: string;
  name: string;
}

export interface Submitted {
  submissionId: string;
  unitId: string;
  items: SubmittedItem[];
}

/**
 * Moves the newest draft versions of `itemIds` (items of one unit) draft → consultation → unit_review
 * → submitted in one transaction, as the unit head, and records them as one signed submission.
 * `at` dates the steps (the queue counts waiting days from it).
 */
export async function submitDrafts(t: TestApp, opts: { unitName: string; itemIds: string[]; at?: Date }): Promise<Submitted> {
  const unitId = await unitIdOf(t.ctx, opts.unitName);
  const head = await actorOf(t, (await signerOf(t, opts.unitName)).id);
  const now = opts.at ?? t.ctx.clock.now();
  const filing = Buffer.from(`备案表 ${opts.unitName} ${opts.itemIds.join(',')}`);
  const guides = Buffer.from(`服务指南 ${opts.unitName} ${opts.itemIds.join(',')}`);
  const filingFile = await uploadFile(t.ctx, head, { fileName: '备案表.xlsx', content: filing });
  const guidesFile = await uploadFile(t.ctx, head, { fileName: '服务指南.docx', content: guides });
  const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
  return t.ctx.db.transaction(async (tx) => {
    const out: SubmittedItem[] = [];
    for (const itemId of opts.itemIds) {
      const [v] = await tx
        .select({ id: itemVersions.id, name: itemVersions.name })
        .from(itemVersions)
        .innerJoin(items, and(eq(items.id, itemVersions.itemId), eq(items.latestVersion, itemVersions.number)))
        .where(eq(items.id, itemId));
      for (const action of ['open_consultation', 'close_consultation', 'sign'] as const) await transitionVersion(tx, head, now, { versionId: v.id, action });
      out.push({ itemId, versionId: v.id, name: v.name });
    }
    const [{ last }] = await tx.select({ last: max(submissions.number) }).from(submissions).where(eq(submissions.unitId, unitId));
    const [submission] = await tx
      .insert(submissions)
      .values({
        regionCode: head.regionCode,
        unitId,
        number: (last ?? 0) + 1,
        signedBy: head.userId,
        signedByName: head.displayName,
        signedAt: now,
        filingFileId: filingFile.id,
        filingSha256: sha(filing),
        guidesFileId: guidesFile.id,
        guidesSha256: sha(guides),
      })
      .returning({ id: submissions.id });
    await tx.insert(submissionVersions).values(out.map((o) => ({ submissionId: submission.id, versionId: o.versionId, itemId: o.itemId })));
    return { submissionId: submission.id, unitId, items: out };
  });
}

/**
 * Creates `count` complete items of a unit written by an editor (`editorId`, else a new unit editor)
 * and submits them together (see `submitDrafts`). Independent of the unit-side routes.
 */
export async function seedSubmitted(
  t: TestApp,
  opts: { unitName: string; count?: number; editorId?: string; names?: string[]; draft?: DraftOverrides; at?: Date },
): Promise<Submitted & { editorId: string }> {
  const unitId = await unitIdOf(t.ctx, opts.unitName);
  const editorId = opts.editorId ?? (await makeUser(t.ctx, { unit: opts.unitName, roles: ['unit_editor'] })).id;
  const editor = { ...(await actorOf(t, editorId)), unitId, roles: ['unit_editor'] as Role[] };
  const names = opts.names ?? Array.from({ length: opts.count ?? 1 }, () => `待审事项${++nameCounter}号${Math.floor(Math.random() * 1e6)}`);
  const itemIds: string[] = [];
  for (const name of names) itemIds.push((await createItem(t.ctx, editor, unitId, buildDraft({ ...opts.draft, name }))).itemId);
  return { ...(await submitDrafts(t, { unitName: opts.unitName, itemIds, at: opts.at })), editorId };
}

/** 签收 through the API; expects 200. */
export async function receive(client: ApiClient, submissionId: string): Promise<{ stage: string; received: number }> {
  const res = await client.post(`/api/v1/submissions/${submissionId}/receive`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** The review view of an item (审核详情), as the client sees it. */
export async function reviewView(client: ApiClient, itemId: string) {
  const res = await client.get(`/api/v1/review/items/${itemId}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/**
 * Posts a decision on the item's newest version, as the client read it from the review view.
 * Returns the raw response: callers assert the status (a return needs a comment).
 */
export async function decide(
  client: ApiClient,
  itemId: string,
  decision: 'approve' | 'return',
  comment?: string,
  fieldComments?: { path: string; comment: string }[],
): Promise<LightMyRequestResponse> {
  const view = await reviewView(client, itemId);
  return client.post(`/api/v1/items/${itemId}/decisions`, { versionId: view.version.id, revision: view.version.revision, decision, comment, fieldComments });
}

/** Like `decide`, expecting 200. */
export async function decideOk(client: ApiClient, itemId: string, decision: 'approve' | 'return', comment?: string) {
  const res = await decide(client, itemId, decision, comment);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { to: string; versionNumber: number; reopenedVersionNumber: number | null };
}

/** The state of an item's newest version and its number. */
export async function latestState(t: TestApp, itemId: string): Promise<{ number: number; state: string }> {
  const [row] = await t.ctx.db
    .select({ number: itemVersions.number, state: itemVersions.state })
    .from(itemVersions)
    .innerJoin(items, and(eq(items.id, itemVersions.itemId), eq(items.latestVersion, itemVersions.number)))
    .where(eq(items.id, itemId));
  return row;
}

const stageReviewers = new WeakMap<TestApp, Map<string, Actor>>();

/** A reviewer of the given role (in the unit that role sits in), made once per app, as an Actor. */
async function stageReviewer(t: TestApp, role: 'parent_reviewer' | 'district_reviewer' | 'legal_reviewer', parentUnitName?: string): Promise<Actor> {
  const byKey = stageReviewers.get(t) ?? new Map<string, Actor>();
  stageReviewers.set(t, byKey);
  const unit = role === 'parent_reviewer' ? parentUnitName! : role === 'legal_reviewer' ? '区政府法制办' : '区政务公开政务服务管理办公室';
  const key = `${role}:${unit}`;
  if (!byKey.has(key)) byKey.set(key, await actorOf(t, (await makeUser(t.ctx, { unit, roles: [role] })).id));
  return byKey.get(key)!;
}

/**
 * Items of a unit already at `stage` of the chain (received, and approved by each earlier stage) by
 * reviewers made for the purpose, without the API. `parentUnitName` names a sub-unit's parent department.
 */
export async function seedInStage(
  t: TestApp,
  opts: { unitName: string; stage: 'parent_review' | 'central_review' | 'legal_review' | 'approved'; parentUnitName?: string; count?: number; editorId?: string },
): Promise<Submitted & { editorId: string }> {
  const seeded = await seedSubmitted(t, opts);
  const steps: { role: 'parent_reviewer' | 'district_reviewer' | 'legal_reviewer'; action: Parameters<typeof transitionVersion>[3]['action']; reaches: string }[] = opts.parentUnitName
    ? [
        { role: 'parent_reviewer', action: 'receive_parent', reaches: 'parent_review' },
        { role: 'parent_reviewer', action: 'parent_approve', reaches: 'central_review' },
      ]
    : [{ role: 'district_reviewer', action: 'receive_central', reaches: 'central_review' }];
  steps.push({ role: 'district_reviewer', action: 'central_approve', reaches: 'legal_review' }, { role: 'legal_reviewer', action: 'legal_pass', reaches: 'approved' });
  const upTo = steps.findIndex((s) => s.reaches === opts.stage);
  if (upTo < 0) throw new Error(`cannot reach ${opts.stage} for ${opts.unitName}`);
  const actors: Actor[] = [];
  for (const s of steps.slice(0, upTo + 1)) actors.push(await stageReviewer(t, s.role, opts.parentUnitName));
  await t.ctx.db.transaction(async (tx) => {
    for (const item of seeded.items) {
      for (const [i, s] of steps.slice(0, upTo + 1).entries()) await transitionVersion(tx, actors[i], t.ctx.clock.now(), { versionId: item.versionId, action: s.action, submissionId: seeded.submissionId });
    }
    await tx.update(submissions).set({ receivedBy: actors[0].userId, receivedAt: t.ctx.clock.now() }).where(eq(submissions.id, seeded.submissionId));
  });
  return seeded;
}
