/** Files out of the catalog: downloads (.xlsx / .docx) and print views in a new tab. */
import { api, ApiError } from '../../api.ts';
import { errorText } from '../../util.ts';

type Query = Record<string, string | number | undefined>;

/** The message for a failed download or print view; a route the server does not have yet says so plainly. */
export function fileErrorText(what: string, error: unknown): string {
  if (error instanceof ApiError && error.status === 404 && error.code === 'not_found' && error.detail === '请求的资源不存在') {
    return `${what}失败：服务器暂未提供该功能（接口不存在），请联系系统管理员`;
  }
  return `${what}失败：${errorText(error)}`;
}

/** Hands a Blob to the browser as a download named `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Fetches a file from the API and saves it; throws ApiError (with the server's Chinese detail) on failure. */
export async function downloadFile(path: string, query: Query, fallbackName: string): Promise<string> {
  const { blob, fileName } = await api.download(path, query, fallbackName);
  saveBlob(blob, fileName);
  return fileName;
}

/**
 * Opens a print view (A4 HTML) in a new tab. The tab is opened at once (a popup blocker lets it through
 * only during the click), then sent to the view once the server has said it is there; otherwise it is
 * closed again and the error thrown, so a missing view never leaves a tab of raw JSON behind.
 */
export async function openPrintView(path: string): Promise<void> {
  const tab = window.open('', '_blank');
  if (tab) {
    tab.document.title = '正在生成打印预览…';
    tab.document.body.innerHTML = '<p style="font:16px sans-serif;color:#555;padding:48px;text-align:center">正在生成打印预览，请稍候…</p>';
  }
  try {
    let response: Response;
    try {
      response = await fetch(`/api/v1${path}`, { credentials: 'same-origin', headers: { Accept: 'text/html' } });
    } catch {
      throw new ApiError(0, {});
    }
    if (!response.ok) {
      let problem: Record<string, unknown> = {};
      try {
        problem = (await response.json()) as Record<string, unknown>;
      } catch {
        problem = {};
      }
      throw new ApiError(response.status, problem);
    }
    if (tab) tab.location.href = `/api/v1${path}`;
    else window.location.assign(`/api/v1${path}`);
  } catch (error) {
    tab?.close();
    throw error;
  }
}
