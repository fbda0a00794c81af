/**
 * 附件2 清理规范公共服务事项备案表 of 张武审改办发〔2017〕1号: its title, columns and notes, word for
 * word. The .xlsx exporter and the print view both take them from here.
 */
export const FILING_TITLE = '清理规范公共服务事项备案表';

/** The eight columns, in order. */
export const FILING_PRINT_HEADERS = ['序号', '事项名称', '类别', '服务内容', '办理依据', '实施（共同实施）单位', '服务对象', '备注'] as const;

/** The notes printed under the table (each without the leading 备注：). */
export const FILING_NOTES: readonly string[] = [
  '1.本表供区直各单位在事项审核填报时使用，表格填写后需由单位负责人签字，加盖公章与事项服务指南一并报送区政务公开政务服务管理办公室（附电子版）。',
  '2.公共服务事项应为具体服务行为，事项名称应规范填写，类别按“依申请类”和“主动服务类”填写。',
  '3.办理依据应填写法律法规规章以及规范性文件或承诺书的名称、具体条款及内容，无文件依据的应提供该事项是经常性、常态化为群众认可的公共服务事项理由。',
  '4.实施单位和共同实施单位要填写规范全称。',
  '5.服务对象需填写个人（公民）、法人、社会组织等。',
  '6.备注，填写需要补充说明的事项，如省市县同步实施等。',
];
