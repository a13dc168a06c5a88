import type { ZodOpenApiPathsObject } from "zod-openapi";
import { registerListSchema, timelineJsonSchema } from "../residents/api-schemas";
import { searchRegisterSchema } from "../residents/schemas";
import { z } from "../zod";
import { bearer, commonErrors, json } from "./common";

const { "401": e401, "403": e403, "404": e404, "422": e422 } = commonErrors;

/** The person register and timeline (一人一档) — staff. */
export const residentsPaths: ZodOpenApiPathsObject = {
  "/api/v1/residents": {
    get: {
      summary: "按姓名或电话号码检索居民档案（工作人员）；电话打码；不带 q 时不列出任何人",
      security: bearer,
      requestParams: { query: searchRegisterSchema },
      responses: { "200": json(registerListSchema), "401": e401, "403": e403, "422": e422 },
    },
  },
  "/api/v1/residents/{id}/timeline": {
    get: {
      summary: "一人一档：该居民的预约、热线来电、调解案件、关爱对象与走访、活动报名，按时间倒序；每类只含调用者按该业务权限可见的记录，只有类型、日期、状态和链接",
      security: bearer,
      requestParams: { path: z.object({ id: z.string().meta({ description: "居民档案 id（数字）" }) }) },
      responses: { "200": json(timelineJsonSchema), "401": e401, "403": e403, "404": e404 },
    },
  },
};
