/**
 * 备案表的内容: one row of Attachment 2 of the notice (清理规范公共服务事项备案表) per item, as the
 * print view shows it, and the notes printed under the table.
 */
import type { ItemDraft, LegalBasis } from '../../domain/catalog/item.ts';
import { renderCategory, renderUnits } from '../filing/cells.ts';
import { bookTitle, NOT_FILLED, orEmpty, serviceObjectsText } from './guide-content.ts';

export { FILING_NOTES, FILING_PRINT_HEADERS, FILING_TITLE } from '../../domain/catalog/filing-form.ts';

/** 《条例》（文号）第X条：条款内容 — one basis as one line of the 办理依据 cell. */
export function basisLine(b: LegalBasis): string {
  const doc = b.docNumber?.trim() ? `（${b.docNumber.trim()}）` : '';
  const text = b.articleText?.trim() ? `：${b.articleText.trim()}` : '';
  return `${bookTitle(b.title)}${doc}${b.article?.trim() ?? ''}${text}`;
}

/**
 * The 办理依据 cell of the print view: bases numbered one a line, or the reason there is no document
 * basis. (The .xlsx writes them unnumbered, see filing/cells.ts, so that import reads them back as is.)
 */
export function basisCell(draft: ItemDraft): string {
  if (draft.legalBases.length === 1) return basisLine(draft.legalBases[0]);
  if (draft.legalBases.length > 1) return draft.legalBases.map((b, i) => `${i + 1}.${basisLine(b)}`).join('\n');
  if (draft.noBasisReason?.trim()) return `无文件依据：${draft.noBasisReason.trim()}`;
  return NOT_FILLED;
}

/** One item as the filing form's row (without 序号). */
export function filingCells(draft: ItemDraft, unitName: string): string[] {
  return [
    orEmpty(draft.name),
    renderCategory(draft.category) || NOT_FILLED,
    orEmpty(draft.serviceContent),
    basisCell(draft),
    renderUnits(unitName, draft.coImplementingUnits.filter((u) => u.trim() !== '')),
    serviceObjectsText(draft),
    orEmpty(draft.remarks, ''),
  ];
}
