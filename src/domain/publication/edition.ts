import type { ChangeKind } from './adjustment.ts';

/** One line of an edition: the item and the version it shows. */
export interface EditionEntry {
  itemId: string;
  versionId: string;
}

/** A version the publisher chose for a new edition. */
export interface ChosenVersion extends EditionEntry {
  changeKind: ChangeKind;
}

/**
 * 目录版本的组成: the new edition is the previous one with each chosen version replacing or adding its
 * item's line, and items whose chosen version cancels them left out. Every item appears once.
 */
export function composeEdition(previous: readonly EditionEntry[], chosen: readonly ChosenVersion[]): EditionEntry[] {
  const lines = new Map<string, EditionEntry>(previous.map((e) => [e.itemId, { itemId: e.itemId, versionId: e.versionId }]));
  for (const c of chosen) {
    if (c.changeKind === 'cancel') lines.delete(c.itemId);
    else lines.set(c.itemId, { itemId: c.itemId, versionId: c.versionId });
  }
  return [...lines.values()];
}

/** What changed between two editions, by item: added, changed (another version shown) and cancelled. */
export function compareEditions<T extends EditionEntry>(from: readonly T[], to: readonly T[]): { added: T[]; changed: { before: T; after: T }[]; cancelled: T[] } {
  const before = new Map(from.map((e) => [e.itemId, e]));
  const after = new Map(to.map((e) => [e.itemId, e]));
  return {
    added: to.filter((e) => !before.has(e.itemId)),
    changed: to.filter((e) => before.has(e.itemId) && before.get(e.itemId)!.versionId !== e.versionId).map((e) => ({ before: before.get(e.itemId)!, after: e })),
    cancelled: from.filter((e) => !after.has(e.itemId)),
  };
}

/** The default title of edition `n`: 武陵源区公共服务事项目录（第N版）. */
export function defaultEditionTitle(regionName: string, n: number): string {
  return `${regionName}公共服务事项目录（第${n}版）`;
}

/** Does an edition effective on `effectiveOn` go live on `today` (both YYYY-MM-DD, China time)? */
export function isDue(effectiveOn: string, today: string): boolean {
  return effectiveOn <= today;
}
