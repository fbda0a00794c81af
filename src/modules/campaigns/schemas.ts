import { z } from 'zod';

/** A calendar date `YYYY-MM-DD` (China time, as the notice writes its deadlines). */
export const DateSchema = z
  .string('请填写日期')
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), '日期不存在');

export const CampaignInputSchema = z.object({
  name: z.string('请填写名称').trim().min(1, '请填写名称').max(100, '名称不超过100字'),
  docNumber: z.string().trim().max(40, '文号不超过40字').nullish().describe('发文字号，如 张武审改办发〔2017〕1号'),
  unitIds: z.array(z.uuid('单位编号格式不正确'), '请选择参与单位').max(500),
  submissionDeadline: DateSchema.describe('报送截止日期'),
  reviewStartsOn: DateSchema.nullish().describe('集中审核开始日期'),
  reviewEndsOn: DateSchema.nullish().describe('集中审核结束日期'),
  publicationTarget: DateSchema.nullish().describe('目录发布目标日期'),
});
export type CampaignInput = z.infer<typeof CampaignInputSchema>;

export const CampaignPatchSchema = CampaignInputSchema.partial().extend({ version: z.number().int().min(1).describe('乐观锁：读取时的 version') });
export type CampaignPatch = z.infer<typeof CampaignPatchSchema>;

export const CampaignSchema = z
  .object({
    id: z.uuid(),
    regionCode: z.string(),
    name: z.string(),
    docNumber: z.string().nullable(),
    unitIds: z.array(z.uuid()),
    unitCount: z.number().int(),
    submissionDeadline: z.string(),
    reviewStartsOn: z.string().nullable(),
    reviewEndsOn: z.string().nullable(),
    publicationTarget: z.string().nullable(),
    isClosed: z.boolean(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    /** Calendar days from today to the deadline (negative once it has passed). */
    daysLeft: z.number().int(),
    actions: z.array(z.enum(['update', 'close', 'dashboard'])),
  })
  .meta({ id: 'Campaign' });

export const CampaignUnitSchema = z.object({ id: z.uuid(), fullName: z.string(), shortName: z.string(), kind: z.string(), kindLabel: z.string() });

export const CampaignDetailSchema = CampaignSchema.extend({ units: z.array(CampaignUnitSchema) }).meta({ id: 'CampaignDetail' });

export const UNIT_STATES = ['not_started', 'drafting', 'consultation', 'unit_review', 'submitted', 'returned', 'approved'] as const;
export type UnitState = (typeof UNIT_STATES)[number];

/** The stage an item's newest version is at, in the dashboard's words. */
export const ITEM_STAGES = ['draft', 'returned', 'consultation', 'unit_review', 'submitted', 'approved'] as const;
export type ItemStage = (typeof ITEM_STAGES)[number];

export const QUEUES = ['submitted', 'parent_review', 'central_review', 'legal_review', 'approved'] as const;
export type Queue = (typeof QUEUES)[number];

const CategoryCountsSchema = z.object({ on_application: z.number().int(), proactive: z.number().int(), uncategorized: z.number().int() });
const StageCountsSchema = z.object(Object.fromEntries(ITEM_STAGES.map((s) => [s, z.number().int()])) as Record<ItemStage, z.ZodNumber>);

export const DashboardSchema = z
  .object({
    campaign: CampaignSchema,
    today: z.string(),
    deadline: z.object({
      date: z.string(),
      isPast: z.boolean(),
      /** Calendar and working days from today to the deadline (0 once past). */
      daysLeft: z.number().int(),
      workingDaysLeft: z.number().int(),
      /** Calendar and working days since the deadline (0 before it). */
      daysOverdue: z.number().int(),
      workingDaysOverdue: z.number().int(),
    }),
    units: z.array(
      z.object({
        unitId: z.uuid(),
        fullName: z.string(),
        shortName: z.string(),
        kind: z.string(),
        kindLabel: z.string(),
        /** Sub-units that are not participants themselves and report through this unit. */
        subUnitCount: z.number().int(),
        state: z.enum(UNIT_STATES),
        itemCount: z.number().int(),
        byCategory: CategoryCountsSchema,
        byStage: StageCountsSchema,
        submissionCount: z.number().int(),
        latestSubmissionAt: z.string().nullable(),
        isOverdue: z.boolean(),
      }),
    ),
    totals: z.object({
      units: z.number().int(),
      unitsByState: z.object(Object.fromEntries(UNIT_STATES.map((s) => [s, z.number().int()])) as Record<UnitState, z.ZodNumber>),
      submittedUnits: z.number().int(),
      overdueUnits: z.number().int(),
      items: z.number().int(),
      byCategory: CategoryCountsSchema,
      byStage: StageCountsSchema,
    }),
    queues: z.array(
      z.object({
        queue: z.enum(QUEUES),
        label: z.string(),
        count: z.number().int(),
        /** When the longest-waiting version entered the queue. */
        oldestSince: z.string().nullable(),
        oldestWorkingDays: z.number().int().nullable(),
      }),
    ),
  })
  .meta({ id: 'CampaignDashboard' });
export type Dashboard = z.infer<typeof DashboardSchema>;
