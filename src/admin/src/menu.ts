import { AlertOutlined, AppstoreOutlined, AuditOutlined, BellOutlined, CalendarOutlined, DatabaseOutlined, FileDoneOutlined, FlagOutlined, HomeOutlined, IdcardOutlined, ProfileOutlined, SendOutlined, SolutionOutlined, TeamOutlined } from '@ant-design/icons';
import type { ComponentType } from 'react';
import type { RoleCode } from './types.ts';

/** One entry of the side menu. Later modules add theirs here; `roles` omitted = everyone signed in. */
export interface MenuEntry {
  key: string;
  path: string;
  label: string;
  icon: ComponentType;
  roles?: RoleCode[];
  /** Shown on the 工作台 as a quick link. */
  description?: string;
}

export const MENU: MenuEntry[] = [
  { key: 'home', path: '/', label: '工作台', icon: HomeOutlined },
  {
    key: 'catalog',
    path: '/catalog',
    label: '事项清单',
    icon: ProfileOutlined,
    roles: ['unit_editor', 'unit_head', 'parent_reviewer', 'district_reviewer', 'legal_reviewer', 'publisher', 'admin'],
    description: '编制本单位公共服务事项和服务指南，导入导出备案表',
  },
  {
    key: 'submission',
    path: '/submission',
    label: '征求意见与报送',
    icon: SendOutlined,
    roles: ['unit_editor', 'unit_head', 'parent_reviewer', 'case_handler'],
    description: '发起征求意见、答复意见，记录班子会议，签署并报送本单位清单；对其他单位的清单提出意见',
  },
  {
    key: 'review',
    path: '/review',
    label: '审核工作台',
    icon: SolutionOutlined,
    roles: ['parent_reviewer', 'district_reviewer', 'legal_reviewer'],
    description: '签收送审稿，逐项审核或合法性审查，退回修改',
  },
  {
    key: 'campaigns',
    path: '/campaigns',
    label: '梳理工作',
    icon: FlagOutlined,
    roles: ['district_reviewer', 'legal_reviewer', 'publisher', 'admin'],
    description: '梳理工作进度：各单位状态、逾期单位、待审核事项',
  },
  {
    key: 'editions',
    path: '/editions',
    label: '目录发布',
    icon: FileDoneOutlined,
    roles: ['publisher', 'district_reviewer', 'legal_reviewer', 'admin', 'unit_editor', 'unit_head'],
    description: '以政府文件发布目录版本，比较各版本的差异',
  },
  {
    key: 'error-reports',
    path: '/error-reports',
    label: '纠错处理',
    icon: AlertOutlined,
    roles: ['unit_editor', 'unit_head', 'case_handler', 'district_reviewer', 'admin'],
    description: '答复公众对本单位事项提出的纠错，处理被举报的公开内容',
  },
  {
    key: 'power-list',
    path: '/power-list',
    label: '权力清单与省级目录',
    icon: DatabaseOutlined,
    roles: ['district_reviewer', 'admin'],
    description: '导入权力清单和省级参照目录，查看各单位认领情况',
  },
  {
    key: 'units',
    path: '/units',
    label: '单位管理',
    icon: AppstoreOutlined,
    description: '查看本区各单位的规范全称、简称、别名和联系方式',
  },
  {
    key: 'users',
    path: '/users',
    label: '用户管理',
    icon: TeamOutlined,
    roles: ['admin', 'security_officer', 'unit_head', 'unit_editor'],
    description: '账户、角色、停用与解锁',
  },
  {
    key: 'audit',
    path: '/audit',
    label: '审计日志',
    icon: AuditOutlined,
    roles: ['auditor'],
    description: '查询登录、账户和单位变更等操作记录',
  },
  {
    key: 'calendar',
    path: '/calendar',
    label: '工作日历',
    icon: CalendarOutlined,
    roles: ['admin'],
    description: '法定节假日和调休上班日，用于计算工作日',
  },
  {
    key: 'notifications',
    path: '/notifications',
    label: '消息通知',
    icon: BellOutlined,
    description: '提醒、催办和审核结果通知',
  },
  {
    key: 'profile',
    path: '/profile',
    label: '个人中心',
    icon: IdcardOutlined,
    description: '修改密码、绑定动态口令',
  },
];

/** May a user holding `roles` open the entry? */
export function canSee(entry: MenuEntry, roles: readonly RoleCode[]): boolean {
  return !entry.roles || entry.roles.some((r) => roles.includes(r));
}

/** The entry whose path is the longest prefix of `pathname`. */
export function entryFor(pathname: string): MenuEntry | undefined {
  return [...MENU]
    .filter((e) => (e.path === '/' ? pathname === '/' : pathname === e.path || pathname.startsWith(`${e.path}/`)))
    .sort((a, b) => b.path.length - a.path.length)[0];
}
