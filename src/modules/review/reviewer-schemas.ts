import { z } from 'zod';
import { FindingSchema, ItemDraftSchema } from '../catalog/schemas.ts';
import { QUEUE_STAGES } from './queue-queries.ts';

const StageEnum = z.enum(QUEUE_STAGES);

export const QueueQuerySchema = z.object({
  stage: StageEnum.optional().describe('submitted 待签收 · parent_review 主管部门审核 · central_review 集中审核 · legal_review 合法性审查；默认为有待办的第一个环节'),
  unitId: z.uuid('单位编号格式不正确').optional(),
  submissionId: z.uuid('送审稿编号格式不正确').optional(),
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

const QueueItemSchema = z.object({
  itemId: z.uuid(),
  code: z.string(),
  name: z.string(),
  category: z.string().nullable(),
  unitId: z.uuid(),
  unitShortName: z.string(),
  unitName: z.string(),
  versionId: z.uuid(),
  versionNumber: z.number().int(),
  revision: z.number().int(),
  state: z.string(),
  changeKind: z.string(),
  submissionId: z.uuid().nullable(),
  submissionNumber: z.number().int().nullable(),
  since: z.string().describe('进入当前环节的时间'),
  waitingDays: z.number().int().describe('已等待的工作日数'),
  errorCount: z.number().int(),
  incompleteCount: z.number().int(),
  warningCount: z.number().int(),
  hasPublished: z.boolean().describe('是否已有发布的版本'),
});

const SubmissionToReceiveSchema = z.object({
  id: z.uuid(),
  number: z.number().int(),
  unitId: z.uuid(),
  unitShortName: z.string(),
  unitName: z.string(),
  signedByName: z.string(),
  signedAt: z.string(),
  itemCount: z.number().int(),
  newCount: z.number().int(),
  changeCount: z.number().int(),
  cancelCount: z.number().int(),
  waitingDays: z.number().int(),
});

export const QueueSchema = z
  .object({
    stage: StageEnum,
    stages: z.array(StageEnum),
    counts: z.partialRecord(StageEnum, z.number().int()),
    unitsInStage: z.array(z.object({ unitId: z.uuid(), shortName: z.string(), count: z.number().int() })),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    items: z.array(QueueItemSchema),
    submissions: z.array(SubmissionToReceiveSchema),
  })
  .meta({ id: 'ReviewQueue' });

const FieldCommentSchema = z.object({
  path: z.string().trim().min(1).max(100),
  comment: z.string().trim().max(2000, '意见不超过2000字'),
});

export const DecisionBodySchema = z.object({
  versionId: z.uuid('版本编号格式不正确'),
  revision: z.number().int().positive(),
  decision: z.enum(['approve', 'return'], { error: '审核结论只能是通过或退回' }),
  comment: z.string().trim().max(2000, '意见不超过2000字').nullable().optional(),
  fieldComments: z.array(FieldCommentSchema).max(50).optional(),
});

export const BatchDecisionBodySchema = z.object({
  decisions: z
    .array(DecisionBodySchema.extend({ itemId: z.uuid('事项编号格式不正确') }))
    .min(1, '请选择要审核的事项')
    .max(200, '一次最多审核200个事项'),
});

export const DecisionResultSchema = z
  .object({
    itemId: z.uuid(),
    versionId: z.uuid(),
    versionNumber: z.number().int(),
    from: z.string(),
    to: z.string(),
    reopenedVersionId: z.uuid().nullable(),
    reopenedVersionNumber: z.number().int().nullable(),
  })
  .meta({ id: 'ReviewDecisionResult' });

export const ReceiveResultSchema = z.object({ submissionId: z.uuid(), stage: z.enum(['parent_review', 'central_review']), received: z.number().int() });

export const ReviewViewSchema = z
  .object({
    item: z.object({ id: z.uuid(), code: z.string(), unitId: z.uuid(), unitName: z.string(), unitShortName: z.string(), isCancelled: z.boolean() }),
    version: z.object({
      id: z.uuid(),
      number: z.number().int(),
      state: z.string(),
      revision: z.number().int(),
      changeKind: z.string(),
      changeReason: z.string().nullable(),
      changeTrigger: z.string().nullable(),
      basedOnNumber: z.number().int().nullable(),
      updatedAt: z.string(),
      submission: z.object({ id: z.uuid(), number: z.number().int(), signedByName: z.string(), signedAt: z.string(), receivedAt: z.string().nullable() }).nullable(),
    }),
    draft: ItemDraftSchema,
    findings: z.array(FindingSchema),
    published: z.object({ versionId: z.uuid(), number: z.number().int() }).nullable(),
    diff: z.array(z.object({ path: z.string(), label: z.string(), before: z.unknown(), after: z.unknown() })).nullable().describe('与已发布版本的逐字段差异；从未发布时为 null'),
    decisions: z.array(
      z.object({
        id: z.uuid(),
        versionId: z.uuid(),
        versionNumber: z.number().int(),
        revision: z.number().int(),
        stage: z.string(),
        decision: z.string(),
        comment: z.string().nullable(),
        fieldComments: z.array(z.object({ path: z.string(), comment: z.string() })),
        decidedByName: z.string(),
        decidedAt: z.string(),
        submissionId: z.uuid().nullable(),
      }),
    ),
    opinions: z.array(
      z.object({
        id: z.uuid(),
        fieldPath: z.string().nullable(),
        body: z.string(),
        authorName: z.string(),
        authorUnitName: z.string().nullable(),
        createdAt: z.string(),
        answer: z.string().nullable(),
        answerReason: z.string().nullable(),
        answeredAt: z.string().nullable(),
      }),
    ),
    isAuthor: z.boolean().describe('调用者是否为该版本的编写人（编写人不得审核）'),
    actions: z.array(z.string()),
  })
  .meta({ id: 'ItemReview' });
