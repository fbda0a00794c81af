/**
 * 备案表的内容: one row of Attachment 2 of the notice (清理规范公共服务事项备案表) per item, as the
 * print view shows it, and the notes printed under the table.
 */
import { CATEGORY_LABELS, type ItemDraft, type LegalBasis } from '../../domain/catalog/item.ts';
import { bookTitle, NOT_FILLED, orEmpty, serviceObjectsText } from './guide-content.ts';

export const FILING_TITLE = '清理规范公共服务事项备案表';

/** The notes under the table of Attachment 2, word for word (张武审改办发〔2017〕1号). */
export const FILING_NOTES: readonly string[] = [
  '1.本表供区直各单位在事项审核填报时使用，表格填写后需由单位负责人签字，加盖公章与事项服务指南一并报送区政务公开政务服务管理办公室（附电子版）。',
  '2.公共服务事项应为具体服务行为，事项名称应规范填写，类别按“依申请类”和“主动服务类”填写。',
  '3.办理依据应填写法律法规规章以及规范性文件或承诺书的名称、具体条款及内容，无文件依据的应提供该事项是经常性、常态化为群众认可的公共服务事项理由。',
  '4.实施单位和共同实施单位要填写规范全称。',
  '5.服务对象需填写个人（公民）、法人、社会组织等。',
  '6.备注，填写需要补充说明的事项，如省市县同步实施等。',
];

/** The eight columns of Attachment 2, in order. */
export const FILING_PRINT_HEADERS = ['序号', '事项名称', '类别', '服务内容', '办理依据', '实施（共同实施）单位', '服务对象', '备注'] as const;

/** 《条例》（文号）第X条：条款内容 — one basis as one line of the 办理依据 cell. */
export function basisLine(b: LegalBasis): string {
  const doc = b.docNumber?.trim() ? `（${b.docNumber.trim()}）` : '';
  const text = b.articleText?.trim() ? `：${b.articleText.trim()}` : '';
  return `${bookTitle(b.title)}${doc}${b.article?.trim() ?? ''}${text}`;
}

/** The 办理依据 cell: bases numbered one a line, or the reason there is no document basis. */
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
    draft.category ? CATEGORY_LABELS[draft.category] : NOT_FILLED,
    orEmpty(draft.serviceContent),
    basisCell(draft),
    [unitName, ...draft.coImplementingUnits].filter((u) => u.trim() !== '').join('、'),
    serviceObjectsText(draft),
    orEmpty(draft.remarks, ''),
  ];
}
