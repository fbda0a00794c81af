import { ROLES, SEPARATED_ROLES as DOMAIN_SEPARATED_ROLES } from '../../domain/roles.ts';
import type { RoleCode } from './types.ts';

/** What each role does (SPEC §1), shown beside the role picker. */
export const ROLE_HINTS: Record<RoleCode, string> = {
  unit_editor: '填报本单位事项和服务指南',
  unit_head: '组织班子会议审核并报送本单位清单',
  parent_reviewer: '审核汇总所属单位的清单',
  district_reviewer: '集中审核各单位报送的事项',
  legal_reviewer: '对事项进行合法性审查',
  publisher: '以政府文件发布清单',
  case_handler: '受理、办理网上申请，答复咨询',
  window_clerk: '综合窗口登记现场申请',
  admin: '管理用户、角色、单位',
  security_officer: '账户安全、解锁账户',
  auditor: '查看审计日志',
};

/** Names and 三员分立 come from the server's own domain module, so the two never drift apart. */
export const ROLE_NAMES: Record<RoleCode, string> = ROLES;

/** 三员分立: these three are held by three different accounts. */
export const SEPARATED_ROLES: readonly RoleCode[] = DOMAIN_SEPARATED_ROLES;

export const SEPARATION_NOTE = '三员分立：系统管理员、安全管理员、安全审计员须由不同账户担任，同一账户只能选择其中之一。';

/** Colours of role tags: the three separated roles stand out. */
export function roleColor(code: RoleCode): string {
  if (code === 'admin') return 'volcano';
  if (code === 'security_officer') return 'purple';
  if (code === 'auditor') return 'cyan';
  return 'blue';
}
