/** 目录发布 in the back office: the shapes the publication API answers with, and their labels. */
import type { FieldChange } from '../../../../domain/catalog/diff.ts';
import { CHANGE_KIND_LABELS, CHANGE_TRIGGER_LABELS, CHANGE_TRIGGERS, type ChangeKind, type ChangeTrigger } from '../../../../domain/publication/adjustment.ts';

export { CHANGE_KIND_LABELS, CHANGE_TRIGGER_LABELS, type ChangeKind, type ChangeTrigger };

export const CHANGE_KIND_COLORS: Record<ChangeKind, string> = { new: 'green', change: 'blue', cancel: 'red' };

export const TRIGGER_OPTIONS = CHANGE_TRIGGERS.map((value) => ({ value, label: CHANGE_TRIGGER_LABELS[value] }));

export function triggerLabel(code: string | null | undefined): string {
  return code ? (CHANGE_TRIGGER_LABELS[code as ChangeTrigger] ?? code) : '';
}

export interface Edition {
  number: number;
  title: string;
  docNumber: string;
  publishedOn: string;
  effectiveOn: string;
  wentLiveAt: string | null;
  itemCount: number;
  state: 'live' | 'pending';
  isCurrent: boolean;
}

export interface EditionList {
  today: string;
  current: number | null;
  items: Edition[];
}

interface ChangeFields {
  changeKind: string;
  changeReason: string | null;
  changeTrigger: string | null;
}

export interface Candidate extends ChangeFields {
  versionId: string;
  itemId: string;
  code: string;
  name: string;
  category: string | null;
  versionNumber: number;
  approvedAt: string;
}

export interface Candidates {
  nextNumber: number;
  defaultTitle: string;
  today: string;
  live: Edition | null;
  pending: Edition | null;
  total: number;
  units: { unitId: string; unitName: string; items: Candidate[] }[];
}

export interface DiffItem extends ChangeFields {
  itemId: string;
  code: string;
  name: string;
  category: string | null;
  unitName: string;
  versionNumber: number;
}

export interface EditionDiff {
  from: Edition;
  to: Edition;
  added: DiffItem[];
  changed: { item: DiffItem & { previousVersionNumber: number }; changes: FieldChange[] }[];
  cancelled: DiffItem[];
}

/** Whole days from `today` to `date` (both YYYY-MM-DD). */
export function daysBetween(today: string, date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
