import ExcelJS from 'exceljs';
import { AppError } from '../../domain/errors.ts';

export interface TableRow {
  /** The file's own row number (Excel's, or the CSV line). */
  row: number;
  cells: Record<string, string>;
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return String(v.result ?? '');
    if ('text' in v) return String(v.text);
    if (v instanceof Date) return v.toISOString().slice(0, 10);
  }
  return String(v);
}

/** Splits CSV text (RFC 4180 quotes, commas, CRLF) into rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',' || ch === '\t') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/**
 * Reads a simple list (power list, provincial reference catalog) from .xlsx or .csv: the first row
 * whose cells name one of `headerAliases` is the header; each later non-blank row becomes a record
 * keyed by the canonical header.
 */
export async function readTable(buffer: Buffer, headerAliases: Record<string, string[]>): Promise<TableRow[]> {
  let grid: string[][];
  if (buffer.subarray(0, 2).toString('latin1') === 'PK') {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    } catch {
      throw new AppError('bad_request', '文件已损坏，无法读取 .xlsx 内容');
    }
    const ws = wb.worksheets[0];
    if (!ws) throw new AppError('bad_request', '工作簿中没有工作表');
    grid = [];
    ws.eachRow({ includeEmpty: true }, (r, n) => {
      const values: string[] = [];
      r.eachCell({ includeEmpty: true }, (c, col) => {
        values[col - 1] = cellText(c.value).trim();
      });
      grid[n - 1] = values;
    });
  } else {
    const text = buffer.toString('utf8').replace(/^\uFEFF/, '');
    const head = text.slice(0, 2000);
    // Invalid UTF-8 (a GBK file, a binary) decodes to U+FFFD; a binary also carries low control bytes.
    if (text.includes('\uFFFD') || [...head].some((ch) => ch.charCodeAt(0) < 9)) {
      throw new AppError('bad_request', '无法识别文件格式：请上传 .xlsx 或 UTF-8 编码的 .csv 文件');
    }
    grid = parseCsv(text).map((r) => r.map((c) => c.trim()));
  }
  const canonical = (h: string): string | null => {
    const key = h.replace(/\s+/g, '');
    for (const [name, aliases] of Object.entries(headerAliases)) if (aliases.includes(key)) return name;
    return null;
  };
  const headerIndex = grid.findIndex((r) => (r ?? []).filter((c) => c && canonical(c)).length >= 2);
  if (headerIndex < 0) {
    throw new AppError('bad_request', `未找到表头：需要包含“${Object.values(headerAliases).map((a) => a[0]).join('”“')}”等列`);
  }
  const columns = (grid[headerIndex] ?? []).map((h) => (h ? canonical(h) : null));
  const rows: TableRow[] = [];
  for (let i = headerIndex + 1; i < grid.length; i++) {
    const r = grid[i] ?? [];
    if (r.every((c) => !c)) continue;
    const cells: Record<string, string> = {};
    columns.forEach((name, j) => {
      if (name) cells[name] = (r[j] ?? '').trim();
    });
    // A repeated header row is not data.
    if (Object.entries(cells).every(([k, v]) => !v || canonical(v) === k)) continue;
    rows.push({ row: i + 1, cells });
  }
  return rows;
}
