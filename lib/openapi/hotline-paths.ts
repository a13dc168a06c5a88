import type { ZodOpenApiPathsObject } from "zod-openapi";
import {
  callbackResultSchema,
  callCreatedSchema,
  callDetailSchema,
  callListSchema,
  copyWeekResultSchema,
  followUpListSchema,
  handoverNoteJsonSchema,
  residentMatchSchema,
  shiftJsonSchema,
  shiftListSchema,
  shiftWriteResultSchema,
} from "../hotline/api-schemas";
import {
  copyWeekSchema,
  createCallSchema,
  handoverNoteSchema,
  linkResidentSchema,
  listCallsSchema,
  listFollowUpsSchema,
  listShiftsSchema,
  recordCallbackSchema,
  searchResidentsSchema,
  shiftSchema,
  updateCallSchema,
} from "../hotline/schemas";
import { z } from "../zod";
import { bearer, commonErrors, json } from "./common";

const idPath = z.object({ id: z.string().meta({ description: "id（数字）" }) });
const body = <T extends z.ZodType>(schema: T) => ({ content: { "application/json": { schema } } });
const { "400": e400, "401": e401, "403": e403, "404": e404, "413": e413, "422": e422 } = commonErrors;
const e409 = (description: string) => json(z.object({}), description);

/** The psychological hotline: roster, call log, call-backs. */
export const hotlinePaths: ZodOpenApiPathsObject = {
  "/api/v1/hotline/shifts": {
    get: {
      summary: "值班排班（工作人员）：与本地日期范围 from–to（含两端，默认今天起两周）重叠的班次及值班人员",
      security: bearer,
      requestParams: { query: listShiftsSchema },
      responses: { "200": json(shiftListSchema), "401": e401, "403": e403, "422": e422 },
    },
    post: {
      summary: "新增班次（仅管理员）；人数不足两人或同一人班次重叠时返回提醒（warnings），不拒绝",
      security: bearer,
      requestBody: body(shiftSchema),
      responses: { "201": json(shiftWriteResultSchema, "已创建"), "400": e400, "401": e401, "403": e403, "413": e413, "422": e422 },
    },
  },
  "/api/v1/hotline/shifts/copy-week": {
    post: {
      summary: "复制上一周排班到 week 所在的一周（仅管理员）；相同时间的班次已存在则跳过",
      security: bearer,
      requestBody: body(copyWeekSchema),
      responses: { "201": json(copyWeekResultSchema, "已复制"), "400": e400, "401": e401, "403": e403, "413": e413, "422": e422 },
    },
  },
  "/api/v1/hotline/shifts/{id}": {
    get: { summary: "一个班次（工作人员）", security: bearer, requestParams: { path: idPath }, responses: { "200": json(shiftJsonSchema), "401": e401, "403": e403, "404": e404 } },
    put: {
      summary: "修改班次（仅管理员）：时间、值班人员、备注整体替换",
      security: bearer,
      requestParams: { path: idPath },
      requestBody: body(shiftSchema),
      responses: { "200": json(shiftWriteResultSchema), "400": e400, "401": e401, "403": e403, "404": e404, "413": e413, "422": e422 },
    },
    delete: {
      summary: "删除班次（仅管理员）；已有交接记录的班次不能删除（409）",
      security: bearer,
      requestParams: { path: idPath },
      responses: { "200": json(z.object({ id: z.number().int(), deleted: z.literal(true) })), "401": e401, "403": e403, "404": e404, "409": e409("班次已有交接记录") },
    },
  },
  "/api/v1/hotline/shifts/{id}/handover-notes": {
    get: {
      summary: "班次的交接记录（热线值守员、管理员）",
      security: bearer,
      requestParams: { path: idPath },
      responses: { "200": json(z.object({ items: z.array(handoverNoteJsonSchema), nextCursor: z.null() })), "401": e401, "403": e403, "404": e404 },
    },
    post: {
      summary: "写交接记录（热线值守员、管理员）",
      security: bearer,
      requestParams: { path: idPath },
      requestBody: body(handoverNoteSchema),
      responses: { "201": json(z.object({ id: z.number().int() }), "已创建"), "400": e400, "401": e401, "403": e403, "404": e404, "413": e413, "422": e422 },
    },
  },
  "/api/v1/hotline/calls": {
    post: {
      summary:
        "记录来电（热线值守员）。high/imminent 必须有 actions 和 followUpAt，否则 422；imminent 通知管理员和其他在班值守员。带 clientKey 时完成同一键下的草稿，重复提交返回已保存的记录（200）。" +
        "一步转介（须关联居民 residentId）：referred_appointment 生成咨询预约申请；referred_mediation 登记调解案件（须 referralDisputeType、referralRespondent、referralNote，来电者为申请人）；" +
        "referred_care 向关爱专员发出随访请求（referralNote 可选）。转介记录与来电同一事务生成并互相关联，来电摘要不随转介传出",
      security: bearer,
      requestBody: body(createCallSchema),
      responses: { "201": json(callCreatedSchema, "已创建"), "200": json(callCreatedSchema, "同一 clientKey 已保存过"), "400": e400, "401": e401, "403": e403, "409": e409("clientKey 属于其他接线员"), "413": e413, "422": e422 },
    },
    get: {
      summary: "来电列表（热线值守员、管理员），按时间倒序，不含通话摘要；可按本地日期范围、类别、风险、接线员、重复来电、居民姓名或电话筛选",
      security: bearer,
      requestParams: { query: listCallsSchema },
      responses: { "200": json(callListSchema), "401": e401, "403": e403, "422": e422 },
    },
  },
  "/api/v1/hotline/calls/{id}": {
    get: {
      summary: "来电详情，含通话摘要与回访记录（热线值守员、管理员）；每次读取记入审计",
      security: bearer,
      requestParams: { path: idPath },
      responses: { "200": json(callDetailSchema), "401": e401, "403": e403, "404": e404 },
    },
    put: {
      summary: "修改来电记录（仅该记录的接线员或管理员），整体替换；规则同新建",
      security: bearer,
      requestParams: { path: idPath },
      requestBody: body(updateCallSchema),
      responses: { "200": json(z.object({ id: z.number().int() })), "400": e400, "401": e401, "403": e403, "404": e404, "409": e409("记录仍是草稿"), "413": e413, "422": e422 },
    },
  },
  "/api/v1/hotline/calls/{id}/callbacks": {
    post: {
      summary: "记录一次回访结果（热线值守员、管理员）：done 完成回访，no_answer 保持待回访，rescheduled 改约到 rescheduledTo",
      security: bearer,
      requestParams: { path: idPath },
      requestBody: body(recordCallbackSchema),
      responses: { "201": json(callbackResultSchema, "已记录"), "400": e400, "401": e401, "403": e403, "404": e404, "409": e409("该来电没有待完成的回访"), "413": e413, "422": e422 },
    },
  },
  "/api/v1/hotline/calls/{id}/resident": {
    post: {
      summary: "关联或取消关联居民档案（该记录的接线员或管理员）",
      security: bearer,
      requestParams: { path: idPath },
      requestBody: body(linkResidentSchema),
      responses: { "200": json(z.object({ id: z.number().int(), residentId: z.number().int().nullable() })), "400": e400, "401": e401, "403": e403, "404": e404, "413": e413, "422": e422 },
    },
  },
  "/api/v1/hotline/follow-ups": {
    get: {
      summary: "待回访队列（热线值守员、管理员）：before（本地日期，默认明天）之前到期且未完成的回访，紧急危险与高风险在前，再按到期时间",
      security: bearer,
      requestParams: { query: listFollowUpsSchema },
      responses: { "200": json(followUpListSchema), "401": e401, "403": e403, "422": e422 },
    },
  },
  "/api/v1/hotline/residents": {
    get: {
      summary: "按姓名或电话查找居民以关联来电（热线值守员、管理员），电话打码，最多 10 条",
      security: bearer,
      requestParams: { query: searchResidentsSchema },
      responses: { "200": json(residentMatchSchema), "401": e401, "403": e403, "422": e422 },
    },
  },
};
