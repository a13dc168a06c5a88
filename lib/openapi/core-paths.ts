import type { ZodOpenApiPathsObject } from "zod-openapi";
import { meSchema, tokenResponseSchema } from "../auth/api-schemas";
import { signInSchema } from "../auth/schemas";
import { z } from "../zod";
import { bearer, commonErrors, json } from "./common";

export const corePaths: ZodOpenApiPathsObject = {
  "/api/v1/health": {
    get: { summary: "存活检查（不访问数据库）", security: [], responses: { "200": json(z.object({ status: z.literal("ok") })) } },
  },
  "/api/v1/auth/token": {
    post: {
      summary: "用户名密码换取访问令牌",
      security: [],
      requestBody: { content: { "application/json": { schema: signInSchema } } },
      responses: { "200": json(tokenResponseSchema), "401": commonErrors["401"], "422": commonErrors["422"], "429": json(z.object({}), "失败次数过多，已锁定 15 分钟") },
    },
  },
  "/api/v1/me": {
    get: { summary: "当前用户", security: bearer, responses: { "200": json(meSchema), "401": commonErrors["401"] } },
  },
  "/api/v1/openapi.json": {
    get: { summary: "本 OpenAPI 3.1 文档", security: [], responses: { "200": { description: "OpenAPI 3.1" } } },
  },
};
