import type { ZodOpenApiPathsObject } from "zod-openapi";
import { userDetailSchema, userListSchema } from "../users/api-schemas";
import { createStaffUserSchema, disableUserSchema, enableUserSchema, listUsersSchema, resetPasswordSchema, updateStaffUserSchema } from "../users/schemas";
import { z } from "../zod";
import { bearer, commonErrors, json } from "./common";

const idPath = z.object({ id: z.string().meta({ description: "用户 id（数字）" }) });
const body = <T extends z.ZodType>(schema: T) => ({ content: { "application/json": { schema } } });
const conflict = json(z.object({}), "冲突：用户名已被使用、不能停用自己、至少保留一名启用的管理员等");
const { "400": e400, "401": e401, "403": e403, "404": e404, "413": e413, "422": e422 } = commonErrors;

/** Staff account administration — admin only. */
export const usersPaths: ZodOpenApiPathsObject = {
  "/api/v1/users": {
    get: {
      summary: "账号列表（仅管理员）：按用户名排序，可按姓名/用户名/电话搜索，按角色和状态筛选",
      security: bearer,
      requestParams: { query: listUsersSchema },
      responses: { "200": json(userListSchema), "401": e401, "403": e403, "422": e422 },
    },
    post: {
      summary: "新建工作人员账号（仅管理员）；用户首次登录须修改密码",
      security: bearer,
      requestBody: body(createStaffUserSchema),
      responses: { "201": json(z.object({ id: z.number().int() }), "已创建"), "400": e400, "401": e401, "403": e403, "409": conflict, "413": e413, "422": e422 },
    },
  },
  "/api/v1/users/{id}": {
    get: {
      summary: "账号详情（仅管理员），不含密码哈希",
      security: bearer,
      requestParams: { path: idPath },
      responses: { "200": json(userDetailSchema), "401": e401, "403": e403, "404": e404 },
    },
    patch: {
      summary: "修改账号（仅管理员）：姓名、电话、职务、咨询师类别、角色；未给出的字段保持不变；角色变更在用户下一次请求时生效",
      security: bearer,
      requestParams: { path: idPath },
      requestBody: body(updateStaffUserSchema),
      responses: { "200": json(userDetailSchema), "400": e400, "401": e401, "403": e403, "404": e404, "409": conflict, "413": e413, "422": e422 },
    },
  },
  "/api/v1/users/{id}/disable": {
    post: {
      summary: "停用账号（仅管理员）：该用户所有会话和令牌在下一次请求时失效",
      security: bearer,
      requestParams: { path: idPath },
      requestBody: body(disableUserSchema),
      responses: { "200": json(z.object({ id: z.number().int(), active: z.literal(false) })), "400": e400, "401": e401, "403": e403, "404": e404, "409": conflict, "413": e413, "422": e422 },
    },
  },
  "/api/v1/users/{id}/enable": {
    post: {
      summary: "重新启用账号（仅管理员）",
      security: bearer,
      requestParams: { path: idPath },
      requestBody: body(enableUserSchema),
      responses: { "200": json(z.object({ id: z.number().int(), active: z.literal(true) })), "400": e400, "401": e401, "403": e403, "404": e404, "413": e413, "422": e422 },
    },
  },
  "/api/v1/users/{id}/reset-password": {
    post: {
      summary: "重置密码（仅管理员，不能用于自己的账号）：该用户的会话立即失效，下次登录须修改密码",
      security: bearer,
      requestParams: { path: idPath },
      requestBody: body(resetPasswordSchema),
      responses: { "200": json(z.object({ id: z.number().int(), mustChangePassword: z.literal(true) })), "400": e400, "401": e401, "403": e403, "404": e404, "409": conflict, "413": e413, "422": e422 },
    },
  },
};
