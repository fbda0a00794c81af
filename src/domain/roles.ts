/** The roles of SPEC section 1, with the Chinese names the UI shows. */
export const ROLES = {
  unit_editor: '单位填报员',
  unit_head: '单位负责人',
  parent_reviewer: '主管部门审核员',
  district_reviewer: '区政务公开政务服务管理办公室审核员',
  legal_reviewer: '区政府法制办审查员',
  publisher: '发布员',
  case_handler: '办件人员',
  window_clerk: '综合窗口人员',
  admin: '系统管理员',
  security_officer: '安全管理员',
  auditor: '安全审计员',
} as const;

export type Role = keyof typeof ROLES;
export const ROLE_CODES = Object.keys(ROLES) as Role[];

/** 三员分立: the system administrator, the security officer and the auditor are three different people. */
export const SEPARATED_ROLES: readonly Role[] = ['admin', 'security_officer', 'auditor'];

/** Roles whose scope is the whole region rather than the user's own unit. */
export const REGION_ROLES: readonly Role[] = ['district_reviewer', 'legal_reviewer', 'publisher', 'window_clerk', 'admin', 'security_officer', 'auditor'];

/** Roles that must use a second factor (TOTP). */
export const MFA_REQUIRED_ROLES: readonly Role[] = ['admin'];

export function isRole(value: string): value is Role {
  return Object.prototype.hasOwnProperty.call(ROLES, value);
}

/** Checks a set of roles for 三员分立 and unknown codes; returns Chinese messages (empty = fine). */
export function checkRoleSet(roles: readonly string[]): string[] {
  const problems: string[] = [];
  for (const r of roles) if (!isRole(r)) problems.push(`未知角色：${r}`);
  const separated = roles.filter((r) => (SEPARATED_ROLES as readonly string[]).includes(r));
  if (separated.length > 1) {
    problems.push(`三员分立：系统管理员、安全管理员、安全审计员不能由同一账户兼任（${separated.map((r) => ROLES[r as Role]).join('、')}）`);
  }
  if (roles.length === 0) problems.push('至少需要一个角色');
  return problems;
}
