import type { AppContext } from '../../../app-context.ts';
import { unitMeetings } from '../../../db/schema/index.ts';
import { AppError } from '../../../domain/errors.ts';
import { recordAudit } from '../../audit/record.ts';
import { authorId } from '../../catalog/commands/save-helpers.ts';
import { loadUnitChain } from '../../catalog/unit-chain.ts';
import type { Actor } from '../../identity/actor.ts';
import { assertAllowed } from '../../identity/policy.ts';
import { transitionVersion } from '../transition.ts';
import { assertUnitFile, isUnitWorker, lockUnitVersions, today } from './unit-helpers.ts';

export const MEETING_DECISIONS = ['passed', 'passed_with_changes', 'not_passed'] as const;
export type MeetingDecision = (typeof MEETING_DECISIONS)[number];
export const DECISION_LABELS: Record<MeetingDecision, string> = { passed: '审议通过', passed_with_changes: '修改后通过', not_passed: '未通过' };

export interface RecordMeetingInput {
  heldOn: string;
  attendees: string;
  decision: MeetingDecision;
  minutes?: string | null;
  minutesFileId?: string | null;
}

/**
 * 班子会议: records the unit leadership's review of every version the unit has in unit review. A meeting
 * that does not pass sends them all back to draft (撤回修改); one that passes lets the head sign them.
 */
export async function recordMeeting(ctx: AppContext, actor: Actor, unitId: string, input: RecordMeetingInput): Promise<{ id: string; versionCount: number }> {
  const unit = await loadUnitChain(ctx.db, unitId);
  assertAllowed(isUnitWorker(actor, unit), '只有本单位的负责人或填报员可以记录班子会议');
  const day = today(ctx);
  if (input.heldOn > day) throw new AppError('validation', `会议日期不能晚于今天（${day}）`, [{ path: 'heldOn', message: '会议日期不能晚于今天' }]);
  const attendees = input.attendees.trim();
  if (!attendees) throw new AppError('validation', '请填写参会人员', [{ path: 'attendees', message: '请填写参会人员' }]);
  if (input.minutesFileId) await assertUnitFile(ctx.db, unit.id, input.minutesFileId, 'minutesFileId', '会议纪要文件');
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const rows = await lockUnitVersions(tx, unit.id, 'unit_review');
    if (rows.length === 0) throw new AppError('conflict', '本单位没有处于“单位审核”状态的事项：请先结束征求意见，再记录班子会议');
    const [meeting] = await tx
      .insert(unitMeetings)
      .values({
        unitId: unit.id,
        heldOn: input.heldOn,
        attendees,
        decision: input.decision,
        minutes: input.minutes?.trim() || null,
        minutesFileId: input.minutesFileId ?? null,
        versionIds: rows.map((r) => r.version.id),
        recordedBy: authorId(actor),
        createdAt: now,
      })
      .returning({ id: unitMeetings.id });
    if (input.decision === 'not_passed') {
      for (const { version } of rows) await transitionVersion(tx, actor, now, { versionId: version.id, action: 'withdraw', comment: '班子会议未通过' });
    }
    await recordAudit(tx, actor, {
      action: 'unit.meeting',
      targetType: 'unit',
      targetId: unit.id,
      newValues: { meetingId: meeting.id, heldOn: input.heldOn, attendees, decision: input.decision, versionIds: rows.map((r) => r.version.id) },
      detail: `班子会议（${input.heldOn}）${DECISION_LABELS[input.decision]}，审议事项${rows.length}项`,
    });
    return { id: meeting.id, versionCount: rows.length };
  });
}
