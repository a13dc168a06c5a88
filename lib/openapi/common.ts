import { z } from "../zod";

export const errorSchema = z
  .object({
    error: z.object({
      code: z.enum(["bad_request", "unauthenticated", "forbidden", "not_found", "conflict", "too_large", "validation", "too_many_attempts", "internal"]),
      message: z.string().meta({ description: "zh-CN, safe to show" }),
      fieldErrors: z.record(z.string(), z.array(z.string())).optional(),
    }),
  })
  .meta({ id: "Error" });

const err = (description: string) => ({ description, content: { "application/json": { schema: errorSchema } } });

/** The error responses every signed-in operation can give. */
export const commonErrors = {
  "400": err("请求体不是有效的 JSON"),
  "401": err("未登录或令牌无效"),
  "403": err("角色无权进行此操作"),
  "404": err("记录不存在或无权查看"),
  "413": err("请求体超过 1 MiB"),
  "422": err("字段校验失败"),
};

export const json = <T extends z.ZodType>(schema: T, description = "OK") => ({ description, content: { "application/json": { schema } } });

export const bearer: Record<string, string[]>[] = [{ bearerAuth: [] }, { cookieAuth: [] }];
