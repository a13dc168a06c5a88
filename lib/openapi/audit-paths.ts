import type { ZodOpenApiPathsObject } from "zod-openapi";
import { AUDIT_OUTCOMES, auditFilterSchema } from "../audit/schemas";
import { z } from "../zod";
import { bearer, commonErrors, json } from "./common";

const { "401": e401, "403": e403, "422": e422 } = commonErrors;
const e409 = json(z.object({}), "冲突：已经撤回过，或档案不是基于同意处理的");

const auditItem = z.object({
  id: z.number().int(),
  at: z.string().meta({ description: "ISO 8601，+08:00" }),
  actorId: z.number().int().nullable(),
  actorUsername: z.string().nullable(),
  action: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  outcome: z.enum(AUDIT_OUTCOMES),
  ip: z.string().nullable(),
  reason: z.string().nullable().meta({ description: "紧急查阅时管理员说明的理由" }),
  details: z.unknown().nullable().meta({ description: "代码和编号，从不含敏感正文" }),
});

/** Audit review (admin only), and the resident's privacy controls. */
export const auditPaths: ZodOpenApiPathsObject = {
  "/api/v1/audit": {
    get: {
      summary: "审计日志（仅管理员）：最新在前，可按操作人、操作代码（或以“.”结尾的前缀）、记录、结果、日期筛选；reasons=1 只列紧急查阅",
      security: bearer,
      requestParams: { query: auditFilterSchema },
      responses: { "200": json(z.object({ items: z.array(auditItem), nextCursor: z.string().nullable() })), "401": e401, "403": e403, "422": e422 },
    },
  },
  "/api/v1/audit/verify": {
    post: {
      summary: "立即校验审计日志的哈希链（仅管理员）；校验本身记入日志",
      security: bearer,
      responses: {
        "200": json(z.object({ ok: z.boolean(), count: z.number().int(), brokenAtId: z.number().int().optional() })),
        "401": e401,
        "403": e403,
      },
    },
  },
  "/api/v1/me/consent/withdraw": {
    post: {
      summary: "居民撤回对处理其敏感个人信息的同意（仅居民本人）；已撤回或非基于同意处理时 409",
      security: bearer,
      responses: { "200": json(z.object({ withdrawnAt: z.string() })), "401": e401, "403": e403, "409": e409 },
    },
  },
};
