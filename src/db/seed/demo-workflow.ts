import { and, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../../app-context.ts';
import { fixedClock } from '../../domain/clock.ts';
import type { ItemDraft } from '../../domain/catalog/item.ts';
import { generatePassword } from '../../domain/password-policy.ts';
import type { Role } from '../../domain/roles.ts';
import { createItem } from '../../modules/catalog/commands/create-item.ts';
import { loadDraft } from '../../modules/catalog/repository.ts';
import { closeCampaign } from '../../modules/campaigns/commands/close-campaign.ts';
import type { Actor } from '../../modules/identity/actor.ts';
import { createUser } from '../../modules/identity/commands/create-user.ts';
import { createUnit } from '../../modules/org/commands/create-unit.ts';
import { createEdition } from '../../modules/publication/commands/create-edition.ts';
import { goLiveDueEditions } from '../../modules/publication/commands/go-live.ts';
import { proposeAdjustment } from '../../modules/publication/commands/propose-adjustment.ts';
import { addOpinion } from '../../modules/review/commands/add-opinion.ts';
import { answerOpinion } from '../../modules/review/commands/answer-opinion.ts';
import { closeConsultation } from '../../modules/review/commands/close-consultation.ts';
import { decideItems } from '../../modules/review/commands/decide-item.ts';
import { openConsultation } from '../../modules/review/commands/open-consultation.ts';
import { receiveSubmission } from '../../modules/review/commands/receive-submission.ts';
import { recordMeeting } from '../../modules/review/commands/record-meeting.ts';
import { signSubmission } from '../../modules/review/commands/sign-submission.ts';
import { chinaDate, addDays } from '../../domain/working-days.ts';
import { appMeta, campaigns, items, itemVersions, units, users } from '../schema/index.ts';

const DEMO_KEY = 'seed:demo-workflow';

/** The units that list in 2017 and the ones that list late (they stay at the start of the chain). */
const LATE_IN_CONSULTATION = '区扶贫办';
const LATE_IN_DRAFT = '区档案局';
const SUB_UNIT = { fullName: '张家界市武陵源区公共就业服务中心', shortName: '区就业服务中心', parent: '区人社局' };

interface Staff {
  editor: Actor;
  head: Actor;
  headPassword: string;
}

/**
 * 演示流转: takes the demo catalog through the whole chain as the district did in 2017 (consultation,
 * 班子会议, signed submissions, central and legal review, edition 1 under 张武政办发〔2017〕12号), then
 * puts a few adjustments at every stage of the chain today, so a newcomer sees each state and the
 * portal is never empty. Everything runs through the real commands, as demo accounts that are
 * disabled afterwards (an administrator may enable one and reset its password to try a role).
 */
export async function seedDemoWorkflow(ctx: AppContext, regionCode = '430811'): Promise<boolean> {
  const [claimed] = await ctx.db.insert(appMeta).values({ key: DEMO_KEY, value: { at: ctx.clock.now().toISOString() } }).onConflictDoNothing().returning();
  if (!claimed) return false;

  const clock = fixedClock('2017-11-20T09:00:00+08:00');
  const past: AppContext = { ...ctx, clock };
  const at = (iso: string) => clock.set(iso);
  const admin: Actor = { userId: '00000000-0000-0000-0000-000000000000', username: 'system', displayName: '系统', unitId: '', regionCode, roles: ['admin'] };

  const unitRows = await ctx.db.select().from(units).where(eq(units.regionCode, regionCode));
  const unitId = (short: string) => {
    const u = unitRows.find((r) => r.shortName === short);
    if (!u) throw new Error(`demo workflow: unknown unit ${short}`);
    return u.id;
  };

  const created: string[] = [];
  let n = 0;
  async function account(short: string, roles: Role[], title: string, id = short): Promise<{ actor: Actor; password: string }> {
    const password = generatePassword();
    const username = `demo${String(++n).padStart(2, '0')}_${roles[0]}`;
    const { user } = await createUser(past, { ...admin, unitId: unitId(short) }, { username, displayName: `${id}${title}（演示）`, unitId: unitId(short), roles, password });
    created.push(user.id);
    return { actor: { userId: user.id, username, displayName: user.displayName, unitId: unitId(short), regionCode, roles }, password };
  }
  async function staff(short: string): Promise<Staff> {
    const editor = await account(short, ['unit_editor'], '填报员');
    const head = await account(short, ['unit_head'], '负责人');
    return { editor: editor.actor, head: head.actor, headPassword: head.password };
  }

  // The reviewers of the district, and a commenter from a unit that lists nothing itself.
  const reviewer = (await account('区政务公开政务服务管理办公室', ['district_reviewer'], '审核员', '区政务服务管理办')).actor;
  const legal = (await account('区政府法制办', ['legal_reviewer'], '审查员')).actor;
  const publisher = (await account('区政务公开政务服务管理办公室', ['publisher'], '发布员', '区政务服务管理办')).actor;
  const commenter = (await account('区财政局', ['unit_editor'], '填报员')).actor;

  const itemRows = await ctx.db
    .select({ id: items.id, unitId: items.unitId, name: itemVersions.name })
    .from(items)
    .innerJoin(itemVersions, and(eq(itemVersions.itemId, items.id), eq(itemVersions.number, items.latestVersion)))
    .where(eq(items.regionCode, regionCode))
    .orderBy(items.code);
  const itemsOf = (short: string) => itemRows.filter((r) => r.unitId === unitId(short));
  const listing = [...new Set(itemRows.map((r) => unitRows.find((u) => u.id === r.unitId)!.shortName))];
  const team = new Map<string, Staff>();
  for (const short of listing) team.set(short, await staff(short));

  // ---- 2017: every unit but two lists, consults, meets, signs; the district reviews and publishes.
  const in2017 = listing.filter((s) => s !== LATE_IN_CONSULTATION && s !== LATE_IN_DRAFT);
  const consultations = new Map<string, string>();
  at('2017-11-20T09:00:00+08:00');
  for (const short of in2017) {
    const c = await openConsultation(past, team.get(short)!.editor, {
      title: `${short}公共服务事项目录征求意见`,
      startsOn: '2017-11-20',
      endsOn: '2017-11-24',
      itemIds: itemsOf(short).map((i) => i.id),
    });
    consultations.set(short, c.id);
  }
  at('2017-11-22T10:30:00+08:00');
  const eduFirst = itemsOf('区教育局')[0];
  const opinion = await addOpinion(past, commenter, consultations.get('区教育局')!, {
    itemId: eduFirst.id,
    fieldPath: 'legalBases',
    body: '建议在办理依据中写明《中华人民共和国义务教育法》的具体条款。',
  });
  at('2017-11-23T15:00:00+08:00');
  await answerOpinion(past, team.get('区教育局')!.editor, opinion.id, { answer: 'adopted', reason: '已补充第十二条。' });
  at('2017-11-27T09:00:00+08:00');
  for (const short of in2017) await closeConsultation(past, team.get(short)!.editor, consultations.get(short)!);
  at('2017-11-29T16:00:00+08:00');
  const meetings = new Map<string, string>();
  for (const short of in2017) {
    const m = await recordMeeting(past, team.get(short)!.editor, unitId(short), {
      heldOn: '2017-11-29',
      attendees: '局长、副局长、纪检组长、各股室负责人',
      decision: 'passed',
      minutes: `会议审议${short}公共服务事项目录和办事指南送审稿，同意报送。`,
    });
    meetings.set(short, m.id);
  }
  at('2017-12-05T10:00:00+08:00');
  const signed: string[] = [];
  for (const short of in2017) {
    const s = team.get(short)!;
    signed.push((await signSubmission(past, s.head, unitId(short), { meetingId: meetings.get(short)!, password: s.headPassword })).id);
  }
  at('2017-12-11T09:00:00+08:00');
  for (const id of signed) await receiveSubmission(past, reviewer, id);
  at('2017-12-15T11:00:00+08:00');
  await decideItems(past, reviewer, await decisionsFor(ctx, itemRows.map((i) => i.id), 'central_review'));
  at('2017-12-20T15:00:00+08:00');
  await decideItems(past, legal, await decisionsFor(ctx, itemRows.map((i) => i.id), 'legal_review'));
  at('2017-12-29T10:00:00+08:00');
  const approved = await ctx.db.select({ id: itemVersions.id }).from(itemVersions).where(eq(itemVersions.state, 'approved'));
  await createEdition(past, publisher, {
    title: '武陵源区公共服务事项目录（第1版）',
    docNumber: '张武政办发〔2017〕12号',
    publishedOn: '2017-12-29',
    effectiveOn: '2018-01-01',
    versionIds: approved.map((v) => v.id),
  });
  at('2018-01-01T00:05:00+08:00');
  await goLiveDueEditions(past);
  at('2018-01-02T09:00:00+08:00');
  const [campaign] = await ctx.db.select().from(campaigns).where(and(eq(campaigns.regionCode, regionCode), eq(campaigns.isClosed, false)));
  if (campaign) await closeCampaign(past, reviewer, campaign.id);

  // ---- Today: adjustments at every stage, a sub-unit in parent review, two late units.
  const today = chinaDate(ctx.clock.now());
  const first = (short: string, i = 0) => itemsOf(short)[i].id;
  const adjust = (short: string, i: number, kind: 'change' | 'cancel', trigger: 'law_changed' | 'functions_changed' | 'public_feedback' | 'higher_level_change', reason: string) =>
    proposeAdjustment(ctx, team.get(short)!.editor, first(short, i), { kind, trigger, reason });
  async function throughConsultation(short: string, itemIds: string[], title: string): Promise<string> {
    const editor = team.get(short)?.editor ?? subStaff!.editor;
    const unit = team.has(short) ? unitId(short) : subUnitId!;
    const c = await openConsultation(ctx, editor, { unitId: unit, title, startsOn: today, endsOn: today, itemIds });
    await closeConsultation(ctx, editor, c.id);
    return c.id;
  }
  async function signedToday(short: string, itemIds: string[], title: string): Promise<string> {
    const s = team.get(short) ?? subStaff!;
    const unit = team.has(short) ? unitId(short) : subUnitId!;
    await throughConsultation(short, itemIds, title);
    const m = await recordMeeting(ctx, s.editor, unit, { heldOn: today, attendees: '单位班子成员', decision: 'passed', minutes: `审议${title}，同意报送。` });
    return (await signSubmission(ctx, s.head, unit, { meetingId: m.id, password: s.headPassword })).id;
  }
  let subStaff: Staff | null = null;
  let subUnitId: string | null = null;

  // 草稿: a change proposed after the provincial rules changed.
  await adjust('区教育局', 1, 'change', 'law_changed', '《湖南省学前教育资助管理办法》修订，资助标准调整。');
  // 征求意见: a change out for comment, with one opinion still to answer.
  await adjust('区教育局', 2, 'change', 'public_feedback', '群众反映办理时间较长，拟压缩承诺办结时限。');
  const open = await openConsultation(ctx, team.get('区教育局')!.editor, { title: '区教育局事项调整征求意见', startsOn: today, endsOn: addDays(today, 7), itemIds: [first('区教育局', 2)] });
  await addOpinion(ctx, commenter, open.id, { itemId: first('区教育局', 2), fieldPath: 'guide.committedLimit', body: '建议同步写明压缩时限后的办理流程，并在办事大厅公示。' });
  // 单位审核: consulted, waiting for the 班子会议.
  await adjust('区人社局', 3, 'change', 'functions_changed', '社会保障卡业务下沉至乡镇（街道）办理。');
  await throughConsultation('区人社局', [first('区人社局', 3)], '区人社局事项调整征求意见');
  // 已报送: signed, waiting to be received.
  await adjust('区卫计局', 1, 'change', 'law_changed', '国家卫生健康委调整预防接种证办理要求。');
  await signedToday('区卫计局', [first('区卫计局', 1)], '区卫计局事项调整');
  // 集中审核: received by the district office.
  await adjust('区住建局', 0, 'change', 'public_feedback', '办事群众建议增加网上预约。');
  await receiveSubmission(ctx, reviewer, await signedToday('区住建局', [first('区住建局', 0)], '区住建局事项调整'));
  // 合法性审查: a cancellation the district office approved.
  await adjust('区林业局', 0, 'cancel', 'higher_level_change', '该事项已由市级部门统一实施，本级不再保留。');
  await receiveSubmission(ctx, reviewer, await signedToday('区林业局', [first('区林业局', 0)], '区林业局事项调整'));
  await decideItems(ctx, reviewer, await decisionsFor(ctx, [first('区林业局', 0)], 'central_review'));
  // 审核通过: waiting for the next edition.
  await adjust('区文广新局', 0, 'change', 'law_changed', '《公共文化服务保障法》实施，免费开放范围扩大。');
  await receiveSubmission(ctx, reviewer, await signedToday('区文广新局', [first('区文广新局', 0)], '区文广新局事项调整'));
  await decideItems(ctx, reviewer, await decisionsFor(ctx, [first('区文广新局', 0)], 'central_review'));
  await decideItems(ctx, legal, await decisionsFor(ctx, [first('区文广新局', 0)], 'legal_review'));
  // 退回修改: the district office returned a change with a comment on one field.
  await adjust('区司法局', 0, 'change', 'public_feedback', '拟增加线上申请渠道。');
  await receiveSubmission(ctx, reviewer, await signedToday('区司法局', [first('区司法局', 0)], '区司法局事项调整'));
  await decideItems(
    ctx,
    reviewer,
    (await decisionsFor(ctx, [first('区司法局', 0)], 'central_review')).map((d) => ({
      ...d,
      decision: 'return' as const,
      comment: '线上申请渠道尚未开通，请核实网办深度后再报。',
      fieldComments: [{ path: 'guide.onlineDepth', comment: '网办深度与实际不符' }],
    })),
  );

  // 主管部门审核: a sub-unit of 区人社局 lists two new items; the parent department received them.
  const sub = await createUnit(ctx, { ...admin, unitId: unitId(SUB_UNIT.parent) }, { kind: 'sub_unit', parentId: unitId(SUB_UNIT.parent), fullName: SUB_UNIT.fullName, shortName: SUB_UNIT.shortName, aliases: ['区就业中心'] });
  subUnitId = sub.id;
  unitRows.push({ ...unitRows.find((u) => u.shortName === SUB_UNIT.parent)!, id: sub.id, shortName: SUB_UNIT.shortName, fullName: SUB_UNIT.fullName, parentId: unitId(SUB_UNIT.parent) });
  subStaff = await staff(SUB_UNIT.shortName);
  const parentReviewer = (await account(SUB_UNIT.parent, ['parent_reviewer'], '主管部门审核员')).actor;
  const subItems: string[] = [];
  for (const [name, from, content] of [
    ['职业指导', '职业介绍', '为劳动者提供职业能力测评、求职方法和职业规划指导'],
    ['就业见习岗位信息发布', '公益性招聘会举办及岗位信息发布', '定期发布就业见习基地和见习岗位信息'],
  ] as const) {
    const base = itemRows.find((r) => r.name === from)!;
    const [version] = await ctx.db.select().from(itemVersions).where(and(eq(itemVersions.itemId, base.id), eq(itemVersions.state, 'published')));
    const draft: ItemDraft = { ...(await loadDraft(ctx.db, version)), name, serviceContent: content };
    draft.guide = { ...draft.guide, handlingAgency: SUB_UNIT.fullName };
    const made = await createItem(ctx, subStaff.editor, sub.id, draft, { trigger: 'functions_changed', reason: '区公共就业服务中心成立，承接就业服务职能。' });
    subItems.push(made.itemId);
  }
  await receiveSubmission(ctx, parentReviewer, await signedToday(SUB_UNIT.shortName, subItems, '区就业服务中心公共服务事项'));

  // The late units: one consulting now, one still drafting.
  const late = team.get(LATE_IN_CONSULTATION)!;
  await openConsultation(ctx, late.editor, { title: `${LATE_IN_CONSULTATION}公共服务事项目录征求意见`, startsOn: today, endsOn: addDays(today, 5), itemIds: itemsOf(LATE_IN_CONSULTATION).map((i) => i.id) });

  // Demo accounts only acted; nobody signs in with them until an administrator says so.
  await ctx.db.update(users).set({ isDisabled: true }).where(inArray(users.id, created));
  return true;
}

/** Approvals of the latest versions of `itemIds` that wait at `stage`, as a reviewer would send them. */
async function decisionsFor(ctx: AppContext, itemIds: string[], stage: string) {
  const rows = await ctx.db
    .select({ itemId: items.id, versionId: itemVersions.id, revision: itemVersions.lockVersion })
    .from(items)
    .innerJoin(itemVersions, and(eq(itemVersions.itemId, items.id), eq(itemVersions.number, items.latestVersion)))
    .where(and(inArray(items.id, itemIds), eq(itemVersions.state, stage)));
  return rows.map((r) => ({ ...r, decision: 'approve' as const }));
}
