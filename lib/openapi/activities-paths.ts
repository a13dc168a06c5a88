import type { ZodOpenApiPathsObject } from "zod-openapi";
import { activityDetailJsonSchema, activityJsonSchema, createdActivityJsonSchema, rosterJsonSchema, signupResultJsonSchema } from "../activities/api-schemas";
import { attendanceSchema, cancelActivitySchema, createActivitySchema, feedbackSchema, listActivitiesQuerySchema, updateActivitySchema } from "../activities/schemas";
import { alertJsonSchema, assessmentResultJsonSchema, listAlertsQuerySchema } from "../assessments/api-schemas";
import { handleAlertSchema, submitAssessmentSchema } from "../assessments/schemas";
import { z } from "../zod";
import { bearer, commonErrors, errorSchema, json } from "./common";

const idPath = z.object({ id: z.string().meta({ description: "id（数字）" }) });
const body = <T extends z.ZodType>(schema: T) => ({ content: { "application/json": { schema } } });
const { "400": e400, "401": e401, "403": e403, "404": e404, "413": e413, "422": e422 } = commonErrors;
const e409 = (description: string) => json(errorSchema, description);
const list = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/** Group activities with sign-up and waitlist, and the PHQ-9 / GAD-7 self-assessment. */
export const activitiesPaths: ZodOpenApiPathsObject = {
  "/api/v1/activities": {
    get: {
      summary: "团体活动列表：默认未结束的（scope=past 已结束，all 全部），按开始时间；工作人员看全部（老师 mine=1 只看自己带的），居民看未取消的并带自己的报名状态",
      security: bearer,
      requestParams: { query: listActivitiesQuerySchema },
      responses: { "200": json(list(activityJsonSchema)), "401": e401, "422": e422 },
    },
    post: {
      summary:
        "新建团体活动（团体辅导老师、管理员），同一事务中通过预约引擎预约功能室（共享功能室整间占用）。repeat 为每周重复：每次一个活动、共用 seriesId；任何一次冲突则全部不保存，409 的 fieldErrors 按 occurrences.<序号> 列出。相同 requestKey 的重复提交返回第一次的结果（200）",
      security: bearer,
      requestBody: body(createActivitySchema),
      responses: {
        "201": json(createdActivityJsonSchema, "已创建"),
        "200": json(createdActivityJsonSchema, "重复提交：返回第一次创建的活动"),
        "400": e400,
        "401": e401,
        "403": e403,
        "409": e409("功能室在该时段已被占用或已满，或在停用时段内"),
        "413": e413,
        "422": e422,
      },
    },
  },
  "/api/v1/activities/{id}": {
    get: {
      summary: "一个活动：名额、已报名与候补人数、调用者自己的报名（mySignup）；不含其他居民的报名",
      security: bearer,
      requestParams: { path: idPath },
      responses: { "200": json(activityDetailJsonSchema), "401": e401, "404": e404 },
    },
    patch: {
      summary: "修改活动（该活动的带领老师或管理员，开始前）。改时间或功能室会通过预约引擎重新预约，并通知已报名的居民；名额不能少于已报名人数；signupsClosed 暂停/恢复报名；teacherIds 指定带领老师",
      security: bearer,
      requestParams: { path: idPath },
      requestBody: body(updateActivitySchema),
      responses: { "200": json(activityDetailJsonSchema), "400": e400, "401": e401, "403": e403, "404": e404, "409": e409("新时段被占用、活动已开始或已取消、名额少于已报名人数"), "413": e413, "422": e422 },
    },
  },
  "/api/v1/activities/{id}/cancel": {
    post: {
      summary: "取消活动（该活动的带领老师或管理员，开始前）：释放功能室，取消所有报名与候补并通知居民；scope=following 同时取消该系列之后各周。重复取消不报错",
      security: bearer,
      requestParams: { path: idPath },
      requestBody: body(cancelActivitySchema),
      responses: {
        "200": json(z.object({ id: z.number().int(), status: z.literal("cancelled"), cancelledIds: z.array(z.number().int()) })),
        "401": e401,
        "403": e403,
        "404": e404,
        "409": e409("活动已开始"),
        "422": e422,
      },
    },
  },
  "/api/v1/activities/{id}/signups": {
    get: {
      summary: "报名名单（含候补顺序、已取消的、评价汇总）：仅该活动的带领老师和管理员，其他人 404；每次查看记入审计",
      security: bearer,
      requestParams: { path: idPath },
      responses: { "200": json(rosterJsonSchema), "401": e401, "403": e403, "404": e404 },
    },
    post: {
      summary: "居民报名（每人一次）。名额未满为 registered，已满进入候补 waitlisted（waitlistPosition 为候补第几位）。并发报名不会超额",
      security: bearer,
      requestParams: { path: idPath },
      responses: {
        "201": json(signupResultJsonSchema, "已报名或已候补"),
        "401": e401,
        "403": e403,
        "404": e404,
        "409": e409("已经报名过、报名已截止或暂停、活动已取消"),
        "422": e422,
      },
    },
  },
  "/api/v1/activities/{id}/signups/cancel": {
    post: {
      summary: "居民取消自己的报名（活动开始前）；空出的名额由候补第一位递补并通知。重复取消不报错",
      security: bearer,
      requestParams: { path: idPath },
      responses: {
        "200": json(z.object({ status: z.literal("cancelled"), promoted: z.number().int().meta({ description: "递补的人数（0 或 1）" }) })),
        "401": e401,
        "403": e403,
        "404": e404,
        "409": e409("没有报名，或活动已开始"),
      },
    },
  },
  "/api/v1/activities/{id}/attendance": {
    post: {
      summary: "点名（该活动的带领老师或管理员，开始前一小时起）：为已报名的居民标记到场或缺席，可以改",
      security: bearer,
      requestParams: { path: idPath },
      requestBody: body(attendanceSchema),
      responses: {
        "200": json(z.object({ items: z.array(z.object({ signupId: z.number().int(), status: z.enum(["attended", "absent"]) })) })),
        "400": e400,
        "401": e401,
        "403": e403,
        "404": e404,
        "409": e409("太早、活动已取消，或该居民不在已报名名单中"),
        "422": e422,
      },
    },
  },
  "/api/v1/activities/{id}/feedback": {
    post: {
      summary: "活动评价（参加了活动的居民，活动结束后，只能一次）：1–5 分和可选留言",
      security: bearer,
      requestParams: { path: idPath },
      requestBody: body(feedbackSchema),
      responses: { "201": json(z.object({ rating: z.number().int() })), "400": e400, "401": e401, "403": e403, "404": e404, "409": e409("未参加、活动未结束或已评价过"), "422": e422 },
    },
  },
  "/api/v1/assessments": {
    post: {
      summary:
        "心理自评 PHQ-9（9 题）或 GAD-7（7 题），每题 0–3。居民登录时结果记入本人档案；匿名自助终端不记录任何身份信息。alert 为真（PHQ-9 第 9 题大于 0，或结果为重度）时应立即显示心理援助热线，并为咨询师生成待跟进的预警",
      security: [{}, ...bearer],
      requestBody: body(submitAssessmentSchema),
      responses: { "201": json(assessmentResultJsonSchema), "400": e400, "401": json(errorSchema, "带了无效的令牌"), "413": e413, "422": e422 },
    },
  },
  "/api/v1/assessments/alerts": {
    get: {
      summary: "自评预警队列（心理咨询师、管理员），默认待跟进的，最新的在前；每次查看记入审计",
      security: bearer,
      requestParams: { query: listAlertsQuerySchema },
      responses: { "200": json(list(alertJsonSchema)), "401": e401, "403": e403, "422": e422 },
    },
  },
  "/api/v1/assessments/alerts/{id}/handle": {
    post: {
      summary: "标记自评预警已跟进（心理咨询师、管理员），可附简短说明",
      security: bearer,
      requestParams: { path: idPath },
      requestBody: body(handleAlertSchema),
      responses: { "200": json(z.object({ id: z.number().int(), status: z.literal("handled") })), "401": e401, "403": e403, "404": e404, "409": e409("已经有人跟进"), "422": e422 },
    },
  },
};
