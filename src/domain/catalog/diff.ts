import type { ItemDraft } from './item.ts';

/** Top-level fields of ItemDraft, as the history names what changed. */
export const DRAFT_FIELD_LABELS: Record<string, string> = {
  code: '事项编码',
  name: '事项名称',
  category: '类别',
  serviceContent: '服务内容',
  legalBases: '办理依据',
  noBasisReason: '无文件依据理由',
  coImplementingUnits: '共同实施单位',
  serviceObjects: '服务对象',
  remarks: '备注',
  level: '层级',
  screening: '筛查',
  provincialRefCode: '省级参照事项编码',
  basicCode: '基本编码',
  implementationCode: '实施编码',
  guide: '服务指南',
  materials: '申报材料',
  steps: '服务流程',
};

export const GUIDE_FIELD_LABELS: Record<string, string> = {
  handlingAgency: '承办机构',
  applicationConditions: '申请条件',
  legalLimit: '法定办结时限',
  committedLimit: '承诺办结时限',
  caseType: '办件类型',
  fee: '收费',
  consultation: '咨询方式',
  complaint: '监督投诉方式',
  place: '办理地点',
  hours: '办公时间',
  handlingForms: '办理形式',
  onlineDepth: '网办深度',
  visits: '到办事现场次数',
  visitsReason: '必须现场办理原因',
  resultName: '结果名称',
  resultSampleFileId: '结果样本',
  deliveryMethod: '服务提供方式',
  offlineChannels: '线下办理渠道',
};
/** One difference between two versions of an item, named by path and label. */
export interface FieldChange {
  /** `name`, `guide.committedLimit`, `materials`… */
  path: string;
  label: string;
  before: unknown;
  after: unknown;
}

function canonical(v: unknown): string {
  const sort = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(sort);
    if (x && typeof x === 'object') return Object.fromEntries(Object.keys(x as object).sort().map((k) => [k, sort((x as Record<string, unknown>)[k])]));
    return x ?? null;
  };
  return JSON.stringify(sort(v));
}

/**
 * 字段比对: what changed from `before` to `after`, field by field; the guide is compared per
 * guide field, lists (bases, materials, steps) as wholes. `before` null means the item is new.
 */
export function diffDrafts(before: ItemDraft | null, after: ItemDraft | null): FieldChange[] {
  const out: FieldChange[] = [];
  const a = (before ?? {}) as unknown as Record<string, unknown>;
  const b = (after ?? {}) as unknown as Record<string, unknown>;
  for (const key of Object.keys(DRAFT_FIELD_LABELS)) {
    if (key === 'code') continue;
    if (key === 'guide') {
      const ga = (a.guide ?? {}) as Record<string, unknown>;
      const gb = (b.guide ?? {}) as Record<string, unknown>;
      for (const gk of Object.keys(GUIDE_FIELD_LABELS)) {
        if (canonical(ga[gk]) !== canonical(gb[gk])) out.push({ path: `guide.${gk}`, label: `服务指南·${GUIDE_FIELD_LABELS[gk]}`, before: ga[gk] ?? null, after: gb[gk] ?? null });
      }
      continue;
    }
    if (canonical(a[key]) !== canonical(b[key])) out.push({ path: key, label: DRAFT_FIELD_LABELS[key], before: a[key] ?? null, after: b[key] ?? null });
  }
  return out;
}
