import { describe, expect, it } from 'vitest';
import { checkRoleSet, isRole, ROLE_CODES, ROLES } from '../../src/domain/roles.ts';

describe('roles', () => {
  it('are the eleven of SPEC section 1 and 8, each with its Chinese name', () => {
    expect(ROLE_CODES).toHaveLength(11);
    expect(ROLES.unit_editor).toBe('单位填报员');
    expect(ROLES.auditor).toBe('安全审计员');
    expect(isRole('admin')).toBe(true);
    expect(isRole('toString')).toBe(false);
  });

  it('keep administrator, security officer and auditor apart (三员分立)', () => {
    expect(checkRoleSet(['admin'])).toEqual([]);
    expect(checkRoleSet(['unit_editor', 'unit_head', 'case_handler'])).toEqual([]);
    expect(checkRoleSet(['admin', 'auditor'])[0]).toContain('三员分立');
    expect(checkRoleSet(['security_officer', 'auditor'])[0]).toContain('安全管理员、安全审计员');
  });

  it('refuse an empty set and unknown codes', () => {
    expect(checkRoleSet([])).toEqual(['至少需要一个角色']);
    expect(checkRoleSet(['emperor'])).toEqual(['未知角色：emperor']);
  });
});
