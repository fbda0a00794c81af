/** 动态调整: what a version proposes (`changeKind`) and why (`changeTrigger`), SPEC §5 "Adjustment". */

export const CHANGE_KINDS = ['new', 'change', 'cancel'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** 新增 / 变更 / 取消, as the publisher's list and the edition diff show them. */
export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = { new: '新增', change: '变更', cancel: '取消' };

/** 调整事由: the database's CHECK constraint lists the same codes. */
export const CHANGE_TRIGGERS = ['law_made', 'law_changed', 'law_repealed', 'higher_level_change', 'functions_changed', 'public_feedback', 'other'] as const;
export type ChangeTrigger = (typeof CHANGE_TRIGGERS)[number];

export const CHANGE_TRIGGER_LABELS: Record<ChangeTrigger, string> = {
  law_made: '法律法规立改废-新制定',
  law_changed: '法律法规立改废-修改',
  law_repealed: '法律法规立改废-废止',
  higher_level_change: '上级调整',
  functions_changed: '职能调整',
  public_feedback: '群众反馈',
  other: '其他',
};

export function isChangeTrigger(value: string | null | undefined): value is ChangeTrigger {
  return (CHANGE_TRIGGERS as readonly (string | null | undefined)[]).includes(value);
}
