import { ROLE_CODES, type Role } from '../../../src/domain/roles.ts';
import type { TestUser } from '../../factories/users.ts';
import { ApiClient } from '../../support/http.ts';
import type { TestApp } from '../../support/test-app.ts';

export type Who = 'anonymous' | Role;
export const WHO: Who[] = ['anonymous', ...ROLE_CODES];
export const UNIT_ROLES: Role[] = ['unit_editor', 'unit_head', 'parent_reviewer', 'case_handler'];

export interface Fixtures {
  t: TestApp;
  unitA: string;
  unitB: string;
  userB: TestUser;
  /** An item of unit A (区教育局), in draft. */
  itemA: string;
  /** A template file of unit A. */
  fileA: string;
  throwaway: TestUser;
  who: Who;
  users: Map<Who, TestUser>;
  seq: () => number;
  /** Creates a fixture once per test app (lazily, the first time a row needs it) and reuses it. */
  memo<T>(key: string, make: () => Promise<T>): Promise<T>;
}

export interface Row {
  method: string;
  url: string;
  /** What is being checked, for the test name. */
  note?: string;
  /** Who gets the `ok` answer; everyone else gets `denied` (403 unless given), anonymous 401. */
  allowed: Who[] | 'everyone' | 'authenticated';
  ok: number | ({ default: number } & Partial<Record<Who, number>>);
  denied?: number | ({ default: number } & Partial<Record<Who, number>>);
  call(c: ApiClient, f: Fixtures): Promise<{ statusCode: number }>;
}

export async function versionOf(c: ApiClient, path: string): Promise<number> {
  return (await c.app.inject({ method: 'GET', url: path })).json().version;
}

export const CATALOG_READERS_OF_A: Who[] = [...UNIT_ROLES, 'district_reviewer', 'legal_reviewer', 'publisher', 'admin'];
export const NOT_READERS_OF_A = { default: 403, window_clerk: 404, security_officer: 404, auditor: 404 } as const;

export async function lockVersionOf(f: Fixtures): Promise<number> {
  const [row] = (await f.t.ctx.database.executeSql('select v.lock_version from item_versions v join items i on i.id = v.item_id and v.number = i.latest_version where i.id = $1', [f.itemA])).rows;
  return Number(row.lock_version);
}

