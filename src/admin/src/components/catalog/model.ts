/**
 * The item editor's form model: ItemDraft (the API's shape, src/domain/catalog/item.ts) ⇄ the values the
 * antd form holds, and a finding's path (`legalBases.0.article`) ⇄ the form field and tab that show it.
 */
import {
  emptyDraft,
  type BasisKind,
  type CaseType,
  type Category,
  type Guide,
  type HandlingForm,
  type ItemDraft,
  type ItemLevel,
  type Material,
  type OnlineDepth,
  type ProcessStep,
  type ServiceObject,
  type Severity,
  type TimeUnit,
} from '../../../../domain/catalog/item.ts';

export interface LimitValues {
  value: number | null;
  unit: TimeUnit;
}

export interface FormValues {
  name: string;
  category: Category | null;
  serviceContent: string | null;
  legalBases: { kind: BasisKind | null; title: string; docNumber: string | null; article: string | null; articleText: string | null }[];
  noBasisReason: string | null;
  coImplementingUnits: string[];
  serviceObjects: ServiceObject[];
  remarks: string | null;
  level: ItemLevel;
  screening: { inPowerList: boolean | null; isInternal: boolean | null; isTemporary: boolean | null };
  provincialRefCode: string | null;
  basicCode: string | null;
  implementationCode: string | null;
  guide: Omit<Guide, 'legalLimit' | 'committedLimit' | 'fee'> & {
    legalLimit: LimitValues;
    committedLimit: LimitValues;
    /** null: not answered yet (the fee element is then missing). */
    fee: { isFree: boolean | null; basis: string | null; standard: string | null };
  };
  materials: (Omit<Material, 'originalCount' | 'copyCount'> & { originalCount: number | null; copyCount: number | null })[];
  steps: ProcessStep[];
}

const text = (v: string | null | undefined): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
const count = (v: number | null | undefined): number => (typeof v === 'number' && Number.isFinite(v) ? Math.trunc(v) : 0);
const num = (v: number | null | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? Math.trunc(v) : null);

function limitOf(v: LimitValues | undefined): { value: number | null; unit: TimeUnit } | null {
  if (!v) return null;
  if (v.unit === 'immediate') return { value: null, unit: 'immediate' };
  const value = num(v.value);
  return value === null ? null : { value, unit: v.unit ?? 'working_day' };
}

const limitValues = (l: { value: number | null; unit: TimeUnit } | null): LimitValues => (l ? { value: l.value, unit: l.unit } : { value: null, unit: 'working_day' });

/** The form's values for a draft (a new item starts from emptyDraft). */
export function toFormValues(d: ItemDraft): FormValues {
  return {
    ...d,
    legalBases: d.legalBases.map((b) => ({ ...b })),
    screening: { ...d.screening },
    guide: {
      ...d.guide,
      legalLimit: limitValues(d.guide.legalLimit),
      committedLimit: limitValues(d.guide.committedLimit),
      fee: d.guide.fee ? { ...d.guide.fee } : { isFree: null, basis: null, standard: null },
    },
    materials: d.materials.map((m) => ({ ...m })),
    steps: d.steps.map((s) => ({ ...s })),
  };
}

export function newFormValues(): FormValues {
  return toFormValues({ ...emptyDraft(), guide: { ...emptyDraft().guide, handlingForms: ['window'] } });
}

/** The draft the API takes, from everything the form holds (also rows of tabs not yet opened). */
export function toDraft(v: FormValues): ItemDraft {
  const base = emptyDraft();
  const g = v.guide ?? toFormValues(base).guide;
  const fee = g.fee && g.fee.isFree !== null && g.fee.isFree !== undefined ? { isFree: g.fee.isFree, basis: g.fee.isFree ? null : text(g.fee.basis), standard: g.fee.isFree ? null : text(g.fee.standard) } : null;
  return {
    name: (v.name ?? '').trim(),
    category: v.category ?? null,
    serviceContent: text(v.serviceContent),
    legalBases: (v.legalBases ?? []).filter(Boolean).map((b) => ({
      kind: b.kind ?? null,
      title: (b.title ?? '').trim(),
      docNumber: text(b.docNumber),
      article: text(b.article),
      articleText: text(b.articleText),
    })),
    noBasisReason: text(v.noBasisReason),
    coImplementingUnits: (v.coImplementingUnits ?? []).map((u) => u.trim()).filter((u) => u !== ''),
    serviceObjects: v.serviceObjects ?? [],
    remarks: text(v.remarks),
    level: v.level ?? 'district',
    screening: {
      inPowerList: v.screening?.inPowerList ?? null,
      isInternal: v.screening?.isInternal ?? null,
      isTemporary: v.screening?.isTemporary ?? null,
    },
    provincialRefCode: text(v.provincialRefCode),
    basicCode: text(v.basicCode),
    implementationCode: text(v.implementationCode),
    guide: {
      handlingAgency: text(g.handlingAgency),
      applicationConditions: text(g.applicationConditions),
      legalLimit: limitOf(g.legalLimit),
      committedLimit: limitOf(g.committedLimit),
      caseType: (g.caseType ?? null) as CaseType | null,
      fee,
      consultation: text(g.consultation),
      complaint: text(g.complaint),
      place: text(g.place),
      hours: text(g.hours),
      handlingForms: (g.handlingForms ?? []) as HandlingForm[],
      onlineDepth: (g.onlineDepth ?? null) as OnlineDepth | null,
      visits: num(g.visits),
      visitsReason: text(g.visitsReason),
      resultName: text(g.resultName),
      resultSampleFileId: g.resultSampleFileId ?? null,
      deliveryMethod: text(g.deliveryMethod),
      offlineChannels: text(g.offlineChannels),
    },
    materials: (v.materials ?? []).filter(Boolean).map((m) => ({
      name: (m.name ?? '').trim(),
      source: text(m.source),
      originalCount: count(m.originalCount),
      copyCount: count(m.copyCount),
      media: m.media ?? 'paper',
      requirement: m.requirement ?? 'required',
      condition: m.requirement === 'conditional' ? text(m.condition) : null,
      templateFileId: m.templateFileId ?? null,
      sampleFileId: m.sampleFileId ?? null,
      notes: text(m.notes),
    })),
    steps: (v.steps ?? []).filter(Boolean).map((s) => ({
      name: (s.name ?? '').trim(),
      actor: text(s.actor),
      timeLimitDays: num(s.timeLimitDays),
      description: text(s.description),
    })),
  };
}

export function emptyMaterial(): FormValues['materials'][number] {
  return { name: '', source: '申请人自备', originalCount: 1, copyCount: 0, media: 'paper', requirement: 'required', condition: null, templateFileId: null, sampleFileId: null, notes: null };
}

export function emptyStep(): ProcessStep {
  return { name: '', actor: null, timeLimitDays: null, description: null };
}

export function emptyBasis(): FormValues['legalBases'][number] {
  return { kind: null, title: '', docNumber: null, article: null, articleText: null };
}

// ---------------------------------------------------------------------------------------------
// Tabs and field paths

export type TabKey = 'basic' | 'basis' | 'screening' | 'guide' | 'materials' | 'steps' | 'history';

export const TAB_LABELS: Record<TabKey, string> = {
  basic: '基本信息',
  basis: '办理依据',
  screening: '筛查',
  guide: '服务指南',
  materials: '申报材料',
  steps: '服务流程',
  history: '历史',
};

const TAB_OF_ROOT: Record<string, TabKey> = {
  legalBases: 'basis',
  noBasisReason: 'basis',
  screening: 'screening',
  guide: 'guide',
  materials: 'materials',
  steps: 'steps',
};

/** A finding's or a server error's path, without the request body's `draft.` prefix. */
export function cleanPath(path: string): string {
  return path.replace(/^(?:body\.)?draft\./, '');
}

/** The tab that shows a path's field. */
export function tabOf(path: string): TabKey {
  return TAB_OF_ROOT[cleanPath(path).split('.')[0]] ?? 'basic';
}

// Lists whose own path (no row) names the whole list: shown by the section's anchor.
const LIST_ROOTS = new Set(['legalBases', 'materials', 'steps']);
// Fields whose path names a part of one control: the control itself shows the problem.
const WHOLE_FIELD_ROOTS = new Set(['coImplementingUnits', 'serviceObjects']);

/** The form field (NamePath) that shows a path's problem, or null when it is a whole list. */
export function fieldNameOf(path: string): (string | number)[] | null {
  const parts: (string | number)[] = cleanPath(path)
    .split('.')
    .filter((p) => p !== '')
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  if (parts.length === 0) return null;
  const root = parts[0] as string;
  if (WHOLE_FIELD_ROOTS.has(root)) return [root];
  if (LIST_ROOTS.has(root) && parts.length === 1) return null;
  if (root === 'guide' && (parts[1] === 'legalLimit' || parts[1] === 'committedLimit')) return ['guide', parts[1], 'value'];
  if (root === 'guide' && parts[1] === 'fee' && parts.length === 2) return ['guide', 'fee', 'isFree'];
  return parts;
}

export const FORM_NAME = 'item';

/** The DOM id antd gives a field's control (`item_guide_fee_basis`), or the section anchor of a list. */
export function domIdsOf(path: string): string[] {
  const name = fieldNameOf(path);
  const root = cleanPath(path).split('.')[0];
  const ids: string[] = [];
  if (name) {
    ids.push(`${FORM_NAME}_${name.join('_')}`);
    // A row's field may not exist (e.g. condition of a required material): fall back to the row.
    if (typeof name[1] === 'number') ids.push(`row-${root}-${name[1]}`);
  }
  ids.push(`section-${root}`);
  return ids;
}

export const SEVERITY_LABELS: Record<Severity, string> = { error: '错误', incomplete: '待补充', warning: '提示' };
export const SEVERITY_COLORS: Record<Severity, string> = { error: 'red', incomplete: 'orange', warning: 'gold' };
export const SEVERITY_ORDER: Severity[] = ['error', 'incomplete', 'warning'];
