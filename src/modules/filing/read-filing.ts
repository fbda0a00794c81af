/**
 * 读取备案表: finds the filing form's table (Attachment 2 of the notice) in an .xlsx as departments
 * really send it — a title and the 报送单位 line above, merged or broken header cells, repeated headers
 * at page breaks, blank rows, notes and signatures below — and returns its item rows as text by column.
 * Nothing here knows about units or rules; rows-to-drafts.ts gives the text its meaning.
 */
import ExcelJS from 'exceljs';

/** The form's columns; `coUnits` only when a file splits 实施单位 and 共同实施单位 into two columns. */
export const FILING_COLUMNS = ['seq', 'name', 'category', 'content', 'basis', 'units', 'coUnits', 'objects', 'remarks'] as const;
export type FilingColumn = (typeof FILING_COLUMNS)[number];

/** The headers of Attachment 2, as the exporter writes them. */
export const FILING_HEADERS: Record<Exclude<FilingColumn, 'coUnits'>, string> = {
  seq: '序号',
  name: '事项名称',
  category: '类别',
  content: '服务内容',
  basis: '办理依据',
  units: '实施（共同实施）单位',
  objects: '服务对象',
  remarks: '备注',
};

/** One item row: the spreadsheet's own row number and each column's text (line breaks kept as \n). */
export interface FilingRow {
  row: number;
  cells: Partial<Record<FilingColumn, string>>;
}

export interface FilingSheet {
  sheetName: string;
  /** Row number of the (first) header row. */
  headerRow: number;
  /** Each column's header as the file writes it (spaces and line breaks removed), for reports. */
  headers: Partial<Record<FilingColumn, string>>;
  /** What follows 报送单位 above the table (without 盖章), or null when absent or left blank. */
  reportingUnit: { row: number; name: string } | null;
  rows: FilingRow[];
}

/** The file cannot be used at all (not an .xlsx, damaged, no filing table); `message` is one Chinese line. */
export class FilingFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FilingFileError';
  }
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
// How far down a sheet the header may start (title, 报送单位 line, instructions…).
const HEADER_SEARCH_ROWS = 60;
// A formatted cell far to the right must not make every row thousands of cells wide.
const MAX_COLUMNS = 40;

/** Reads the filing form out of an .xlsx; throws FilingFileError when the file cannot be used. */
export async function readFilingWorkbook(buffer: Buffer): Promise<FilingSheet> {
  checkFileKind(buffer);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    throw new FilingFileError('文件已损坏或不完整，无法作为 Excel 工作簿打开；请重新保存或导出后再导入');
  }
  if (workbook.worksheets.length === 0) throw new FilingFileError('文件不是 Excel 工作簿（.xlsx），或工作簿中没有工作表');
  // Visible sheets first: a hidden sheet is usually a lookup list or an old copy.
  const sheets = [...workbook.worksheets.filter((s) => s.state === 'visible' || !s.state), ...workbook.worksheets.filter((s) => s.state && s.state !== 'visible')];
  for (const sheet of sheets) {
    const found = findHeader(sheet);
    if (found) return readTable(sheet, found);
  }
  throw new FilingFileError('工作簿中未找到备案表：没有含“事项名称”“类别”“办理依据”等表头的表格');
}

function checkFileKind(buffer: Buffer): void {
  if (buffer.length === 0) throw new FilingFileError('文件为空');
  if (buffer.subarray(0, 8).equals(OLE2_MAGIC)) {
    throw new FilingFileError('这是旧版 Excel（.xls）或其他 Office 97–2003 文件，请在 Excel/WPS 中另存为 .xlsx 后再导入');
  }
  if (!buffer.subarray(0, 4).equals(ZIP_MAGIC)) {
    const head = buffer.subarray(0, 4096).toString('utf8');
    const looksText = !head.includes('\u0000') && !head.includes('\uFFFD');
    if (looksText && /[,\t]/.test(head)) throw new FilingFileError('文件不是 Excel 工作簿（.xlsx），而是 CSV 或文本文件；请在 Excel/WPS 中另存为 .xlsx 后再导入');
    throw new FilingFileError(looksText ? '文件不是 Excel 工作簿（.xlsx），而是文本文件' : '文件不是 Excel 工作簿（.xlsx）');
  }
}

/** A cell's text whatever Excel stored: shared or rich text, a number kept as text, a formula's result. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.replace(/\r\n?/g, '\n');
  if (typeof value === 'number') return Number.isInteger(value) || Math.abs(value) >= 1e-6 ? String(value) : value.toFixed(10).replace(/0+$/, '');
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text ?? '').join('').replace(/\r\n?/g, '\n');
    if ('formula' in value || 'sharedFormula' in value) return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('hyperlink' in value && 'text' in value) return cellText((value as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue);
    if ('error' in value) return '';
  }
  return String(value);
}

/**
 * The text of a cell in a row: a cell covered by a vertical merge repeats its master (one unit cell
 * merged over several items belongs to each of them); a cell covered by a horizontal merge is empty,
 * so one wide cell is not read as several columns.
 */
function textAt(row: ExcelJS.Row, col: number): string {
  const cell = row.getCell(col);
  if (cell.type === ExcelJS.ValueType.Merge) {
    const master = cell.master;
    if (master.col !== cell.col) return '';
  }
  return cellText(cell.value);
}

/** Header text without spaces, line breaks, required-field stars or a trailing colon; full-width brackets. */
function headerKey(text: string): string {
  return text
    .replace(/[\s\u3000*＊]/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/[:：]$/, '');
}

function columnOf(key: string): FilingColumn | null {
  if (key === '') return null;
  if (/^(序号|编号|No\.?|NO\.?)$/.test(key)) return 'seq';
  if (/^(公共服务)?事项(名称)?$|^(服务)?事项名称$|^名称$/.test(key)) return 'name';
  if (/^(事项)?(类别|类型|分类)$/.test(key)) return 'category';
  if (/^(服务|事项)?内容$|服务内容/.test(key)) return 'content';
  if (/依据/.test(key)) return 'basis';
  if (/^共同实施(单位|部门)$/.test(key)) return 'coUnits';
  if (/实施.*(单位|部门|主体|机关)|^(承办|责任)(单位|部门)$/.test(key)) return 'units';
  if (/对象/.test(key)) return 'objects';
  if (/^备注$|^说明$/.test(key)) return 'remarks';
  return null;
}

interface HeaderMatch {
  row: number;
  /** Column index (1-based) of each form column. */
  cols: Partial<Record<FilingColumn, number>>;
  headers: Partial<Record<FilingColumn, string>>;
}

function matchHeader(row: ExcelJS.Row, columnCount: number): HeaderMatch | null {
  const cols: Partial<Record<FilingColumn, number>> = {};
  const headers: Partial<Record<FilingColumn, string>> = {};
  for (let c = 1; c <= columnCount; c++) {
    const key = headerKey(textAt(row, c));
    const column = columnOf(key);
    if (column && cols[column] === undefined) {
      cols[column] = c;
      headers[column] = key;
    }
  }
  // 事项名称 and at least two of the form's other columns: a title or a note does not look like this.
  const others = (['category', 'content', 'basis', 'units', 'objects'] as const).filter((k) => cols[k] !== undefined).length;
  return cols.name !== undefined && others >= 2 ? { row: row.number, cols, headers } : null;
}

function findHeader(sheet: ExcelJS.Worksheet): HeaderMatch | null {
  const last = Math.min(sheet.rowCount, HEADER_SEARCH_ROWS);
  const columnCount = Math.min(Math.max(sheet.columnCount, 1), MAX_COLUMNS);
  for (let r = 1; r <= last; r++) {
    const match = matchHeader(sheet.getRow(r), columnCount);
    if (!match) continue;
    // A two-level header: 实施单位 merged over 实施单位 | 共同实施单位 on the row below.
    const below = sheet.getRow(r + 1);
    for (let c = 1; c <= columnCount; c++) {
      const column = columnOf(headerKey(textAt(below, c)));
      if ((column === 'coUnits' || column === 'units') && !Object.values(match.cols).includes(c)) {
        match.cols[column] = c;
        match.headers[column] = headerKey(textAt(below, c));
      }
    }
    return match;
  }
  return null;
}

const NOTE_START = /^(备注|附注|注|说明|填表说明|注意事项)\s*[:：]|^(备注|注)\s*\d|^(单位负责人|负责人|填表人|审核人|联系人|联系电话)\s*([（(]\s*签\s*字\s*[）)])?\s*[:：]/;
// A group heading inside the table (一、依申请类 · （二）主动服务类事项) or a total line (合计 12 项).
const SECTION_ROW = /^(?:[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十]+\s*[)）]|第[一二三四五六七八九十]+[部类]分?)|^(?:依申请类?|主动服务类?)(?:事项|服务)?\s*(?:[（(].*[)）])?\s*$/u;
const TOTAL_ROW = /^(?:合\s*计|小\s*计|总\s*计|共\s*计)(?:[:：\s\d]|$)/u;
const REPORTING_UNIT = /报送单位\s*[:：]\s*(.*?)\s*(?:[（(]\s*盖\s*章\s*[）)]|时\s*间\s*[:：]|$)/;

function rowTexts(row: ExcelJS.Row, columnCount: number): string[] {
  const out: string[] = [];
  for (let c = 1; c <= columnCount; c++) out.push(textAt(row, c).trim());
  return out;
}

function readTable(sheet: ExcelJS.Worksheet, header: HeaderMatch): FilingSheet {
  const columnCount = Math.max(Math.min(sheet.columnCount, MAX_COLUMNS), ...Object.values(header.cols));
  let reportingUnit: FilingSheet['reportingUnit'] = null;
  for (let r = 1; r < header.row; r++) {
    const line = rowTexts(sheet.getRow(r), columnCount).filter(Boolean).join(' ');
    const m = REPORTING_UNIT.exec(line);
    if (m && m[1].replace(/[\s_＿]/g, '') !== '') reportingUnit = { row: r, name: m[1].trim() };
  }
  const rows: FilingRow[] = [];
  const entries = Object.entries(header.cols) as [FilingColumn, number][];
  for (let r = header.row + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const texts = rowTexts(row, columnCount);
    const filled = texts.filter(Boolean);
    if (filled.length === 0) continue;
    // The notes under the table (备注：1.…), a signature or seal line: the table has ended.
    if (NOTE_START.test(filled[0].replace(/^[\s\u3000]+/, '')) && (filled.length === 1 || texts[(header.cols.name ?? 1) - 1] === '' || filled.every((t) => t === filled[0]))) break;
    if (matchHeader(row, columnCount)) continue; // repeated at a page break, or the lower half of a merged header
    if (TOTAL_ROW.test(filled[0]) || isSectionRow(texts, filled, header)) continue; // 合计 · 一、依申请类（12项）
    const cells: Partial<Record<FilingColumn, string>> = {};
    for (const [column, c] of entries) {
      const text = textAt(row, c).trim();
      if (text !== '') cells[column] = text;
    }
    const content = Object.keys(cells).filter((k) => k !== 'seq');
    if (content.length === 0) continue; // a pre-numbered empty line of the template
    if (isColumnNumberRow(entries, row)) continue; // the "1 2 3 … 8" line some templates put under the header
    rows.push({ row: r, cells });
  }
  return { sheetName: sheet.name, headerRow: header.row, headers: header.headers, reportingUnit, rows };
}

/**
 * A group heading inside the table: one cell, merged across or in the first column, such as
 * 一、依申请类（12项）. A lone cell elsewhere is read as an item (its problems are then reported),
 * unless it only names a category.
 */
function isSectionRow(texts: string[], filled: string[], header: HeaderMatch): boolean {
  if (filled.length !== 1 || !SECTION_ROW.test(filled[0])) return false;
  const col = texts.indexOf(filled[0]) + 1;
  const firstCol = Math.min(...Object.values(header.cols));
  return col <= firstCol || col === header.cols.seq || /依申请|主动服务/.test(filled[0]);
}

/** Some templates number their columns (1, 2, 3 …) on the line under the header. */
function isColumnNumberRow(entries: [FilingColumn, number][], row: ExcelJS.Row): boolean {
  const values = entries
    .sort((a, b) => a[1] - b[1])
    .map(([, c]) => textAt(row, c).trim())
    .filter(Boolean);
  if (values.length < 3 || !values.every((v) => /^\d{1,2}$/.test(v))) return false;
  return values.every((v, i) => i === 0 || Number(v) === Number(values[i - 1]) + 1);
}
