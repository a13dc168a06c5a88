import type { ZodOpenApiPathsObject } from "zod-openapi";
import { availabilityJsonSchema, blackoutJsonSchema, reservationJsonSchema, reservationRefJsonSchema, roomJsonSchema, roomUsageJsonSchema, seriesResultJsonSchema, slotJsonSchema } from "../rooms/api-schemas";
import {
  addBlackoutSchema,
  cancelReservationSchema,
  dateRangeQuerySchema,
  freeSlotsQuerySchema,
  listReservationsQuerySchema,
  moveReservationSchema,
  reserveRoomSchema,
  reserveSeriesSchema,
  roomReservationsQuerySchema,
  updateRoomSchema,
} from "../rooms/schemas";
import { z } from "../zod";
import { bearer, commonErrors, errorSchema, json } from "./common";

const idPath = z.object({ id: z.string().meta({ description: "id（数字）" }) });
const body = <T extends z.ZodType>(schema: T) => ({ content: { "application/json": { schema } } });
const { "400": e400, "401": e401, "403": e403, "404": e404, "413": e413, "422": e422 } = commonErrors;
const e409 = (description: string) => json(errorSchema, description);
const list = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });
const staffOrResident = z.union([list(reservationJsonSchema), availabilityJsonSchema]);

/** Function rooms and the one booking engine behind every reservation. */
export const roomsPaths: ZodOpenApiPathsObject = {
  "/api/v1/rooms": {
    get: {
      summary: "功能室目录（八个功能室）；管理员加 ?all=1 可含已停用的",
      security: bearer,
      requestParams: { query: z.object({ all: z.enum(["0", "1"]).optional() }) },
      responses: { "200": json(list(roomJsonSchema)), "401": e401 },
    },
  },
  "/api/v1/rooms/{id}": {
    get: { summary: "一个功能室", security: bearer, requestParams: { path: idPath }, responses: { "200": json(roomJsonSchema), "401": e401, "404": e404 } },
    patch: {
      summary: "修改功能室设置（仅管理员）：介绍、图标、容量、模式、居民可约、须工作人员在场、每周开放时间、时长上下限、启用；缩小容量或改为独占若与已有预约冲突则 409",
      security: bearer,
      requestParams: { path: idPath },
      requestBody: body(updateRoomSchema),
      responses: { "200": json(roomJsonSchema), "400": e400, "401": e401, "403": e403, "404": e404, "409": e409("与已有预约冲突"), "413": e413, "422": e422 },
    },
  },
  "/api/v1/rooms/{id}/reservations": {
    get: {
      summary: "功能室在本地日期 from–to（含两端）内的预约。工作人员：有效预约（含标题、预约人），分页；居民：只有忙碌时段（不含标题、姓名）和自己的预约",
      security: bearer,
      requestParams: { path: idPath, query: roomReservationsQuerySchema },
      responses: { "200": json(staffOrResident), "401": e401, "404": e404, "422": e422 },
    },
  },
  "/api/v1/rooms/{id}/slots": {
    get: {
      summary: "某日可预约的开始时间（半小时一档），每个都经预约引擎校验；minutes 默认一小时（在功能室时长范围内）",
      security: bearer,
      requestParams: { path: idPath, query: freeSlotsQuerySchema },
      responses: { "200": json(list(slotJsonSchema)), "401": e401, "404": e404, "422": e422 },
    },
  },
  "/api/v1/rooms/usage": {
    get: {
      summary: "功能室使用率（仅管理员）：本地日期 from–to 内每室开放分钟（扣除停用时段）、已预约分钟、人次分钟",
      security: bearer,
      requestParams: { query: dateRangeQuerySchema },
      responses: { "200": json(roomUsageJsonSchema), "401": e401, "403": e403, "422": e422 },
    },
  },
  "/api/v1/reservations": {
    get: {
      summary: "预约列表：居民只看自己的；工作人员 mine=1 看自己的，否则看全部。可按功能室、状态（live = 有效）、本地日期筛选",
      security: bearer,
      requestParams: { query: listReservationsQuerySchema },
      responses: { "200": json(list(reservationJsonSchema)), "401": e401, "422": e422 },
    },
    post: {
      summary:
        "预约功能室。工作人员：任意启用的功能室；居民：仅居民可约的功能室、为自己、最多 3 个未开始的预约。须在开放时间内、不在停用时段、不早于现在、时长在范围内。带 holdMinutes 为暂留（仅工作人员）。相同 requestKey 的重复提交返回同一预约（200）",
      security: bearer,
      requestBody: body(reserveRoomSchema),
      responses: {
        "201": json(reservationRefJsonSchema, "已预约"),
        "200": json(reservationRefJsonSchema, "重复提交：返回第一次的预约"),
        "400": e400,
        "401": e401,
        "403": e403,
        "404": e404,
        "409": e409("时段已被占用（独占）、容量已满（共享）或在停用时段内"),
        "413": e413,
        "422": e422,
      },
    },
  },
  "/api/v1/reservations/{id}": {
    get: { summary: "一项预约（居民只能看自己的）", security: bearer, requestParams: { path: idPath }, responses: { "200": json(reservationJsonSchema), "401": e401, "404": e404 } },
  },
  "/api/v1/reservations/{id}/cancel": {
    post: {
      summary: "取消预约（预约人或管理员），时段立即释放；重复取消返回同样结果。scope=following 同时取消该系列之后的各次",
      security: bearer,
      requestParams: { path: idPath },
      requestBody: body(cancelReservationSchema),
      responses: {
        "200": json(z.object({ id: z.number().int(), status: z.literal("cancelled"), cancelledIds: z.array(z.number().int()) })),
        "401": e401,
        "403": e403,
        "404": e404,
        "409": e409("已结束，或属于预约咨询、团体活动等业务（请在该业务中取消）"),
        "422": e422,
      },
    },
  },
  "/api/v1/reservations/{id}/move": {
    post: {
      summary: "改期或换功能室（预约人或管理员），按新预约同样校验",
      security: bearer,
      requestParams: { path: idPath },
      requestBody: body(moveReservationSchema),
      responses: { "200": json(reservationRefJsonSchema), "400": e400, "401": e401, "403": e403, "404": e404, "409": e409("新时段被占用或已满"), "413": e413, "422": e422 },
    },
  },
  "/api/v1/reservations/{id}/confirm": {
    post: {
      summary: "确认暂留的预约；暂留已过期时仅在时段仍空闲时可确认",
      security: bearer,
      requestParams: { path: idPath },
      responses: { "200": json(reservationRefJsonSchema), "401": e401, "403": e403, "404": e404, "409": e409("已取消或时段已被占用") },
    },
  },
  "/api/v1/reservation-series": {
    post: {
      summary: "每周重复预约（工作人员）：count 次或到 until（本地日期，含）为止，最多 52 次。保存前逐次校验；有冲突且未选 skipConflicts 时不保存，409 的 fieldErrors 按 occurrences.<序号> 列出每次冲突；dryRun 只返回校验结果",
      security: bearer,
      requestBody: body(reserveSeriesSchema),
      responses: {
        "201": json(seriesResultJsonSchema, "已保存"),
        "200": json(seriesResultJsonSchema, "dryRun 的校验结果，或重复提交"),
        "400": e400,
        "401": e401,
        "403": e403,
        "404": e404,
        "409": e409("有冲突的日期（逐次列出）"),
        "413": e413,
        "422": e422,
      },
    },
  },
  "/api/v1/blackouts": {
    get: {
      summary: "本地日期 from–to 内的停用时段（roomId 为 null 表示全部功能室）",
      security: bearer,
      requestParams: { query: dateRangeQuerySchema },
      responses: { "200": json(list(blackoutJsonSchema)), "401": e401, "422": e422 },
    },
    post: {
      summary: "新增停用时段（仅管理员）；返回其中仍有效的预约 id，须另行处理",
      security: bearer,
      requestBody: body(addBlackoutSchema),
      responses: {
        "201": json(z.object({ id: z.number().int(), affectedReservationIds: z.array(z.number().int()) }), "已添加"),
        "400": e400,
        "401": e401,
        "403": e403,
        "404": e404,
        "413": e413,
        "422": e422,
      },
    },
  },
  "/api/v1/blackouts/{id}": {
    delete: {
      summary: "删除停用时段（仅管理员）",
      security: bearer,
      requestParams: { path: idPath },
      responses: { "200": json(z.object({ id: z.number().int(), removed: z.literal(true) })), "401": e401, "403": e403, "404": e404 },
    },
  },
};
