import type { FormInstance } from 'antd';
import { ApiError } from './api.ts';

/** The Chinese message to show for a failed request. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.detail;
  return '操作失败，请稍后重试';
}

/**
 * Puts the server's field problems (`errors: [{path, message}]`) on the form's fields. A path such as
 * `aliases.1` lands on `aliases`. Returns true when at least one field received a message.
 */
export function showFieldErrors(form: FormInstance, error: unknown, fields: readonly string[]): boolean {
  if (!(error instanceof ApiError) || error.errors.length === 0) return false;
  const byField = new Map<string, string[]>();
  for (const problem of error.errors) {
    const name = problem.path.split('.')[0];
    if (!fields.includes(name)) continue;
    byField.set(name, [...(byField.get(name) ?? []), problem.message]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return byField.size > 0;
}

const BEIJING = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** `YYYY-MM-DD HH:mm:ss` in Beijing time (the records' legal time, whatever the PC's clock zone), or a dash. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const p = Object.fromEntries(BEIJING.formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

/** Copies text, also on plain-HTTP intranet deployments where the Clipboard API is not available. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the older way
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

/** 密码策略 as the server enforces it (SPEC §8). */
export const PASSWORD_HINT = '至少8位，包含大写字母、小写字母、数字、符号中的至少三类';

/** A client-side mirror of the policy (src/domain/password-policy.ts), for instant feedback; the server has the last word. */
export function passwordProblem(value: string, username?: string): string | null {
  if (Array.from(value).length < 8) return '密码至少8位';
  const classes = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
  if (classes < 3) return '需包含大写字母、小写字母、数字、符号中的至少三类';
  const name = (username ?? '').trim().toLowerCase();
  if (name.length >= 3 && value.toLowerCase().includes(name)) return '密码不能包含用户名';
  return null;
}
