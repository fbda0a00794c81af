/**
 * Content-Disposition for a download with a Chinese file name: an ASCII `filename` for old clients and
 * the real name as RFC 5987 / RFC 6266 `filename*=UTF-8''…`.
 */
export function contentDisposition(fileName: string, asciiFallback: string): string {
  // Characters no file system takes, and control characters, become _.
  const safe = Array.from(fileName, (ch) => (/[\\/:*?"<>|]/.test(ch) || ch.charCodeAt(0) < 0x20 || ch === '\x7f' ? '_' : ch)).join('');
  const encoded = encodeURIComponent(safe).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const fallback = asciiFallback.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
