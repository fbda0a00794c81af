import type { units } from '../../db/schema/index.ts';

export const UNIT_KIND_LABELS: Record<string, string> = {
  department: '区政府工作部门',
  institution: '区政府直属事业单位',
  other: '其他单位',
  office: '工作机构',
  sub_unit: '部门管理机构、所属事业单位',
  township: '乡镇（街道）',
};

export const UNIT_LEVEL_LABELS: Record<string, string> = { district: '区级', township: '乡级' };

export type UnitKind = 'department' | 'institution' | 'other' | 'office' | 'sub_unit' | 'township';
export type UnitLevel = 'district' | 'township';

export interface UnitView {
  id: string;
  regionCode: string;
  parentId: string | null;
  kind: UnitKind;
  kindLabel: string;
  level: UnitLevel;
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

/** Shapes a unit row and its alias names for the API. */
export function presentUnit(row: typeof units.$inferSelect, aliases: string[]): UnitView {
  return {
    id: row.id,
    regionCode: row.regionCode,
    parentId: row.parentId,
    kind: row.kind as UnitKind,
    kindLabel: UNIT_KIND_LABELS[row.kind] ?? row.kind,
    level: row.level as UnitLevel,
    levelLabel: UNIT_LEVEL_LABELS[row.level] ?? row.level,
    fullName: row.fullName,
    shortName: row.shortName,
    aliases,
    creditCode: row.creditCode,
    phone: row.phone,
    address: row.address,
    sortOrder: row.sortOrder,
    version: row.version,
  };
}
