import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { FilingFileError, readFilingWorkbook } from '../../src/modules/filing/read-filing.ts';
import { buildWorkbook, EDU, HEADER, item, messyForm } from '../fixtures/filing/build-workbook.ts';

async function fileError(buffer: Buffer): Promise<FilingFileError> {
  try {
    await readFilingWorkbook(buffer);
  } catch (err) {
    if (err instanceof FilingFileError) return err;
    throw err;
  }
  throw new Error('expected a FilingFileError');
}

describe('reading a filing form as departments send it (读取备案表)', () => {
  it('finds the table under the title and the 报送单位 line and reads only the item rows, by their Excel row numbers', async () => {
    const sheet = await readFilingWorkbook(await messyForm());
    expect(sheet.sheetName).toBe('备案表');
    expect(sheet.headerRow).toBe(3);
    // Row 4 is the lower half of the merged header, 6 is blank, 8 repeats the header, 10 is a
    // pre-numbered empty line, 11 holds the notes and 12 the signature line.
    expect(sheet.rows.map((r) => r.row)).toEqual([5, 7, 9]);
    expect(sheet.rows.map((r) => r.cells.name)).toEqual(['学前教育、义务教育阶段入学办理', '义务教育家庭经济困难学生生活补助', '教育政策咨询']);
    expect(sheet.reportingUnit).toEqual({ row: 2, name: '区教育局' });
  });

  it('names columns by their header, without the spaces and line breaks typed inside it and with full-width brackets', async () => {
    const sheet = await readFilingWorkbook(await messyForm());
    expect(sheet.headers).toEqual({
      seq: '序号',
      name: '事项名称',
      category: '类别',
      content: '服务内容',
      basis: '办理依据',
      units: '实施（共同实施）单位',
      objects: '服务对象',
      remarks: '备注',
    });
  });

  it('keeps line breaks inside a cell and reads rich text as its plain text', async () => {
    const [, second, third] = (await readFilingWorkbook(await messyForm())).rows;
    expect(second.cells.basis?.split('\n')).toHaveLength(2);
    expect(third.cells.content).toBe('解答教育政策');
  });

  it('reads numbers, numbers stored as text, formulas (their result) and hyperlinks as text', async () => {
    const buffer = await buildWorkbook({
      rows: [
        HEADER,
        [1, '就业登记', { formula: 'CONCATENATE("依申请","类")', result: '依申请类' }, '办理就业登记', '《中华人民共和国就业促进法》第二十条：…', EDU, '个人（公民）', { text: '见网站', hyperlink: 'https://example.gov.cn' }],
        ['2', '失业登记', '依申请类', '办理失业登记', '《中华人民共和国就业促进法》第二十条：…', EDU, '个人（公民）', 12345],
      ],
    });
    const sheet = await readFilingWorkbook(buffer);
    expect(sheet.rows.map((r) => r.cells.seq)).toEqual(['1', '2']);
    expect(sheet.rows[0].cells.category).toBe('依申请类');
    expect(sheet.rows[0].cells.remarks).toBe('见网站');
    expect(sheet.rows[1].cells.remarks).toBe('12345');
  });

  it('recognizes header variants: 实施单位, 依据 and 对象 columns with stars, and a header without 序号', async () => {
    const buffer = await buildWorkbook({
      rows: [
        ['*事项名称', '*类别', '服务内容', '*办理依据', '实施单位', '服务\n对象', '备 注'],
        ['就业登记', '依申请类', '办理就业登记', '《中华人民共和国就业促进法》第二十条：…', '区人社局', '公民', null],
      ],
    });
    const sheet = await readFilingWorkbook(buffer);
    expect(sheet.headers).toEqual({ name: '事项名称', category: '类别', content: '服务内容', basis: '办理依据', units: '实施单位', objects: '服务对象', remarks: '备注' });
    expect(sheet.rows[0]).toEqual({
      row: 2,
      cells: { name: '就业登记', category: '依申请类', content: '办理就业登记', basis: '《中华人民共和国就业促进法》第二十条：…', units: '区人社局', objects: '公民' },
    });
  });

  it('reads a two-level header whose 实施（共同实施）单位 spans 实施单位 and 共同实施单位', async () => {
    const buffer = await buildWorkbook({
      rows: [
        ['序号', '事项名称', '类别', '服务内容', '办理依据', '实施（共同实施）单位', null, '服务对象', '备注'],
        [null, null, null, null, null, '实施单位', '共同实施单位', null, null],
        [1, '就业登记', '依申请类', '办理就业登记', '《中华人民共和国就业促进法》第二十条：…', '区人社局', '区财政局', '公民', null],
      ],
      merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:E2', 'F1:G1', 'H1:H2', 'I1:I2'],
    });
    const sheet = await readFilingWorkbook(buffer);
    expect(sheet.headers.units).toBe('实施（共同实施）单位');
    expect(sheet.headers.coUnits).toBe('共同实施单位');
    expect(sheet.rows).toEqual([{ row: 3, cells: expect.objectContaining({ units: '区人社局', coUnits: '区财政局', objects: '公民' }) }]);
  });

  it('gives every item of a unit cell merged down over several rows that unit', async () => {
    const buffer = await buildWorkbook({ rows: [HEADER, item(1, '就业登记'), item(2, '失业登记', { units: null }), item(3, '招聘会服务', { units: null })], merges: ['F2:F4'] });
    const sheet = await readFilingWorkbook(buffer);
    expect(sheet.rows.map((r) => r.cells.units)).toEqual([EDU, EDU, EDU]);
  });

  it('stops at notes written in the first column (注：…) and skips a row of column numbers under the header', async () => {
    const buffer = await buildWorkbook({
      rows: [HEADER, [1, 2, 3, 4, 5, 6, 7, 8], item(1, '就业登记'), ['注：本表一式三份。'], item(2, '不是事项的说明行')],
    });
    const sheet = await readFilingWorkbook(buffer);
    expect(sheet.rows.map((r) => r.row)).toEqual([3]);
  });

  it('takes the first sheet that has the table, skipping an instructions sheet before it', async () => {
    const buffer = await buildWorkbook(
      { name: '填表说明', rows: [['填表说明'], ['1.事项名称应规范填写。']] },
      { name: '备案表', rows: [['清理规范公共服务事项备案表'], HEADER, item(1, '就业登记')] },
      { name: '旧表', rows: [HEADER, item(1, '另一张表的事项')] },
    );
    const sheet = await readFilingWorkbook(buffer);
    expect(sheet.sheetName).toBe('备案表');
    expect(sheet.rows).toHaveLength(1);
  });

  it('prefers a visible sheet to a hidden one', async () => {
    const buffer = await buildWorkbook({ name: '隐藏', state: 'hidden', rows: [HEADER, item(1, '隐藏表的事项')] }, { name: '备案表', rows: [HEADER, item(1, '就业登记')] });
    expect((await readFilingWorkbook(buffer)).rows[0].cells.name).toBe('就业登记');
  });
});

describe('a file that cannot be used (无法使用的文件)', () => {
  it('is refused when it is a CSV file', async () => {
    const err = await fileError(Buffer.from('序号,事项名称,类别\n1,就业登记,依申请类\n', 'utf8'));
    expect(err.message).toBe('文件不是 Excel 工作簿（.xlsx），而是 CSV 或文本文件；请在 Excel/WPS 中另存为 .xlsx 后再导入');
  });

  it('is refused when it is plain text or empty', async () => {
    expect((await fileError(Buffer.from('这不是表格'))).message).toContain('文本文件');
    expect((await fileError(Buffer.alloc(0))).message).toBe('文件为空');
  });

  it('is refused, with advice to save as .xlsx, when it is an old .xls workbook', async () => {
    const ole2 = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    expect((await fileError(ole2)).message).toContain('.xls');
  });

  it('is refused as damaged when the workbook is truncated', async () => {
    const whole = await messyForm();
    const err = await fileError(whole.subarray(0, Math.floor(whole.length / 2)));
    expect(err.message).toContain('文件已损坏或不完整');
  });

  it('is refused when it is a zip but not a workbook', async () => {
    const zip = new JSZip();
    zip.file('readme.txt', '不是工作簿');
    const err = await fileError(await zip.generateAsync({ type: 'nodebuffer' }));
    expect(err.message).toMatch(/不是 Excel 工作簿|文件已损坏/);
  });

  it('is refused when no sheet holds the filing table', async () => {
    const buffer = await buildWorkbook({ rows: [['姓名', '电话'], ['张三', '0744-5612345']] });
    expect((await fileError(buffer)).message).toBe('工作簿中未找到备案表：没有含“事项名称”“类别”“办理依据”等表头的表格');
  });

  it('gives one line of Chinese in every case', async () => {
    for (const buffer of [Buffer.from('a,b\n'), (await messyForm()).subarray(0, 1000), await buildWorkbook({ rows: [['x']] })]) {
      const err = await fileError(buffer);
      expect(err.message).not.toContain('\n');
      expect(err.message).toMatch(/\p{Script=Han}/u);
    }
  });
});

describe('rows inside the table that are not items', () => {
  it('skips group headings (一、依申请类) and total lines (合计), and reads the items between them', async () => {
    const buffer = await buildWorkbook({
      rows: [HEADER, ['一、依申请类（2项）'], item(1, '就业登记'), item(2, '失业登记'), ['二、主动服务类'], item(3, '招聘会服务', { category: '主动服务类' }), ['合计', '共3项']],
      merges: ['A2:H2', 'A5:H5'],
    });
    const sheet = await readFilingWorkbook(buffer);
    expect(sheet.rows.map((r) => [r.row, r.cells.name])).toEqual([
      [3, '就业登记'],
      [4, '失业登记'],
      [6, '招聘会服务'],
    ]);
  });

  it('still reads a row that has only a name, so its problems can be reported', async () => {
    const buffer = await buildWorkbook({ rows: [HEADER, [null, '一、就业登记']] });
    expect((await readFilingWorkbook(buffer)).rows).toEqual([{ row: 2, cells: { name: '一、就业登记' } }]);
  });
});
