/**
 * The catalog as an .xlsx workbook: sheet 事项目录 (a frozen, filterable header row, one row per
 * item, column widths for Chinese text) and sheet 说明 (the edition and what each column holds).
 * Written with exceljs's streaming writer, row by row, so a large edition is never one big object.
 */
import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Db } from '../../db/client.ts';
import { EXPORT_COLUMNS } from './columns.ts';
import { editionItemBatches, type ExportEdition } from './queries.ts';

const FONT = { name: '宋体', size: 10.5 };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };

/** Excel column letters: 1 → A, 27 → AA. */
function columnLetter(n: number): string {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

/** Rows of the 说明 sheet: the edition, then every column with its description. */
export function notesRows(edition: ExportEdition, generatedOn: string): string[][] {
  return [
    ['公共服务事项目录（开放数据）'],
    ['行政区划', `${edition.regionName}（${edition.regionCode}）`],
    ['目录版本', `第${edition.number}版${edition.isCurrent ? '（现行目录）' : ''}`],
    ['目录名称', edition.title],
    ['发文字号', edition.docNumber],
    ['发布日期', edition.publishedOn],
    ['生效日期', edition.effectiveOn],
    ['事项数', String(edition.itemCount)],
    ['导出日期', generatedOn],
    ['公开依据', '依据《中华人民共和国政府信息公开条例》主动公开，可自由使用、转载，请注明来源并以发布机关公布的文件为准'],
    [],
    ['列名', '说明'],
    ...EXPORT_COLUMNS.map((c) => [c.header, c.description]),
  ];
}

/** The edition as an .xlsx stream. */
export function catalogXlsx(db: Db, edition: ExportEdition, generatedOn: string): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = '清单 Qingdan';
  workbook.title = `${edition.title}（第${edition.number}版）`;

  (async () => {
    const sheet = workbook.addWorksheet('事项目录', {
      views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }],
      properties: { defaultRowHeight: 16 },
    });
    sheet.columns = EXPORT_COLUMNS.map((c) => ({ key: c.key, width: c.width }));
    sheet.autoFilter = `A1:${columnLetter(EXPORT_COLUMNS.length)}1`;
    const header = sheet.addRow(EXPORT_COLUMNS.map((c) => c.header));
    header.eachCell((cell) => {
      cell.font = { ...FONT, bold: true };
      cell.fill = HEADER_FILL;
      cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    });
    header.height = 22;
    header.commit();
    for await (const batch of editionItemBatches(db, edition)) {
      for (const item of batch) {
        const row = sheet.addRow(EXPORT_COLUMNS.map((c) => c.value(item, edition)));
        row.font = FONT;
        row.alignment = { vertical: 'top' };
        row.commit();
      }
    }
    sheet.commit();

    const notes = workbook.addWorksheet('说明');
    notes.columns = [{ width: 16 }, { width: 90 }];
    for (const [i, values] of notesRows(edition, generatedOn).entries()) {
      const row = notes.addRow(values);
      row.font = { ...FONT, bold: i === 0 || values[0] === '列名' };
      row.alignment = { vertical: 'top', wrapText: true };
      row.commit();
    }
    notes.commit();
    await workbook.commit();
  })().catch((err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))));
  return out;
}
