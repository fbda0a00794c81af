/** Shapes of the JSON API (/api/v1) as the back office reads them. */

import type { Finding, ItemDraft } from '../../domain/catalog/item.ts';
import type { Role as DomainRole } from '../../domain/roles.ts';

export type RoleCode = DomainRole;

export interface Me {
  user: {
    id: string;
    username: string;
    displayName: string;
    unitId: string;
    unitName: string;
    regionCode: string;
    roles: RoleCode[];
    roleLabels: string[];
    totpEnabled: boolean;
  };
  csrfToken: string;
  mfaState: 'complete' | 'enroll_required';
  mustChangePassword: boolean;
  idleTimeoutMinutes: number;
}

export type UnitKind = 'department' | 'institution' | 'other' | 'office' | 'sub_unit' | 'township';

export interface Unit {
  id: string;
  regionCode: string;
  parentId: string | null;
  kind: UnitKind;
  kindLabel: string;
  level: 'district' | 'township';
  levelLabel: string;
  fullName: string;
  shortName: string;
  aliases: string[];
  creditCode: string | null;
  phone: string | null;
  address: string | null;
  sortOrder: number;
  version: number;
}

/** 'update' and 'add_child' for administrators; 'update_contact' for the unit's own head. */
export type UnitAction = 'update' | 'add_child' | 'update_contact';

export interface UnitDetail extends Unit {
  actions: UnitAction[];
}

export interface UnitSuggestion {
  unitId: string;
  fullName: string;
  matchedName: string;
  score: number;
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  unitId: string;
  unitName: string;
  roles: RoleCode[];
  roleLabels: string[];
  phone: string | null;
  email: string | null;
  isDisabled: boolean;
  isLocked: boolean;
  lockedUntil: string | null;
  totpEnabled: boolean;
  mustChangePassword: boolean;
  lastLoginAt: string | null;
  version: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface AuditEntry {
  id: number;
  at: string;
  regionCode: string | null;
  userId: string | null;
  username: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  success: boolean;
  sourceIp: string | null;
  requestId: string | null;
  oldValues: unknown;
  newValues: unknown;
  detail: string | null;
}

export interface AuditPage extends Page<AuditEntry> {
  actionLabels: Record<string, string>;
}

export interface Role {
  code: RoleCode;
  name: string;
}

/** One row of 事项清单 (GET /items). */
export interface ItemRow {
  id: string;
  code: string;
  unitId: string;
  unitName: string;
  unitShortName: string;
  versionNumber: number;
  state: string;
  name: string;
  category: 'on_application' | 'proactive' | null;
  serviceObjects: string[];
  errorCount: number;
  incompleteCount: number;
  warningCount: number;
  completeness: number;
  updatedAt: string;
}

/** 完整度: the category's required guide elements, filled or missing (by their Chinese labels). */
export interface Completeness {
  filled: number;
  required: number;
  percent: number;
  missing: string[];
}

/** One item with its newest version (GET /items/:id). */
export interface ItemDetail {
  id: string;
  code: string;
  unitId: string;
  unitName: string;
  versionId: string;
  versionNumber: number;
  state: string;
  lockVersion: number;
  updatedAt: string;
  draft: ItemDraft;
  findings: Finding[];
  completeness: Completeness;
  actions: string[];
  /** The review decision that returned the previous version (when this draft came from a return). */
  lastReturn: ReturnNotice | null;
}

export interface ReturnNotice {
  versionNumber: number;
  stage: string;
  comment: string | null;
  fieldComments: { path: string; comment: string }[];
  decidedByName: string;
  decidedAt: string;
}

export interface CheckResult {
  findings: Finding[];
  completeness: Completeness;
}

export interface ItemHistoryEntry {
  id: number;
  at: string;
  username: string | null;
  action: string;
  detail: string | null;
  oldValues: unknown;
  newValues: unknown;
}

/** One problem of an imported filing form, at the spreadsheet's own row and the column's header. */
export interface ImportProblem {
  row: number | null;
  column: string | null;
  code: string;
  message: string;
}

/** 导入备案表 report (dry run or real run). */
export interface ImportReport {
  file: string | null;
  unit: string | null;
  rowsRead: number;
  created: number;
  updated: number;
  unchanged: number;
  warnings: ImportProblem[];
  errors: ImportProblem[];
}
