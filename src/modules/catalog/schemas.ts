import { z } from 'zod';
import { BASIS_KINDS, SERVICE_OBJECTS, type ItemDraft } from '../../domain/catalog/item.ts';

const text = (max = 2000) => z.string().trim().max(max, `不超过${max}个字`).nullable();
const TimeLimitSchema = z.object({ value: z.number().int('时限须为整数').min(0, '时限不能为负数').max(3650).nullable(), unit: z.enum(['working_day', 'natural_day', 'immediate']) }).nullable();

export const GuideSchema = z.object({
  handlingAgency: text(200),
  applicationConditions: text(4000),
  legalLimit: TimeLimitSchema,
  committedLimit: TimeLimitSchema,
  caseType: z.enum(['immediate', 'promised']).nullable(),
  fee: z.object({ isFree: z.boolean(), basis: text(1000), standard: text(1000) }).nullable(),
  consultation: text(1000),
  complaint: text(1000),
  place: text(500),
  hours: text(500),
  handlingForms: z.array(z.enum(['window', 'online', 'mail'])).max(3),
  onlineDepth: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).nullable(),
  visits: z.number().int().min(-1).max(20).nullable(),
  visitsReason: text(500),
  resultName: text(200),
  resultSampleFileId: z.uuid().nullable(),
  deliveryMethod: text(1000),
  offlineChannels: text(1000),
});

export const LegalBasisSchema = z.object({
  kind: z.enum(BASIS_KINDS).nullable(),
  title: z.string().trim().max(300),
  docNumber: text(100),
  article: text(100),
  articleText: text(8000),
});

export const MaterialSchema = z.object({
  name: z.string().trim().max(300),
  source: text(200),
  originalCount: z.number().int().min(0).max(99),
  copyCount: z.number().int().min(0).max(99),
  media: z.enum(['paper', 'electronic', 'either']),
  requirement: z.enum(['required', 'conditional']),
  condition: text(500),
  templateFileId: z.uuid().nullable(),
  sampleFileId: z.uuid().nullable(),
  notes: text(500),
});

export const ProcessStepSchema = z.object({
  name: z.string().trim().max(100),
  actor: text(100),
  timeLimitDays: z.number().int().min(0).max(3650).nullable(),
  description: text(2000),
});

/** 事项内容 as the API accepts it; the same shape as the domain's ItemDraft. */
export const ItemDraftSchema = z
  .object({
    name: z.string().trim().max(200, '事项名称不超过200个字'),
    category: z.enum(['on_application', 'proactive']).nullable(),
    serviceContent: text(4000),
    legalBases: z.array(LegalBasisSchema).max(50),
    noBasisReason: text(2000),
    coImplementingUnits: z.array(z.string().trim().max(100)).max(20),
    serviceObjects: z.array(z.enum(SERVICE_OBJECTS)).max(4),
    remarks: text(2000),
    level: z.enum(['district', 'township']),
    screening: z.object({ inPowerList: z.boolean().nullable(), isInternal: z.boolean().nullable(), isTemporary: z.boolean().nullable() }),
    provincialRefCode: text(50),
    basicCode: text(60),
    implementationCode: text(60),
    guide: GuideSchema,
    materials: z.array(MaterialSchema).max(100),
    steps: z.array(ProcessStepSchema).max(50),
  })
  .meta({ id: 'ItemDraft' });

// Compile-time check that the API schema and the domain type stay the same shape.
type _SameShape = z.infer<typeof ItemDraftSchema> extends ItemDraft ? (ItemDraft extends z.infer<typeof ItemDraftSchema> ? true : never) : never;
export const itemDraftSchemaMatchesDomain: _SameShape = true;

export const FindingSchema = z.object({ severity: z.enum(['error', 'incomplete', 'warning']), code: z.string(), path: z.string(), message: z.string() }).meta({ id: 'Finding' });
