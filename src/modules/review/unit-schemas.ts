/** Request and response schemas of the unit side's routes (征求意见, 班子会议, 送审稿). */
import { z } from 'zod';
import { OPINION_ANSWERS } from './commands/answer-opinion.ts';
import { MEETING_DECISIONS } from './commands/record-meeting.ts';

export const DateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

const ts = z.string().describe('ISO 8601 时间');
const tsOrNull = ts.nullable();

export const OpenConsultationBodySchema = z.object({
  unitId: z.uuid().optional().describe('默认为本人所在单位'),
  title: z.string().trim().min(1, '请填写标题').max(200),
  startsOn: DateSchema.describe('开始日期（含），不早于今天'),
  endsOn: DateSchema.describe('结束日期（含），不早于开始日期'),
  isPublic: z.boolean().optional().describe('是否同时向社会公开征求意见'),
  itemIds: z.array(z.uuid()).min(1, '请至少选择一个事项').max(2000),
});

export const ConsultationStatusSchema = z.enum(['upcoming', 'open', 'ended', 'closed']).describe('upcoming 未开始；open 进行中；ended 已到期待结束；closed 已结束');

export const ConsultationRowSchema = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  title: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  isPublic: z.boolean(),
  createdAt: ts,
  closedAt: tsOrNull,
  status: ConsultationStatusSchema,
  itemCount: z.number().int(),
  opinionCount: z.number().int(),
  unansweredCount: z.number().int(),
});

export const OpinionSchema = z.object({
  id: z.uuid(),
  itemId: z.uuid(),
  itemName: z.string(),
  versionNumber: z.number().int(),
  fieldPath: z.string().nullable(),
  fieldLabel: z.string().nullable(),
  body: z.string(),
  authorName: z.string().nullable(),
  authorUnitName: z.string().nullable(),
  createdAt: ts,
  answer: z.enum(OPINION_ANSWERS).nullable(),
  answerReason: z.string().nullable(),
  answeredByName: z.string().nullable(),
  answeredAt: tsOrNull,
  canAnswer: z.boolean(),
});

export const ConsultationDetailSchema = ConsultationRowSchema.omit({ itemCount: true, opinionCount: true })
  .extend({
    unitFullName: z.string(),
    items: z.array(
      z.object({
        itemId: z.uuid(),
        versionId: z.uuid(),
        code: z.string(),
        name: z.string(),
        versionNumber: z.number().int(),
        state: z.string(),
        isLatest: z.boolean(),
        inConsultation: z.boolean().describe('该版本仍在本次征求意见中（未撤回、未结束）'),
      }),
    ),
    opinions: z.array(OpinionSchema),
    canComment: z.boolean(),
    canClose: z.boolean(),
  })
  .meta({ id: 'Consultation' });

export const AddOpinionBodySchema = z.object({
  itemId: z.uuid(),
  fieldPath: z.string().trim().max(100).nullish().describe('事项要素路径，如 serviceContent、guide.fee；不填为针对整个事项'),
  body: z.string().trim().min(1, '请填写意见内容').max(2000),
});

export const AnswerBodySchema = z.object({
  answer: z.enum(OPINION_ANSWERS).describe('adopted 采纳；partly 部分采纳；not_adopted 不采纳'),
  reason: z.string().trim().max(2000).nullish().describe('部分采纳、不采纳时必填'),
});

export const MeetingBodySchema = z.object({
  heldOn: DateSchema.describe('会议日期，不晚于今天'),
  attendees: z.string().trim().min(1, '请填写参会人员').max(1000),
  decision: z.enum(MEETING_DECISIONS).describe('passed 审议通过；passed_with_changes 修改后通过；not_passed 未通过（事项退回草稿）'),
  minutes: z.string().trim().max(10000).nullish(),
  minutesFileId: z.uuid().nullish().describe('会议纪要文件（先通过 POST /api/v1/files 上传）'),
});

const ItemRefSchema = z.object({ versionId: z.uuid(), itemId: z.uuid(), code: z.string(), name: z.string(), versionNumber: z.number().int(), state: z.string() });

export const MeetingSchema = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  heldOn: z.string(),
  attendees: z.string(),
  decision: z.enum(MEETING_DECISIONS),
  minutes: z.string().nullable(),
  minutesFileId: z.uuid().nullable(),
  recordedByName: z.string().nullable(),
  createdAt: ts,
  items: z.array(ItemRefSchema),
  awaitingSignature: z.number().int().describe('经本次会议审议、仍待签署报送的事项数'),
});

export const SignBodySchema = z.object({
  meetingId: z.uuid(),
  password: z.string().min(1, '请输入密码').max(200).describe('单位负责人本人的登录密码（签署确认）'),
  sealedScanFileId: z.uuid().nullish(),
});

export const SubmissionRowSchema = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  number: z.number().int().describe('本单位第 N 次报送'),
  campaignId: z.uuid().nullable(),
  campaignName: z.string().nullable(),
  meetingId: z.uuid().nullable(),
  signedByName: z.string(),
  signedAt: ts,
  itemCount: z.number().int(),
  filingSha256: z.string(),
  guidesSha256: z.string(),
  sealedScanFileId: z.uuid().nullable(),
  receivedAt: tsOrNull,
});

export const SubmissionDetailSchema = SubmissionRowSchema.extend({
  unitFullName: z.string(),
  items: z.array(
    z.object({
      itemId: z.uuid(),
      code: z.string(),
      name: z.string(),
      category: z.string().nullable(),
      versionId: z.uuid(),
      versionNumber: z.number().int(),
      versionState: z.string().describe('报送版本现在的状态'),
      latestVersionNumber: z.number().int(),
      latestState: z.string().describe('事项最新版本的状态（退回后为新的草稿）'),
    }),
  ),
}).meta({ id: 'Submission' });

export const BoardSchema = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  unitFullName: z.string(),
  firstReviewer: z.enum(['parent', 'district']).describe('报送后先由主管部门（下属单位）还是区政务服务管理办审核'),
  counts: z.record(z.string(), z.number().int()).describe('按最新版本状态统计的事项数'),
  items: z.array(
    z.object({
      id: z.uuid(),
      code: z.string(),
      name: z.string(),
      category: z.string().nullable(),
      versionId: z.uuid(),
      versionNumber: z.number().int(),
      state: z.string(),
      errorCount: z.number().int(),
      incompleteCount: z.number().int(),
      warningCount: z.number().int(),
      completeness: z.number().int(),
      updatedAt: ts,
      consultationId: z.uuid().nullable(),
      meetingId: z.uuid().nullable().describe('单位审核中的事项：审议通过它的班子会议（可据此签署）'),
    }),
  ),
  canWork: z.boolean().describe('可发起征求意见、答复、结束征求意见、记录班子会议、撤回'),
  canSign: z.boolean().describe('可签署报送（单位负责人）'),
});
