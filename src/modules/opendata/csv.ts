/**
 * The catalog as CSV (RFC 4180): UTF-8 with a byte-order mark, so Excel and LibreOffice read the
 * Chinese text without asking; CRLF line ends; a field is quoted when it holds a comma, a quote or
 * a line break, with inner quotes doubled. Written batch by batch as a stream.
 */
import { Readable } from 'node:stream';
import type { Db } from '../../db/client.ts';
import { EXPORT_COLUMNS } from './columns.ts';
import { editionItemBatches, type ExportEdition } from './queries.ts';

const BOM = '\uFEFF';

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @ and a following non-digit, or a leading
 * tab or CR) gets a leading apostrophe: the text reads the same, nothing runs. Numbers like -1 or
 * +86… are left alone.
 */
export function neutralizeFormula(value: string): string {
  return /^(?:[=@\t\r]|[+-](?![\d.]))/.test(value) ? `'${value}` : value;
}

/** One CSV field, quoted when RFC 4180 needs it. */
export function csvField(value: string): string {
  const v = neutralizeFormula(value);
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function csvLine(values: string[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** The edition as a CSV stream: BOM and header, then one line per item in the edition's order. */
export function catalogCsv(db: Db, edition: ExportEdition): Readable {
  async function* lines(): AsyncGenerator<string> {
    yield BOM + csvLine(EXPORT_COLUMNS.map((c) => c.header));
    for await (const batch of editionItemBatches(db, edition)) {
      yield batch.map((item) => csvLine(EXPORT_COLUMNS.map((c) => c.value(item, edition)))).join('');
    }
  }
  return Readable.from(lines(), { objectMode: false });
}
