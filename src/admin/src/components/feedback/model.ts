/** Shapes of the 纠错 API (/api/v1/error-reports) as the back office reads them. */

export type InboxTab = 'open' | 'answered' | 'flagged' | 'all';
export type PublicStatus = 'open' | 'answered' | 'closed' | 'hidden' | 'removed';

export interface ErrorReport {
  id: string;
  reference: string;
  status: 'open' | 'answered' | 'closed';
  publicStatus: PublicStatus;
  publicStatusLabel: string;
  itemId: string;
  itemCode: string;
  itemName: string;
  unitId: string;
  unitName: string;
  fieldPath: string | null;
  fieldLabel: string;
  body: string;
  contactName: string | null;
  contactPhone: string | null;
  phoneMasked: boolean;
  createdAt: string;
  answer: string | null;
  answeredAt: string | null;
  answeredByName: string | null;
  flagCount: number;
  isHidden: boolean;
  moderation: 'visible' | 'removed' | null;
  moderatedAt: string | null;
  actions: string[];
}

export interface ErrorReportDetail extends ErrorReport {
  flags: { reason: string; createdAt: string }[];
}

export interface Inbox {
  items: ErrorReport[];
  total: number;
  page: number;
  pageSize: number;
  counts: Record<InboxTab, number>;
  canModerate: boolean;
}

export const STATUS_COLORS: Record<PublicStatus, string> = {
  open: 'orange',
  answered: 'green',
  closed: 'default',
  hidden: 'red',
  removed: 'default',
};

/** Whole days between an ISO instant and now, for “已等待 N 天”. */
export function daysSince(iso: string, now = Date.now()): number {
  return Math.max(0, Math.floor((now - new Date(iso).getTime()) / 86_400_000));
}
