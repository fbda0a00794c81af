import { z } from 'zod';

/** RFC 9457 problem details as the API answers them. */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string(),
    detail: z.string().describe('中文说明'),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .loose()
  .meta({ id: 'Problem' });

/** Error responses every route may give; each route adds its own success schema. */
export function withProblems<T extends Record<number, z.ZodType>>(ok: T, statuses: number[] = [400, 401, 403, 404, 409]) {
  const problems: Record<number, typeof ProblemSchema> = {};
  for (const s of statuses) problems[s] = ProblemSchema;
  // Typed as the success schemas only, so handlers are checked against what they return; the problem
  // schemas still reach the OpenAPI document.
  return { ...problems, ...ok } as T;
}

export const IdParamsSchema = z.object({ id: z.uuid('编号格式不正确') });

export const PageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const OkSchema = z.object({ ok: z.literal(true) });
