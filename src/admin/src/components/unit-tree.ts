import type { Unit, UnitKind } from '../types.ts';

/** The groups of the notice's Attachment 1, in its order, then the townships. */
export const UNIT_GROUPS: { kind: UnitKind; title: string }[] = [
  { kind: 'department', title: '区政府工作部门' },
  { kind: 'institution', title: '区政府直属事业单位' },
  { kind: 'other', title: '其他单位' },
  { kind: 'office', title: '工作机构' },
  { kind: 'sub_unit', title: '部门管理机构、所属事业单位' },
  { kind: 'township', title: '乡镇（街道）' },
];

export interface UnitNode {
  key: string;
  unit: Unit;
  children: UnitNode[];
  /** The name that matched the search, when it is not the short name shown. */
  matchedName?: string;
}

export interface UnitGroup {
  key: string;
  title: string;
  kind: UnitKind;
  /** Units at the top of the group (sub-units are counted under their parent). */
  count: number;
  children: UnitNode[];
}

/** Folds width, case and spaces so 区政府办(区金融办) finds 区政府办（区金融办）. */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

function bySortOrder(a: Unit, b: Unit): number {
  return a.sortOrder - b.sortOrder || a.fullName.localeCompare(b.fullName, 'zh-CN');
}

/** Nests sub-units under their parent (parentId) and puts the top units in their kind's group. */
export function buildUnitTree(units: Unit[]): UnitGroup[] {
  const ids = new Set(units.map((u) => u.id));
  const childrenOf = new Map<string, Unit[]>();
  const roots: Unit[] = [];
  for (const unit of units) {
    if (unit.parentId && ids.has(unit.parentId)) childrenOf.set(unit.parentId, [...(childrenOf.get(unit.parentId) ?? []), unit]);
    else roots.push(unit);
  }
  const node = (unit: Unit): UnitNode => ({ key: unit.id, unit, children: (childrenOf.get(unit.id) ?? []).sort(bySortOrder).map(node) });
  return UNIT_GROUPS.map((group) => {
    const children = roots.filter((u) => u.kind === group.kind).sort(bySortOrder).map(node);
    return { key: `group:${group.kind}`, title: group.title, kind: group.kind, count: children.length, children };
  }).filter((group) => group.children.length > 0 || group.kind !== 'sub_unit');
}

/** The short name when it matches, else the shortest matching full name or alias. */
function matchName(unit: Unit, q: string): string | null {
  if (normalize(unit.shortName).includes(q)) return unit.shortName;
  const hits = [unit.fullName, ...unit.aliases].filter((name) => normalize(name).includes(q));
  return hits.sort((a, b) => a.length - b.length)[0] ?? null;
}

/**
 * Keeps the units whose full name, short name or an alias contains `query`, with their ancestors (to
 * show where they sit) and their sub-units. Empty groups drop out.
 */
export function filterUnitTree(groups: UnitGroup[], query: string): UnitGroup[] {
  const q = normalize(query);
  if (!q) return groups;
  const visit = (n: UnitNode): UnitNode | null => {
    const matched = matchName(n.unit, q);
    if (matched) return { ...n, matchedName: matched === n.unit.shortName ? undefined : matched };
    const children = n.children.map(visit).filter((c): c is UnitNode => c !== null);
    return children.length > 0 ? { ...n, children } : null;
  };
  return groups
    .map((g) => ({ ...g, children: g.children.map(visit).filter((c): c is UnitNode => c !== null) }))
    .filter((g) => g.children.length > 0);
}

/** Every key in the tree that has children, for expanding all. */
export function parentKeys(groups: UnitGroup[]): string[] {
  const keys: string[] = [];
  const walk = (n: UnitNode) => {
    if (n.children.length > 0) keys.push(n.key);
    n.children.forEach(walk);
  };
  for (const g of groups) {
    keys.push(g.key);
    g.children.forEach(walk);
  }
  return keys;
}

/** The keys from the group down to the parent of `unitId`. */
export function ancestorKeys(units: Unit[], unitId: string): string[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const keys: string[] = [];
  let unit = byId.get(unitId);
  while (unit?.parentId && byId.has(unit.parentId)) {
    keys.unshift(unit.parentId);
    unit = byId.get(unit.parentId);
  }
  if (unit) keys.unshift(`group:${unit.kind}`);
  return keys;
}

export function countMatches(groups: UnitGroup[]): number {
  let n = 0;
  const walk = (node: UnitNode) => {
    n += 1;
    node.children.forEach(walk);
  };
  groups.forEach((g) => g.children.forEach(walk));
  return n;
}
