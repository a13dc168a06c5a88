import type { ZodOpenApiPathsObject } from "zod-openapi";
import { feedUrlSchema, markAllResultSchema, markReadResultSchema, notificationListSchema, preferencesJsonSchema } from "../notifications/api-schemas";
import { emptySchema, listNotificationsQuerySchema, preferencesSchema } from "../notifications/schemas";
import { z } from "../zod";
import { bearer, commonErrors, json } from "./common";

const idPath = z.object({ id: z.string().meta({ description: "id（数字）" }) });
const body = <T extends z.ZodType>(schema: T) => ({ content: { "application/json": { schema } } });
const { "400": e400, "401": e401, "403": e403, "404": e404, "413": e413, "422": e422 } = commonErrors;

/** Notifications (in-app list, read state, channel settings) and the secret iCalendar feeds. */
export const notificationsPaths: ZodOpenApiPathsObject = {
  "/api/v1/notifications": {
    get: {
      summary: "我的消息通知（仅本人），新的在前；unread 为未读条数",
      security: bearer,
      requestParams: { query: listNotificationsQuerySchema },
      responses: { "200": json(notificationListSchema), "401": e401, "422": e422 },
    },
  },
  "/api/v1/notifications/{id}/read": {
    post: {
      summary: "把一条本人的消息标为已读（重复调用无妨；他人的消息返回 404）",
      security: bearer,
      requestParams: { path: idPath },
      requestBody: body(emptySchema),
      responses: { "200": json(markReadResultSchema), "400": e400, "401": e401, "404": e404, "413": e413, "422": e422 },
    },
  },
  "/api/v1/notifications/read-all": {
    post: { summary: "把本人所有未读消息标为已读", security: bearer, requestBody: body(emptySchema), responses: { "200": json(markAllResultSchema), "400": e400, "401": e401, "413": e413, "422": e422 } },
  },
  "/api/v1/me/notification-settings": {
    get: { summary: "本人的站外提醒方式（log 由中心转达、webhook 推送、sms 短信）和夜间免打扰", security: bearer, responses: { "200": json(preferencesJsonSchema), "401": e401 } },
    put: {
      summary: "修改本人的提醒方式；夜间免打扰为 21:00–08:00（北京时间），紧急消息不受限",
      security: bearer,
      requestBody: body(preferencesSchema),
      responses: { "200": json(preferencesJsonSchema), "400": e400, "401": e401, "413": e413, "422": e422 },
    },
  },
  "/api/v1/me/calendar-feed": {
    get: { summary: "本人日程的私密 iCalendar 订阅链接（工作人员；首次调用时生成）", security: bearer, responses: { "200": json(feedUrlSchema), "401": e401, "403": e403 } },
  },
  "/api/v1/me/calendar-feed/reset": {
    post: { summary: "重置本人的订阅链接：返回新链接，旧链接此后返回 404", security: bearer, requestBody: body(emptySchema), responses: { "200": json(feedUrlSchema), "400": e400, "401": e401, "403": e403, "422": e422 } },
  },
  "/api/v1/rooms/{id}/calendar-feed": {
    get: { summary: "功能室日程的私密 iCalendar 订阅链接（仅管理员）", security: bearer, requestParams: { path: idPath }, responses: { "200": json(feedUrlSchema), "401": e401, "403": e403, "404": e404 } },
  },
  "/api/v1/rooms/{id}/calendar-feed/reset": {
    post: {
      summary: "重置功能室的订阅链接（仅管理员），旧链接此后返回 404",
      security: bearer,
      requestParams: { path: idPath },
      requestBody: body(emptySchema),
      responses: { "200": json(feedUrlSchema), "400": e400, "401": e401, "403": e403, "404": e404, "422": e422 },
    },
  },
  "/api/v1/calendar/{feedToken}.ics": {
    get: {
      summary: "iCalendar 订阅（持有私密令牌者）：咨询师的咨询预约只含“咨询预约”和功能室，不含居民姓名和记录；功能室的预订只含用途",
      security: [],
      requestParams: { path: z.object({ feedToken: z.string().meta({ description: "订阅令牌" }) }) },
      responses: { "200": { description: "text/calendar", content: { "text/calendar": { schema: z.string() } } }, "404": e404 },
    },
  },
};
