/**
 * 服务指南 as Word documents: one item's guide, and a unit's 服务指南汇编 (cover, table of contents,
 * every guide on its own pages). A4 portrait in the manner of Chinese government documents: 仿宋 body,
 * 黑体 section headings, a 宋体 bold title, 第 X 页 共 Y 页 at the foot of each page.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  convertMillimetersToTwip,
  type ISectionOptions,
  type IStylesOptions,
} from 'docx';
import { formatChineseDate, guideView, type Block, type Field, type GuideInput } from './guide-content.ts';

export type { GuideInput } from './guide-content.ts';

const FONT_BODY = '仿宋_GB2312';
const FONT_HEADING = '黑体';
const FONT_TITLE = '宋体';
const FONT_LATIN = 'Times New Roman';

// Sizes in half-points: 二号 22pt, 三号 16pt, 四号 14pt, 小四 12pt, 五号 10.5pt, 小五 9pt.
const SIZE_TITLE = 44;
const SIZE_HEADING = 32;
const SIZE_BODY = 28;
const SIZE_TABLE = 24;
const SIZE_SMALL_TABLE = 21;
const SIZE_HEADER = 18;

const MARGIN = { top: convertMillimetersToTwip(30), bottom: convertMillimetersToTwip(25), left: convertMillimetersToTwip(28), right: convertMillimetersToTwip(26) };
const PAGE = { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) };
/** Width of the text between the margins, in twips. */
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const INDENT_2_CHARS = (SIZE_BODY / 2) * 20 * 2;

const font = (name: string) => ({ ascii: FONT_LATIN, hAnsi: FONT_LATIN, cs: FONT_LATIN, eastAsia: name });

const STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: font(FONT_BODY), size: SIZE_BODY, language: { value: 'en-US', eastAsia: 'zh-CN' } },
      paragraph: { spacing: { line: 360, lineRule: LineRuleType.AUTO } },
    },
    heading1: {
      run: { font: font(FONT_TITLE), size: SIZE_TITLE, bold: true, color: '000000' },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 360, line: 360 }, keepNext: true },
    },
    heading2: {
      run: { font: font(FONT_HEADING), size: SIZE_HEADING, bold: false, color: '000000' },
      paragraph: { spacing: { before: 240, after: 120, line: 360 }, keepNext: true, indent: { firstLine: INDENT_2_CHARS } },
    },
  },
  paragraphStyles: [
    {
      id: 'TableText',
      name: 'Table Text',
      basedOn: 'Normal',
      run: { size: SIZE_TABLE },
      paragraph: { spacing: { line: 300, lineRule: LineRuleType.AUTO, before: 40, after: 40 } },
    },
    {
      id: 'CoverTitle',
      name: 'Cover Title',
      basedOn: 'Normal',
      run: { font: font(FONT_TITLE), size: 52, bold: true },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { line: 600, lineRule: LineRuleType.AUTO } },
    },
    {
      id: 'TocTitle',
      name: 'TOC Title',
      basedOn: 'Normal',
      run: { font: font(FONT_HEADING), size: SIZE_HEADING },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 360 } },
    },
    { id: 'TOC1', name: 'toc 1', basedOn: 'Normal', run: { size: SIZE_BODY }, paragraph: { spacing: { line: 400, lineRule: LineRuleType.AUTO } } },
  ],
};

const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN };
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const HEADER_FILL = { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' };

/** Runs for text that may hold line breaks: each line after the first starts on a new line. */
function lines(text: string, opts: { bold?: boolean; size?: number; font?: string } = {}): TextRun[] {
  return text.split(/\r?\n/).map(
    (line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, bold: opts.bold, size: opts.size, font: opts.font ? font(opts.font) : undefined }),
  );
}

function bodyParagraph(text: string): Paragraph[] {
  return text.split(/\r?\n/).map((line) => new Paragraph({ indent: { firstLine: INDENT_2_CHARS }, alignment: AlignmentType.JUSTIFIED, children: [new TextRun(line)] }));
}

function fieldParagraph(f: Field, indentLeft = 0): Paragraph {
  return new Paragraph({
    indent: { left: indentLeft, firstLine: INDENT_2_CHARS },
    alignment: AlignmentType.JUSTIFIED,
    children: [new TextRun({ text: `${f.label}：`, bold: true }), ...lines(f.value)],
  });
}

function cell(text: string, opts: { width: number; header?: boolean; size?: number; center?: boolean; shade?: boolean }): TableCell {
  return new TableCell({
    width: { size: opts.width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    shading: opts.header || opts.shade ? HEADER_FILL : undefined,
    children: [
      new Paragraph({
        style: 'TableText',
        alignment: opts.header || opts.center ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: lines(text, { bold: opts.header || opts.shade, size: opts.size, font: opts.header ? FONT_HEADING : undefined }),
      }),
    ],
  });
}

function dataTable(headers: string[], widths: number[], rows: string[][], size = SIZE_SMALL_TABLE): Table {
  const twips = widths.map((w) => Math.round((TEXT_WIDTH * w) / 100));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: twips,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, i) => cell(h, { width: twips[i], header: true, size })) }),
      ...rows.map((r) => new TableRow({ children: r.map((v, i) => cell(v, { width: twips[i], size, center: i === 0 })) })),
    ],
  });
}

function basicsTable(fields: Field[]): Table {
  const label = Math.round(TEXT_WIDTH * 0.24);
  const value = TEXT_WIDTH - label;
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [label, value],
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: fields.map(
      (f) => new TableRow({ cantSplit: true, children: [cell(f.label, { width: label, shade: true, center: true, size: SIZE_TABLE }), cell(f.value, { width: value, size: SIZE_TABLE })] }),
    ),
  });
}

/** The process as boxes joined by arrows, one under the other, as printed guides draw it. */
function flowChart(steps: string[]): Array<Paragraph | Table> {
  const width = Math.round(TEXT_WIDTH * 0.5);
  const out: Array<Paragraph | Table> = [];
  steps.forEach((step, i) => {
    if (i > 0) out.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { line: 240, before: 0, after: 0 }, keepNext: true, children: [new TextRun({ text: '↓', size: SIZE_TABLE })] }));
    out.push(
      new Table({
        width: { size: width, type: WidthType.DXA },
        columnWidths: [width],
        alignment: AlignmentType.CENTER,
        borders: { ...BORDERS, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
        rows: [new TableRow({ cantSplit: true, children: [cell(`${i + 1}. ${step}`, { width, center: true, size: SIZE_TABLE })] })],
      }),
    );
  });
  out.push(new Paragraph({ spacing: { after: 120 }, children: [] }));
  return out;
}

function blockChildren(block: Block): Array<Paragraph | Table> {
  switch (block.type) {
    case 'text':
      return bodyParagraph(block.text);
    case 'fields':
      return block.fields.map((f) => fieldParagraph(f));
    case 'entry':
      return [
        new Paragraph({ indent: { firstLine: INDENT_2_CHARS }, keepNext: true, children: [new TextRun({ text: block.title, bold: true })] }),
        ...block.fields.map((f) => fieldParagraph(f, INDENT_2_CHARS)),
      ];
    case 'table':
      return [dataTable(block.headers, block.widths, block.rows), new Paragraph({ spacing: { after: 120 }, children: [] })];
    case 'flow':
      return flowChart(block.steps);
  }
}

/** Numbers the entries (legal bases) of a section 1. 2. 3. in front of their titles. */
function numberEntries(blocks: Block[]): Block[] {
  let n = 0;
  return blocks.map((b) => (b.type === 'entry' ? { ...b, title: `${++n}. ${b.title}` } : b));
}

/** One guide's body: the Heading 1 title, the basics table and every section. */
function guideBody(input: GuideInput, opts: { pageBreakBefore: boolean }): Array<Paragraph | Table> {
  const view = guideView(input);
  const out: Array<Paragraph | Table> = [new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: opts.pageBreakBefore, children: [new TextRun(view.title)] })];
  out.push(basicsTable(view.basics));
  for (const section of view.sections) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(section.heading)] }));
    for (const block of numberEntries(section.blocks)) out.push(...blockChildren(block));
  }
  return out;
}

function pageHeader(text: string): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
        children: [new TextRun({ text, size: SIZE_HEADER })],
      }),
    ],
  });
}

// Pages are counted through the whole document (cover included): LibreOffice and WPS do not compute
// a section's page count (SECTIONPAGES), so 第 X 页 共 Y 页 uses the document's.
function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ size: SIZE_HEADER, font: font(FONT_BODY), children: ['第 ', PageNumber.CURRENT, ' 页  共 ', PageNumber.TOTAL_PAGES, ' 页'] })],
      }),
    ],
  });
}

const PAGE_PROPERTIES = { page: { size: PAGE, margin: { ...MARGIN, header: convertMillimetersToTwip(15), footer: convertMillimetersToTwip(15) } } };

function pack(doc: Document): Promise<Buffer> {
  return Packer.toBuffer(doc);
}

/** 服务指南 (.docx) of one item version. */
export async function guideDocx(input: GuideInput): Promise<Buffer> {
  const view = guideView(input);
  const doc = new Document({
    title: view.title,
    subject: '公共服务事项服务指南',
    creator: input.unitName,
    styles: STYLES,
    sections: [
      {
        properties: PAGE_PROPERTIES,
        headers: { default: pageHeader(`${input.unitName}\u3000公共服务事项服务指南`) },
        footers: { default: pageFooter() },
        children: guideBody(input, { pageBreakBefore: false }),
      },
    ],
  });
  return pack(doc);
}

/**
 * 服务指南汇编 (.docx): a unit's guides after a cover and a table of contents, each guide on new pages.
 * The contents list every guide's title; their page numbers are filled in by Word when it opens the file
 * (`updateFields`), or by 更新目录 in WPS and LibreOffice. (docx's own page layout could write them, but
 * it costs about half a second of CPU per guide, which a request must not block the server for.)
 */
export async function allGuidesDocx(input: { unitName: string; guides: GuideInput[]; date?: Date }): Promise<Buffer> {
  const title = `${input.unitName}公共服务事项服务指南汇编`;
  const cover: ISectionOptions = {
    properties: { ...PAGE_PROPERTIES, verticalAlign: 'center' },
    children: [
      new Paragraph({ style: 'CoverTitle', children: [new TextRun({ text: input.unitName, size: SIZE_TITLE })] }),
      new Paragraph({ style: 'CoverTitle', spacing: { before: 240, after: 1200 }, children: [new TextRun('公共服务事项服务指南汇编')] }),
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `（共 ${input.guides.length} 项）`, size: SIZE_HEADING })] }),
      new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 2400 }, children: [new TextRun({ text: input.unitName, size: SIZE_HEADING })] }),
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: formatChineseDate(input.date ?? new Date()), size: SIZE_HEADING })] }),
    ],
  };
  const contents: ISectionOptions = {
    properties: PAGE_PROPERTIES,
    headers: { default: pageHeader(title) },
    footers: { default: pageFooter() },
    children: [
      new Paragraph({ style: 'TocTitle', children: [new TextRun('目　　录')] }),
      new TableOfContents('目录', { hyperlink: true, headingStyleRange: '1-1' }),
    ],
  };
  const guides: ISectionOptions = {
    properties: PAGE_PROPERTIES,
    headers: { default: pageHeader(title) },
    footers: { default: pageFooter() },
    children:
      input.guides.length > 0
        ? input.guides.flatMap((g, i) => guideBody(g, { pageBreakBefore: i > 0 }))
        : [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('本单位暂无公共服务事项。')] })],
  };
  const doc = new Document({
    title,
    subject: '公共服务事项服务指南汇编',
    creator: input.unitName,
    styles: STYLES,
    features: { updateFields: true },
    sections: [cover, contents, guides],
  });
  return pack(doc);
}
