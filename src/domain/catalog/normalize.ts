/**
 * 规范化: turns what departments type into a filing form (类别, 服务对象, 事项名称, 办理依据, 备注) into
 * an item's structured values, reporting every change they should see as a finding (SPEC R1, R2, R4,
 * R6). Used by the spreadsheet importer and the editor.
 */
import { normalizeName } from '../text.ts';
import { BASIS_KINDS, CATEGORY_LABELS, SERVICE_OBJECTS } from './item.ts';
import type { BasisKind, Category, Finding, LegalBasis, ServiceObject } from './item.ts';

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
const NORMATIVE: BasisKind = BASIS_KINDS[5];

function finding(severity: Finding['severity'], code: string, path: string, message: string): Finding {
  return { severity, code, path, message };
}

function visible(raw: string | null): string {
  return (raw ?? '').replace(INVISIBLE, '').trim();
}

// ---------------------------------------------------------------------------------------------
// R1 类别

const CATEGORY_VARIANTS: Record<string, Category> = {
  依申请类: 'on_application',
  依申请: 'on_application',
  依申请事项: 'on_application',
  依申请类事项: 'on_application',
  依申请服务: 'on_application',
  依申请类服务: 'on_application',
  依申请服务类: 'on_application',
  依申请服务事项: 'on_application',
  申请类: 'on_application',
  申请类事项: 'on_application',
  主动服务类: 'proactive',
  主动服务: 'proactive',
  主动服务事项: 'proactive',
  主动服务类事项: 'proactive',
  主动类: 'proactive',
  主动类事项: 'proactive',
  主动: 'proactive',
  主动提供: 'proactive',
  主动提供类: 'proactive',
};

// Spaces, brackets and quotes anywhere, punctuation at either end: 【依申请类】 · "依申请 类。"
function categoryKey(text: string): string {
  return text
    .replace(/[\s()（）[\]［］【】〔〕“”"'‘’「」<>《》]/gu, '')
    .replace(/^[。.．,，;；:：、!！?？]+|[。.．,，;；:：、!！?？]+$/gu, '');
}

/** 类别规范化 (R1): 依申请类 / 主动服务类 from what the cell says, with a finding when it was not exact. */
export function normalizeCategory(raw: string | null): { value: Category | null; finding: Finding | null } {
  const text = visible(raw);
  if (text === '') {
    return { value: null, finding: finding('error', 'R1.category.missing', 'category', '未填写类别，请填写“依申请类”或“主动服务类”') };
  }
  for (const [value, label] of Object.entries(CATEGORY_LABELS) as [Category, string][]) {
    if (text === label) return { value, finding: null };
  }
  const value = CATEGORY_VARIANTS[categoryKey(text)];
  if (value) {
    const label = CATEGORY_LABELS[value];
    return { value, finding: finding('warning', 'R1.category.normalized', 'category', `类别“${text}”已规范为“${label}”`) };
  }
  return {
    value: null,
    finding: finding('error', 'R1.category.unknown', 'category', `类别“${text}”无法识别，只能填写“依申请类”或“主动服务类”`),
  };
}

// ---------------------------------------------------------------------------------------------
// R4 服务对象

const PERSON: ServiceObject = '个人（公民）';
const OBJECT_WORDS: Record<string, ServiceObject> = {
  个人: PERSON,
  公民: PERSON,
  自然人: PERSON,
  群众: PERSON,
  人民群众: PERSON,
  居民: PERSON,
  城乡居民: PERSON,
  市民: PERSON,
  公众: PERSON,
  社会公众: PERSON,
  '个人（公民）': PERSON,
  '公民（个人）': PERSON,
  个人公民: PERSON,
  // 民法典 puts 个体工商户 and 农村承包经营户 in its chapter on natural persons.
  个体工商户: PERSON,
  个体户: PERSON,
  农村承包经营户: PERSON,
  法人: '法人',
  企业: '法人',
  公司: '法人',
  单位: '法人',
  法人单位: '法人',
  用人单位: '法人',
  // 企业 are 营利法人 and 事业单位 非营利法人, so 企事业单位 is 法人 (not 其他组织).
  企事业单位: '法人',
  事业单位: '法人',
  机关: '法人',
  国家机关: '法人',
  机关单位: '法人',
  机关事业单位: '法人',
  企业法人: '法人',
  事业单位法人: '法人',
  机关法人: '法人',
  社会组织: '社会组织',
  社团: '社会组织',
  社会团体: '社会组织',
  民办非企业单位: '社会组织',
  民办非企业: '社会组织',
  民非: '社会组织',
  社会服务机构: '社会组织',
  基金会: '社会组织',
  民间组织: '社会组织',
  其他组织: '其他组织',
  其它组织: '其他组织',
  非法人组织: '其他组织',
};

// Groups of people departments name instead of 个人（公民）: 老年人, 残疾人, 求职者, 低保家庭, 贫困户…
const PERSON_SUFFIX = /(?:人|人员|者|居民|群众|村民|市民|职工|学生|儿童|少年|青年|妇女|老人|家庭|户|农民|患者|游客|军人|公民|家属|亲属|子女|遗属)$/u;
const LEGAL_PERSON_SUFFIX = /(?:法人|企业|公司|单位)$/u;
const OBJECT_QUALIFIER = /^(?:符合条件的|符合规定的|辖区内的?|辖区|本区|全区|全体|广大|各类|各|相关|有关|有需求的|需要的|其(?![他它]))/u;
const OPEN_BRACKETS = '（(【[［';
const CLOSE_BRACKETS = '）)】]］';
const OBJECT_SEPARATOR = /[、，,;；/／|｜\s]/u;
const OBJECT_SEPARATOR_WORDS = ['以及', '或者', '和', '及', '与', '或'];

// Splits at separators outside brackets: 法人（企业、事业单位） stays one part.
function splitObjects(text: string): string[] {
  const chars = Array.from(text);
  const parts: string[] = [];
  let current = '';
  let depth = 0;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (OPEN_BRACKETS.includes(ch)) depth++;
    else if (CLOSE_BRACKETS.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0) {
      if (OBJECT_SEPARATOR.test(ch)) {
        parts.push(current);
        current = '';
        continue;
      }
      const word = OBJECT_SEPARATOR_WORDS.find((w) => chars.slice(i, i + w.length).join('') === w);
      // 中华人民共和国 holds a 和 that separates nothing.
      if (word && !(word === '和' && chars[i - 1] === '共' && chars[i + 1] === '国')) {
        parts.push(current);
        current = '';
        i += word.length - 1;
        continue;
      }
    }
    current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

function cleanObjectPart(part: string): string {
  let p = part.replace(/\s/gu, '').replace(/\(/g, '（').replace(/\)/g, '）');
  let before = '';
  while (before !== p) {
    before = p;
    p = p.replace(OBJECT_QUALIFIER, '').replace(/(?:等等|等)$/u, '');
  }
  return p;
}

function objectOf(part: string): ServiceObject | null {
  const direct = OBJECT_WORDS[part];
  if (direct) return direct;
  // 法人（企业、事业单位） · 公民（含外籍人员）: the bracket only qualifies the word before it.
  const base = part.replace(/（[^）]*）/gu, '');
  if (base !== part && OBJECT_WORDS[base]) return OBJECT_WORDS[base];
  if (base === '') return null;
  if (OBJECT_WORDS[base]) return OBJECT_WORDS[base];
  if (base.endsWith('民办非企业单位')) return '社会组织';
  if (LEGAL_PERSON_SUFFIX.test(base)) return '法人';
  if (PERSON_SUFFIX.test(base)) return PERSON;
  return null;
}

const OBJECT_CHOICES = SERVICE_OBJECTS.join('、');

/** 服务对象规范化 (R4): free text such as “公民、法人” split into the four canonical objects, in their order. */
export function normalizeServiceObjects(raw: string | null): { values: ServiceObject[]; findings: Finding[] } {
  const text = visible(raw);
  const parts = splitObjects(text).map(cleanObjectPart).filter((p) => p !== '');
  if (parts.length === 0) {
    return {
      values: [],
      findings: [finding('incomplete', 'R4.objects.missing', 'serviceObjects', `未填写服务对象，请从${OBJECT_CHOICES}中选择一项或多项`)],
    };
  }
  const found = new Set<ServiceObject>();
  const findings: Finding[] = [];
  for (const part of parts) {
    const object = objectOf(part);
    if (object) found.add(object);
    else findings.push(finding('error', 'R4.objects.unknown', 'serviceObjects', `服务对象“${part}”无法识别，只能填写${OBJECT_CHOICES}`));
  }
  const values = SERVICE_OBJECTS.filter((o) => found.has(o));
  const canonical = values.join('、');
  if (values.length > 0 && text !== canonical) {
    findings.unshift(finding('warning', 'R4.objects.normalized', 'serviceObjects', `服务对象“${text}”已规范为“${canonical}”`));
  }
  return { values, findings };
}

// ---------------------------------------------------------------------------------------------
// R6 事项名称

// 1. · 1、 · 1） · （一） · (1) · 一、 · ① · ⑴ · ⒈ — but not 12345政务服务热线 or 3.5吨以下.
const SERIAL = /^\s*(?:\d{1,3}\s*[.．、,，)）](?!\d)|[（(]\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、.．]|[①-⑳⑴-⒇⒈-⒛])\s*/u;

/** 事项名称规范化 (R6): trimmed, full-width Chinese punctuation, no trailing 。, no leading serial number. */
export function normalizeItemName(raw: string): { value: string; finding: Finding | null } {
  // The serial number goes before normalizeName, which would take the dot of a bare “1.” for a 。.
  let value = visible(raw).replace(/[０-９]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  let before: string | null = null;
  while (before !== value) {
    before = value;
    value = normalizeName(value.replace(SERIAL, ''));
  }
  if (value === '') {
    return { value, finding: finding('error', 'R6.name.missing', 'name', '事项名称不能为空') };
  }
  // Spaces at the ends of a cell are invisible; only a change people can see is reported.
  const typed = visible(raw);
  if (value === typed) return { value, finding: null };
  return { value, finding: finding('warning', 'R6.name.normalized', 'name', `事项名称“${typed}”已规范为“${value}”`) };
}

// ---------------------------------------------------------------------------------------------
// R2 办理依据

const HAN_OR_WIDE = String.raw`[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF“”‘’《》]`;
const SPACE_BESIDE_WIDE = new RegExp(String.raw`(?<=${HAN_OR_WIDE})\s+|\s+(?=${HAN_OR_WIDE})`, 'gu');

// Line breaks and spaces inside a cell are wrapping: none between Chinese characters, one elsewhere.
function tidy(text: string): string {
  return text.replace(INVISIBLE, '').replace(SPACE_BESIDE_WIDE, '').replace(/\s+/gu, ' ').trim();
}

const YEAR_OPEN = '〔[［(（【﹝{';
const YEAR_CLOSE = '〕\\]］)）】﹞}';
const YEAR_DOC = new RegExp(String.raw`([\p{Script=Han}A-Za-z]{0,12})\s*[${YEAR_OPEN}]\s*((?:19|20)\d{2})\s*[${YEAR_CLOSE}]\s*第?\s*(\d{1,4})\s*号`, 'u');
const DECREE = /((?:\p{Script=Han}){1,24}?令)\s*第\s*([\d零〇一二三四五六七八九十百]+)\s*号/u;
const DECREE_AFTER = /(\p{Script=Han}{2,24}?)\s*第\s*([\d零〇一二三四五六七八九十百]+)\s*号令/u;
const LEAD_WORDS = /^(?:.*?(?:根据|依据|按照|参照|依照|见|详见|即))?[年月日号的]*/u;

function cleanIssuer(issuer: string): string {
  return issuer.replace(LEAD_WORDS, '');
}

function findDocNumber(text: string): { value: string; index: number; length: number } | null {
  const candidates: { value: string; index: number; length: number }[] = [];
  const year = YEAR_DOC.exec(text);
  if (year) candidates.push({ value: `${cleanIssuer(year[1])}〔${year[2]}〕${year[3]}号`, index: year.index, length: year[0].length });
  const decree = DECREE.exec(text);
  if (decree) candidates.push({ value: `${cleanIssuer(decree[1])}第${decree[2]}号`, index: decree.index, length: decree[0].length });
  const after = DECREE_AFTER.exec(text);
  if (after) candidates.push({ value: `${cleanIssuer(after[1])}令第${after[2]}号`, index: after.index, length: after[0].length });
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0] ?? null;
}

/** 文号规范化: the document number in a text, its year in 〔〕 (国发[2014]8号 → 国发〔2014〕8号), or null. */
export function normalizeDocNumber(text: string): string | null {
  return findDocNumber(tidy(text))?.value ?? null;
}

const PROVINCES =
  '北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门|张家界|武陵源';
const LOCAL_TITLE = new RegExp(`^(?:${PROVINCES})`, 'u');

/** 依据类别推断 (R2): the kind of a basis guessed from its title and document number, or null. */
export function guessBasisKind(title: string, docNumber: string | null): BasisKind | null {
  const name = title.replace(/^《|》$/gu, '');
  const doc = docNumber ?? '';
  if (/纪要/u.test(name) || /纪要/u.test(doc)) return '会议纪要';
  if (/承诺/u.test(name)) return '公开承诺';
  if (/三定|主要职责内设机构和人员编制|职能配置.*内设机构.*人员编制/u.test(name)) return NORMATIVE;
  if (/(?:省|市|自治区|州|县|区)(?:人民)?政府令/u.test(doc)) return '地方政府规章';
  if (/国务院令/u.test(doc)) return '行政法规';
  if (/主席令/u.test(doc)) return '法律';
  if (/令第/u.test(doc)) return '部门规章';
  if (/法$/u.test(name) && !/办法$/u.test(name)) return LOCAL_TITLE.test(name) ? null : '法律';
  if (/^全国人民代表大会(?:常务委员会)?关于.*的决定$/u.test(name)) return '法律';
  if (/条例$/u.test(name)) return LOCAL_TITLE.test(name) ? '地方性法规' : '行政法规';
  // 湖南省实施〈中华人民共和国…法〉办法 is passed by the provincial people's congress.
  if (LOCAL_TITLE.test(name) && /实施[〈《].*法[〉》]办法$/u.test(name)) return '地方性法规';
  if (/〔\d{4}〕\d+号/u.test(doc)) return NORMATIVE;
  if (/关于.*(?:通知|意见|决定|办法|规定|方案|批复|函)$/u.test(name)) return NORMATIVE;
  return null;
}

const NUM = '[零〇一二三四五六七八九十百千两\\d]';
const ARTICLE_UNIT = String.raw`第\s*[（(]?\s*${NUM}+\s*[)）]?\s*(?:条|款|项|目|部分|点|章|节)(?:之${NUM}+)?`;
const ARTICLE_RUN = new RegExp(String.raw`^\s*${ARTICLE_UNIT}(?:\s*(?:[、，,和及与或至到]|以及|或者)?\s*${ARTICLE_UNIT})*`, 'u');
const ARTICLE_ANYWHERE = new RegExp(String.raw`${ARTICLE_UNIT}(?:\s*(?:[、，,和及与或至到]|以及|或者)?\s*${ARTICLE_UNIT})*`, 'u');

// Numbering of a list of bases: 1. · 1、 · (1) · （一） · 一、 · ①.
const MARKER = String.raw`(?:\d{1,2}\s*[.．、)）](?!\d)|[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、.．]|[①-⑳⑴-⒇⒈-⒛])`;
const ARABIC_MARKER = new RegExp(String.raw`^\s*(?:\d{1,2}\s*[.．、)）](?!\d)|[（(]\s*\d{1,2}\s*[)）]|[①-⑳⑴-⒇⒈-⒛])`, 'u');
const LEAD = String.raw`(?:(?:根据|依据|按照|参照|依照)\s*)`;
const STARTS_BASIS = new RegExp(String.raw`^\s*(?:${MARKER}\s*)?${LEAD}?《`, 'u');
const STRIP_MARKER = new RegExp(String.raw`^\s*(?:${MARKER}\s*)?(?:(?:办理)?依据[:：]\s*)?`, 'u');
const STRIP_START = new RegExp(String.raw`^\s*(?:${MARKER}\s*)?(?:(?:办理)?依据[:：]\s*)?${LEAD}?`, 'u');
// Inside a line, a new basis starts after ；。 or a space when a title (maybe numbered) follows, or
// right at a number followed by a title: …内容2.《…》.
const SPLIT_IN_LINE = new RegExp(String.raw`(?<=[；;。\s])(?=\s*(?:${MARKER}\s*)?${LEAD}?《)|(?<=[^\d第\s])(?=\d{1,2}\s*[.．、]\s*《)`, 'u');
// A second title right after the first one's title, number or article: 《A》、《B》 · 《A》第三条和《B》第五条.
const SOFT_SPLIT = new RegExp(String.raw`^\s*(?:[、，,；;]|和|及|与|以及)\s*${LEAD}?(?=《)`, 'u');
const ADOPTION_NOTE = /\d{4}年|通过|修订|修正|公布|发布|颁布|施行|试行/u;
const NO_BASIS_CELL = /^(?:无|暂无|没有|无文件依据|无依据|无明确依据|无相关依据|[/／\-—－]+)(?:[，,：:；;。\s].*)?$/su;

function groupLines(text: string): string[] {
  const groups: string[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    const isNew = STARTS_BASIS.test(trimmed) || (ARABIC_MARKER.test(trimmed) && (trimmed.includes('《') || findDocNumber(trimmed) !== null));
    if (groups.length === 0 || isNew) groups.push(trimmed);
    else groups[groups.length - 1] += trimmed;
  }
  return groups.flatMap((g) => g.split(SPLIT_IN_LINE)).map((g) => g.trim()).filter((g) => g !== '');
}

// Index just after the bracket that closes the one at `start`, counting nested brackets.
function closingIndex(chars: string[], start: number, open: string, close: string): number {
  let depth = 0;
  for (let i = start; i < chars.length; i++) {
    if (open.includes(chars[i])) depth++;
    else if (close.includes(chars[i])) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

function cleanArticleText(text: string): string | null {
  let t = tidy(text)
    .replace(/^[\s，,、：:；;。.]+/u, '')
    .replace(/^(?:中|之)?(?:的)?(?:相关|有关)?(?:规定|明确|指出|要求|内容)(?:为|是|如下)?[\s，,：:]*/u, '')
    .replace(/[\s；;]+$/u, '');
  const quoted = /^[“"「『‘](.*?)[”"」』’]([。.；;]?)$/su.exec(t);
  if (quoted) t = quoted[1].trim();
  if (/^(?:等|。|\.|的?(?:相关|有关)?规定。?|(?:如下|下列|以下)[:：]?)?$/u.test(t)) return null;
  return t;
}

function parseBasis(piece: string): LegalBasis[] {
  const rest = piece.replace(STRIP_START, '');
  const chars = Array.from(rest);
  const open = chars.indexOf('《');
  if (open < 0) {
    // No title: keep the words as typed (根据国家有关规定) so people see what to replace.
    const plain = piece.replace(STRIP_MARKER, '');
    const doc = findDocNumber(plain);
    const withoutDoc = doc ? plain.slice(0, doc.index) + plain.slice(doc.index + doc.length) : plain;
    const article = ARTICLE_ANYWHERE.exec(withoutDoc);
    const text = article ? withoutDoc.slice(article.index + article[0].length) : withoutDoc;
    const docNumber = doc?.value ?? null;
    return [{ kind: guessBasisKind('', docNumber), title: '', docNumber, article: article ? article[0].replace(/\s/gu, '') : null, articleText: cleanArticleText(text) }];
  }
  const prefix = chars.slice(0, open).join('');
  let end = closingIndex(chars, open, '《', '》');
  let title: string;
  if (end < 0) {
    // 《社会保险法 第二十条 … : the title ends where the article or a bracket begins.
    const tail = chars.slice(open + 1).join('');
    const stop = tail.search(new RegExp(String.raw`${ARTICLE_UNIT}|[（(]`, 'u'));
    const inner = stop < 0 ? tail : tail.slice(0, stop);
    title = `《${inner.trim()}》`;
    end = open + 1 + Array.from(inner).length;
  } else {
    title = chars.slice(open, end).join('');
  }
  title = normalizeName(title);
  let after = chars.slice(end).join('');

  let docNumber: string | null = null;
  const takeBracketedDoc = () => {
    const trimmed = after.trimStart();
    const t = Array.from(trimmed);
    if (t[0] === '(' || t[0] === '（') {
      const close = closingIndex(t, 0, '(（', ')）');
      if (close > 0) {
        const inner = t.slice(1, close - 1).join('');
        const doc = findDocNumber(inner);
        // The adoption note (2010年10月28日…通过) is not part of the basis; (一) opens the article text.
        if (doc || ADOPTION_NOTE.test(inner)) {
          if (doc) docNumber ??= doc.value;
          after = t.slice(close).join('');
          return;
        }
      }
    }
    const doc = findDocNumber(trimmed);
    if (doc && doc.index === 0) {
      docNumber ??= doc.value;
      after = trimmed.slice(doc.length);
    }
  };
  takeBracketedDoc();
  if (docNumber === null) docNumber = findDocNumber(prefix)?.value ?? null;

  const next = (): LegalBasis[] | null => {
    const soft = SOFT_SPLIT.exec(after);
    return soft ? parseBasis(after.slice(soft[0].length)) : null;
  };
  const make = (article: string | null, articleText: string | null): LegalBasis => ({ kind: guessBasisKind(title, docNumber), title, docNumber, article, articleText });

  const earlySplit = next();
  if (earlySplit) return [make(null, null), ...earlySplit];

  const articleMatch = ARTICLE_RUN.exec(after);
  const article = articleMatch ? articleMatch[0].replace(/\s/gu, '') : null;
  if (articleMatch) after = after.slice(articleMatch[0].length);
  if (docNumber === null) takeBracketedDoc();

  const lateSplit = next();
  if (lateSplit) return [make(article, null), ...lateSplit];
  return [make(article, cleanArticleText(after))];
}

/**
 * 办理依据解析 (R2): one filing-form cell holding one or several bases (numbered, one a line or
 * separated by ；) as structured bases. A cell that says there is none (无, 无文件依据：…) gives [].
 */
export function parseLegalBases(cell: string | null): LegalBasis[] {
  const text = (cell ?? '').replace(INVISIBLE, '').replace(/\r\n?/g, '\n').trim();
  if (text === '' || NO_BASIS_CELL.test(text)) return [];
  return groupLines(text)
    .flatMap(parseBasis)
    .filter((b) => b.title !== '' || b.docNumber !== null || b.article !== null || b.articleText !== null);
}

const NO_BASIS = /无\s*(?:任何)?(?:文件|法定|法律|政策|办理|明确|上位法|相关)?(?:文件)?依据/u;
const REASON_LEAD = /^[\s，,：:；;。、]*(?:(?:其)?(?:理由|原因|说明)(?:是|为|如下)?[\s：:，,]*)?/u;
const REGULAR_SERVICE = /经常性|常态化|认可/u;

/**
 * 无依据理由 (R2): the reason an item has no document basis, from remarks such as “无文件依据：…” or
 * “无依据，理由：…” (also works on a 办理依据 cell that says so), or null.
 */
export function extractNoBasisReason(remarks: string | null): string | null {
  const text = tidy(remarks ?? '');
  const m = NO_BASIS.exec(text);
  if (!m) return null;
  let reason = text.slice(m.index + m[0].length).replace(REASON_LEAD, '').replace(/[\s；;，,]+$/u, '');
  const bracketed = /^[（(](.*)[)）]$/su.exec(reason);
  if (bracketed) reason = bracketed[1].trim();
  if (reason !== '') return reason;
  // 该事项为经常性、常态化服务，无文件依据: the reason came first.
  const before = text.slice(0, m.index).replace(/[\s，,：:；;。、]+$/u, '').trim();
  return REGULAR_SERVICE.test(before) ? before : null;
}
