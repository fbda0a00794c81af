import { and, desc, eq, max, sql } from 'drizzle-orm';
import type { AppContext } from '../../../app-context.ts';
import type { Db } from '../../../db/client.ts';
import { campaigns, submissions, submissionVersions, unitMeetings, units, users } from '../../../db/schema/index.ts';
import { AppError } from '../../../domain/errors.ts';
import { chinaDate } from '../../../domain/working-days.ts';
import { recordAudit } from '../../audit/record.ts';
import { loadUnitChain } from '../../catalog/unit-chain.ts';
import type { Actor } from '../../identity/actor.ts';
import { verifyPassword } from '../../identity/password.ts';
import { assertAllowed } from '../../identity/policy.ts';
import { notify } from '../../notify/notify.ts';
import { canTakeAction } from '../policy.ts';
import { freezeSnapshot } from '../snapshot.ts';
import { transitionVersion } from '../transition.ts';
import { assertUnitFile, lockUnitVersions, quoteNames } from './unit-helpers.ts';

export interface SignSubmissionInput {
  meetingId: string;
  password: string;
  sealedScanFileId?: string | null;
}

/** The newest open campaign (梳理工作) of the region that the unit takes part in, if any. */
async function campaignOf(db: Db, regionCode: string, unitId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(and(eq(campaigns.regionCode, regionCode), eq(campaigns.isClosed, false), sql`${campaigns.unitIds} @> ${JSON.stringify([unitId])}::jsonb`))
    .orderBy(desc(campaigns.createdAt))
    .limit(1);
  return row?.id ?? null;
}

/**
 * 签署报送: the unit head, confirming with their password, signs the versions a passing 班子会议 reviewed.
 * The filing form and the guides of exactly those versions are frozen (files with SHA-256), the
 * submission is numbered per unit, the versions become `submitted`, and the first reviewer is told:
 * the parent department for a sub-unit, otherwise the district office. All or nothing.
 */
export async function signSubmission(ctx: AppContext, actor: Actor, unitId: string, input: SignSubmissionInput): Promise<{ id: string; number: number; itemCount: number; filingSha256: string; guidesSha256: string }> {
  const unit = await loadUnitChain(ctx.db, unitId);
  assertAllowed(canTakeAction(actor, unit, 'sign'), '只有本单位负责人可以签署报送');
  const [user] = await ctx.db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.userId));
  if (!user || !(await verifyPassword(user.passwordHash, input.password))) {
    await recordAudit(ctx.db, actor, { action: 'submission.sign', targetType: 'unit', targetId: unit.id, success: false, detail: '签署报送：密码不正确' });
    throw new AppError('validation', '密码不正确', [{ path: 'password', message: '密码不正确' }]);
  }
  const [meeting] = await ctx.db.select().from(unitMeetings).where(eq(unitMeetings.id, input.meetingId));
  if (!meeting || meeting.unitId !== unit.id) throw new AppError('validation', '班子会议记录不存在', [{ path: 'meetingId', message: '班子会议记录不存在' }]);
  if (meeting.decision === 'not_passed') throw new AppError('conflict', `${meeting.heldOn}的班子会议未通过，不能据此签署报送`);
  if (input.sealedScanFileId) await assertUnitFile(ctx.db, unit.id, input.sealedScanFileId, 'sealedScanFileId', '盖章扫描件');
  const [unitRow] = await ctx.db.select().from(units).where(eq(units.id, unit.id));
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    // A version that went back to draft and returned since the meeting needs a new meeting.
    const rows = (await lockUnitVersions(tx, unit.id, 'unit_review', meeting.versionIds)).filter((r) => r.version.updatedAt <= meeting.createdAt);
    if (rows.length === 0) throw new AppError('conflict', '没有可签署报送的事项：该班子会议审议的事项已报送或已撤回修改');
    const own = rows.filter((r) => r.version.authorIds.includes(actor.userId));
    if (own.length > 0) {
      throw new AppError('forbidden', `不能签署报送本人编写的事项${quoteNames(own.map((r) => r.version.name))}：编写人不得签署本人编写的版本，请由其他负责人签署，或撤回后由他人修改`);
    }
    const [{ last }] = await tx.select({ last: max(submissions.number) }).from(submissions).where(eq(submissions.unitId, unit.id));
    const number = (last ?? 0) + 1;
    const versionIds = rows.map((r) => r.version.id);
    const snapshot = await freezeSnapshot(tx, { unit: unitRow, versionIds, number, signedBy: actor.userId, now });
    const [submission] = await tx
      .insert(submissions)
      .values({
        regionCode: unit.regionCode,
        unitId: unit.id,
        campaignId: await campaignOf(tx, unit.regionCode, unit.id),
        number,
        meetingId: meeting.id,
        signedBy: actor.userId,
        signedByName: actor.displayName,
        signedAt: now,
        filingFileId: snapshot.filing.id,
        filingSha256: snapshot.filing.sha256,
        guidesFileId: snapshot.guides.id,
        guidesSha256: snapshot.guides.sha256,
        sealedScanFileId: input.sealedScanFileId ?? null,
      })
      .returning({ id: submissions.id });
    for (const { version } of rows) {
      await transitionVersion(tx, actor, now, { versionId: version.id, action: 'sign', submissionId: submission.id, detail: `第${number}次报送` });
    }
    await tx.insert(submissionVersions).values(rows.map((r) => ({ submissionId: submission.id, versionId: r.version.id, itemId: r.version.itemId })));
    await recordAudit(tx, actor, {
      action: 'submission.sign',
      targetType: 'submission',
      targetId: submission.id,
      newValues: { unitId: unit.id, number, meetingId: meeting.id, versionIds, filingSha256: snapshot.filing.sha256, guidesSha256: snapshot.guides.sha256 },
      detail: `${unitRow.shortName}第${number}次报送，${rows.length}个事项`,
    });
    const parentId = unit.ancestorIds[0];
    await notify(tx, now, parentId ? { roles: ['parent_reviewer'], unitId: parentId } : { roles: ['district_reviewer'], regionCode: unit.regionCode }, {
      kind: 'submission.signed',
      title: `${unitRow.shortName}报送了公共服务事项清单（第${number}次，${rows.length}项）`,
      body: `${unitRow.fullName}负责人${actor.displayName}于${chinaDate(now)}签署报送第${number}次送审稿，共${rows.length}个事项，请签收并审核。`,
      link: '/review',
      regionCode: unit.regionCode,
    });
    return { id: submission.id, number, itemCount: rows.length, filingSha256: snapshot.filing.sha256, guidesSha256: snapshot.guides.sha256 };
  });
}
