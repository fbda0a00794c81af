import { z } from 'zod';
import { SERVICE_OBJECTS } from '../../../domain/catalog/item.ts';
import { THEME_CODES } from '../../../domain/portal/themes.ts';

/** The longest query the search takes, in characters. */
export const MAX_QUERY_LENGTH = 50;

const RegionSchema = z.string().regex(/^\d{6}$/, '行政区划代码为6位数字').optional().describe('行政区划代码，默认为本站所在区；省级（如430000）或市级（如430800）代码检索其下所有区县的现行目录');
const QuerySchema = z.string().trim().max(MAX_QUERY_LENGTH, `检索词不超过${MAX_QUERY_LENGTH}个字`);

/** `GET /api/v1/search`: the query and the list page's filters. */
export const SearchQuerySchema = z.object({
  q: QuerySchema.optional().describe('检索词：事项名称、关键词、拼音或拼音首字母；为空时按目录顺序浏览'),
  region: RegionSchema,
  unitId: z.uuid('单位编号格式不正确').optional().describe('实施单位'),
  category: z.enum(['on_application', 'proactive'], '事项类别只能是依申请类（on_application）或主动服务类（proactive）').optional(),
  object: z.enum(SERVICE_OBJECTS, `服务对象只能是${SERVICE_OBJECTS.join('、')}之一`).optional().describe('服务对象'),
  theme: z.enum(THEME_CODES as [string, ...string[]], '主题分类不存在').optional().describe('主题分类代码（见 src/domain/portal/themes.ts）'),
  depth: z.coerce.number('网办深度须为1至4').int('网办深度须为1至4').min(1, '网办深度须为1至4').max(4, '网办深度须为1至4').optional().describe('网办深度 1–4'),
  page: z.coerce.number('页码须为正整数').int('页码须为正整数').min(1, '页码须为正整数').max(1000, '页码不超过1000').default(1),
  pageSize: z.coerce.number('每页条数须为1至50').int('每页条数须为1至50').min(1, '每页条数须为1至50').max(50, '每页条数须为1至50').default(20),
});

export const SearchHitSchema = z
  .object({
    code: z.string().describe('事项编码'),
    name: z.string().describe('事项名称'),
    nameHtml: z.string().describe('事项名称（HTML 转义，命中部分以 <mark> 标出）'),
    unitId: z.uuid(),
    unitName: z.string().describe('实施单位规范全称'),
    category: z.string().nullable(),
    serviceObjects: z.array(z.string()),
    themes: z.array(z.string()).describe('主题分类代码'),
    onlineDepth: z.number().int().nullable(),
    snippetHtml: z.string().nullable().describe('服务内容中命中的片段（HTML 转义，命中部分以 <mark> 标出）'),
    score: z.number().describe('相关度；浏览时为 0'),
  })
  .meta({ id: 'SearchHit' });

export const SearchResultSchema = z.object({
  regionCode: z.string(),
  q: z.string(),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  items: z.array(SearchHitSchema),
});

/** `GET /api/v1/search/suggest`. */
export const SuggestQuerySchema = z.object({
  q: QuerySchema.default('').describe('已输入的检索词'),
  region: RegionSchema,
});

export const SuggestResultSchema = z.object({ suggestions: z.array(z.string()).describe('至多8个事项名称') });
