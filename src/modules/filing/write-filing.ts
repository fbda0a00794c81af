/**
 * 导出备案表: a unit's items as the filing form of Attachment 2 of the notice (清理规范公共服务事项备案表),
 * ready to print on A4 landscape, sign and seal.
 */
import ExcelJS from 'exceljs';
import type { ItemDraft } from '../../domain/catalog/item.ts';
import { FILING_NOTES as NOTICE_NOTES, FILING_TITLE } from '../../domain/catalog/filing-form.ts';
import { renderBases, renderCategory, renderRemarks, renderServiceObjects, renderUnits } from './cells.ts';
import { FILING_HEADERS } from './read-filing.ts';

export { FILING_TITLE };

/** The notes under the table, as the notice prints them (附件2). */
export const FILING_NOTES = `备注：${NOTICE_NOTES.join('\n')}`;

export const SIGNATURE_LINE = `单位负责人（签字）：${'\u3000'.repeat(12)}（单位盖章）`;

const COLUMNS: { header: string; width: number; center?: boolean }[] = [
  { header: FILING_HEADERS.seq, width: 6, center: true },
  { header: FILING_HEADERS.name, width: 22 },
  { header: FILING_HEADERS.category, width: 11, center: true },
  { header: FILING_HEADERS.content, width: 28 },
  { header: FILING_HEADERS.basis, width: 48 },
  { header: FILING_HEADERS.units, width: 24 },
  { header: FILING_HEADERS.objects, width: 13 },
  { header: FILING_HEADERS.remarks, width: 20 },
];

const FONT = '宋体';
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_ROW = 3;
// Points per printed line at 10.5 pt, and width units per character (a Han character is two).
const LINE_HEIGHT = 14;

/** 时间 as the form writes it: 2026年11月27日 (Beijing time). */
export function chineseDate(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}年${Number(get('month'))}月${Number(get('day'))}日`;
}

function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0xff ? 2 : 1;
  return w;
}

/** Excel does not grow wrapped rows by itself when a file is generated; estimate the lines. */
function linesFor(text: string, width: number): number {
  const usable = Math.max(width - 1, 1);
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / usable)), 0);
}

/** What the form shows of an item; a whole ItemDraft will do. */
export type FilingFields = Pick<ItemDraft, 'name' | 'category' | 'serviceContent' | 'legalBases' | 'noBasisReason' | 'coImplementingUnits' | 'serviceObjects' | 'remarks'>;

/** Writes the filing form of one unit: title, 报送单位 / 时间 line, header, one row per item, notes, signature. */
export async function writeFilingWorkbook(unit: { fullName: string }, drafts: FilingFields[], opts: { date: Date }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '清单 Qingdan';
  workbook.created = opts.date;
  const sheet = workbook.addWorksheet('备案表', {
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    },
    headerFooter: { oddFooter: '第 &P 页，共 &N 页' },
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
  });
  sheet.columns = COLUMNS.map((c) => ({ width: c.width }));
  const last = COLUMNS.length;

  const title = sheet.getRow(1);
  title.getCell(1).value = FILING_TITLE;
  title.getCell(1).font = { name: FONT, size: 18, bold: true };
  title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  title.height = 36;
  sheet.mergeCells(1, 1, 1, last);

  const line = sheet.getRow(2);
  line.getCell(1).value = `报送单位：${unit.fullName}（盖章）`;
  line.getCell(6).value = `时间：${chineseDate(opts.date)}`;
  line.getCell(1).font = line.getCell(6).font = { name: FONT, size: 12 };
  line.getCell(1).alignment = { horizontal: 'left', vertical: 'middle' };
  line.getCell(6).alignment = { horizontal: 'right', vertical: 'middle' };
  line.height = 24;
  sheet.mergeCells(2, 1, 2, 5);
  sheet.mergeCells(2, 6, 2, last);

  const header = sheet.getRow(HEADER_ROW);
  COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { name: FONT, size: 11, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
  });
  header.height = 30;

  drafts.forEach((d, i) => {
    const values = [
      i + 1,
      d.name,
      renderCategory(d.category),
      d.serviceContent ?? '',
      renderBases(d.legalBases),
      renderUnits(unit.fullName, d.coImplementingUnits),
      renderServiceObjects(d.serviceObjects),
      renderRemarks(d.remarks, d.noBasisReason),
    ];
    const row = sheet.getRow(HEADER_ROW + 1 + i);
    let lines = 1;
    values.forEach((v, c) => {
      const cell = row.getCell(c + 1);
      cell.value = v;
      cell.font = { name: FONT, size: 10.5 };
      cell.alignment = { horizontal: COLUMNS[c].center ? 'center' : 'left', vertical: 'middle', wrapText: true };
      cell.border = BORDER;
      if (typeof v === 'string') lines = Math.max(lines, linesFor(v, COLUMNS[c].width));
    });
    row.height = Math.max(24, lines * LINE_HEIGHT + 6);
  });

  const notesRow = HEADER_ROW + drafts.length + 2;
  const notes = sheet.getRow(notesRow);
  notes.getCell(1).value = FILING_NOTES;
  notes.getCell(1).font = { name: FONT, size: 10 };
  notes.getCell(1).alignment = { horizontal: 'left', vertical: 'top', wrapText: true };
  notes.height = linesFor(FILING_NOTES, COLUMNS.reduce((s, c) => s + c.width, 0)) * LINE_HEIGHT + 8;
  sheet.mergeCells(notesRow, 1, notesRow, last);

  const signature = sheet.getRow(notesRow + 2);
  signature.getCell(1).value = SIGNATURE_LINE;
  signature.getCell(1).font = { name: FONT, size: 12 };
  signature.getCell(1).alignment = { horizontal: 'left', vertical: 'middle' };
  signature.height = 36;
  sheet.mergeCells(notesRow + 2, 1, notesRow + 2, last);

  sheet.pageSetup.printArea = `A1:H${notesRow + 2}`;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
