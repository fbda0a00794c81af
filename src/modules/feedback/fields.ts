/**
 * 纠错: the guide elements a report may concern (the form's select), and how reports read to people.
 * Shared by the commands, the back office API and the portal's form.
 */

/** The elements of an item's page a member of the public may say is wrong, in the page's order. */
export const REPORT_FIELDS = [
  { path: 'name', label: '事项名称' },
  { path: 'serviceContent', label: '服务内容' },
  { path: 'legalBases', label: '办理依据' },
  { path: 'guide.handlingAgency', label: '承办机构' },
  { path: 'coImplementingUnits', label: '共同实施单位' },
  { path: 'serviceObjects', label: '服务对象' },
  { path: 'guide.applicationConditions', label: '申请条件' },
  { path: 'materials', label: '申报材料' },
  { path: 'steps', label: '服务流程' },
  { path: 'guide.timeLimits', label: '办理时限' },
  { path: 'guide.fee', label: '收费依据及标准' },
  { path: 'guide.consultation', label: '咨询方式' },
  { path: 'guide.place', label: '办理地点' },
  { path: 'guide.hours', label: '办公时间' },
  { path: 'guide.complaint', label: '监督投诉方式' },
  { path: 'guide.handlingForms', label: '办理形式' },
  { path: 'guide.onlineDepth', label: '网办深度' },
  { path: 'guide.visits', label: '到办事现场次数' },
  { path: 'guide.result', label: '办理结果' },
  { path: 'guide.offlineChannels', label: '线下办理渠道' },
] as const;

export type ReportFieldPath = (typeof REPORT_FIELDS)[number]['path'];
export const REPORT_FIELD_PATHS = REPORT_FIELDS.map((f) => f.path) as [ReportFieldPath, ...ReportFieldPath[]];

/** 办理时限, or 事项整体 when the report names no element. */
export function fieldLabel(path: string | null): string {
  if (!path) return '事项整体';
  return REPORT_FIELDS.find((f) => f.path === path)?.label ?? path;
}

export const BODY_MIN = 10;
export const BODY_MAX = 1000;
export const ANSWER_MAX = 2000;
export const REASON_MAX = 200;

/** Requests an address may make to each writing route per hour: a flood guard (filing also counts reports, 5 an hour). */
export const FLOOD_LIMIT = { max: 30, timeWindow: '1 hour' } as const;

/** How many reports from different addresses hide a text until a moderator decides. */
export const FLAGS_TO_HIDE = 3;

/** What the public and the back office call a report's state. */
export type PublicStatus = 'open' | 'answered' | 'closed' | 'hidden' | 'removed';

export const PUBLIC_STATUS_LABELS: Record<PublicStatus, string> = {
  open: '待答复',
  answered: '已答复',
  closed: '已办结',
  hidden: '已隐藏，待审核',
  removed: '经审核不予公开',
};

/** A report's state as people see it: moderation first (a hidden text is hidden whatever its answer). */
export function publicStatus(r: { status: string; isHidden: boolean; moderation: string | null }): PublicStatus {
  if (r.moderation === 'removed') return 'removed';
  if (r.isHidden) return 'hidden';
  return r.status === 'answered' ? 'answered' : r.status === 'closed' ? 'closed' : 'open';
}

/** 手机号码 (11 digits, 1[3-9]…) or 固定电话 (area code 0xx/0xxx, 7–8 digits, optional hyphen and extension). */
export function normalizePhone(input: string): string {
  return input
    .replace(/[\uFF10-\uFF19]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\uFF0D\u2013\u2014]/g, '-')
    .replace(/[\s()（）]/g, '');
}

export function isValidPhone(input: string): boolean {
  const p = normalizePhone(input).replace(/^(?:\+86|0086)/, '');
  return /^1[3-9]\d{9}$/.test(p) || /^0\d{2,3}-?\d{7,8}(?:-\d{1,6})?$/.test(p);
}

export const PHONE_MESSAGE = '联系电话应为11位手机号码或带区号的固定电话（如 0744-5618000）';
