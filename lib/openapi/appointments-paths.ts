import type { ZodOpenApiPathsObject } from "zod-openapi";
import {
  appointmentDetailJsonSchema,
  appointmentJsonSchema,
  availabilityJsonSchema,
  counselorJsonSchema,
  requestResultJsonSchema,
  serviceJsonSchema,
  serviceSlotJsonSchema,
  sessionRecordJsonSchema,
  slotJsonSchema,
} from "../appointments/api-schemas";
import {
  cancelAppointmentSchema,
  completeAppointmentSchema,
  confirmAppointmentSchema,
  counselorSlotsQuerySchema,
  declineAppointmentSchema,
  listAppointmentsQuerySchema,
  readSessionRecordQuerySchema,
  requestAppointmentSchema,
  rescheduleAppointmentSchema,
  serviceSchema,
  serviceSlotsQuerySchema,
  sessionRecordSchema,
  stateChangeSchema,
} from "../appointments/schemas";
import { availabilityExceptionSchema, availabilityQuerySchema, listCounselorsQuerySchema, setWeeklyAvailabilitySchema, updateCounselorProfileSchema } from "../counselors/schemas";
import { APPOINTMENT_STATUSES } from "@/db/schema";
import { z } from "../zod";
import { bearer, commonErrors, errorSchema, json } from "./common";

const idPath = z.object({ id: z.string().meta({ description: "id（数字）" }) });
const body = <T extends z.ZodType>(schema: T) => ({ content: { "application/json": { schema } } });
const { "400": e400, "401": e401, "403": e403, "404": e404, "413": e413, "422": e422 } = commonErrors;
const e409 = (description: string) => json(errorSchema, description);
const list = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });
const stateResult = (statuses: readonly (typeof APPOINTMENT_STATUSES)[number][]) => z.object({ id: z.number().int(), status: z.enum(statuses), version: z.number().int() });
const writeErrors = { "400": e400, "401": e401, "403": e403, "404": e404, "413": e413, "422": e422 };

const transition = (summary: string, schema: z.ZodType, result: z.ZodType, conflict: string, who = "咨询师或管理员") => ({
  post: {
    summary: `${summary}（${who}）`,
    security: bearer,
    requestParams: { path: idPath },
    requestBody: body(schema),
    responses: { "200": json(result), ...writeErrors, "409": e409(conflict) },
  },
});

/** Services, counsellors, availability, free slots and appointments (预约咨询). */
export const appointmentsPaths: ZodOpenApiPathsObject = {
  "/api/v1/services": {
    get: {
      summary: "服务项目目录；管理员加 ?all=1 含已停用的",
      security: bearer,
      requestParams: { query: z.object({ all: z.enum(["0", "1"]).optional() }) },
      responses: { "200": json(list(serviceJsonSchema)), "401": e401, "422": e422 },
    },
    post: { summary: "新增服务项目（仅管理员）", security: bearer, requestBody: body(serviceSchema), responses: { "201": json(serviceJsonSchema, "已新增"), ...writeErrors } },
  },
  "/api/v1/services/{id}": {
    get: { summary: "一个服务项目", security: bearer, requestParams: { path: idPath }, responses: { "200": json(serviceJsonSchema), "401": e401, "404": e404 } },
    patch: { summary: "修改服务项目（仅管理员，整项提交）", security: bearer, requestParams: { path: idPath }, requestBody: body(serviceSchema), responses: { "200": json(serviceJsonSchema), ...writeErrors } },
  },
  "/api/v1/services/{id}/slots": {
    get: {
      summary: "本地日期 from–to（含两端，最多 31 天）内，所有可提供该服务（具备所需专长）的咨询师的空闲时段，含空闲的功能室",
      security: bearer,
      requestParams: { path: idPath, query: serviceSlotsQuerySchema },
      responses: { "200": json(list(serviceSlotJsonSchema)), "401": e401, "404": e404, "422": e422 },
    },
  },
  "/api/v1/counselors": {
    get: {
      summary: "咨询师目录（类别、专长、简介；不含联系方式）；可按专长、类别、姓名筛选；管理员 ?all=1 含暂停接约的",
      security: bearer,
      requestParams: { query: listCounselorsQuerySchema },
      responses: { "200": json(list(counselorJsonSchema)), "401": e401, "422": e422 },
    },
  },
  "/api/v1/counselors/{id}": {
    get: { summary: "一位咨询师", security: bearer, requestParams: { path: idPath }, responses: { "200": json(counselorJsonSchema), "401": e401, "404": e404 } },
    patch: {
      summary: "修改咨询师资料（本人或管理员）：类别、资质、专长、简介、是否接受预约；只改提交的字段",
      security: bearer,
      requestParams: { path: idPath },
      requestBody: body(updateCounselorProfileSchema),
      responses: { "200": json(counselorJsonSchema), ...writeErrors },
    },
  },
  "/api/v1/counselors/{id}/slots": {
    get: {
      summary:
        "咨询师在本地日期 from–to（含两端，最多 31 天）内某服务的空闲可约时段：按每周排班与请假/加班、扣除已有预约和暂留（前后各留 10 分钟）、须有合适且空闲的功能室；居民须提前 2 小时",
      security: bearer,
      requestParams: { path: idPath, query: counselorSlotsQuerySchema },
      responses: { "200": json(list(slotJsonSchema)), "401": e401, "404": e404, "422": e422 },
    },
  },
  "/api/v1/counselors/{id}/availability": {
    get: {
      summary: "咨询师的每周排班和本地日期 from–to 内的请假/加班（工作人员）",
      security: bearer,
      requestParams: { path: idPath, query: availabilityQuerySchema },
      responses: { "200": json(availabilityJsonSchema), "401": e401, "403": e403, "404": e404, "422": e422 },
    },
    put: {
      summary: "整体替换每周排班（本人或管理员）；时间可写分钟数或 \"HH:MM\"，须为整 5 分钟；已有预约不受影响",
      security: bearer,
      requestParams: { path: idPath },
      requestBody: body(setWeeklyAvailabilitySchema),
      responses: { "200": json(availabilityJsonSchema), ...writeErrors },
    },
  },
  "/api/v1/counselors/{id}/availability/exceptions": {
    post: {
      summary: "某日请假或加班（本人或管理员）；请假时返回该时段内已有的预约 id，须另行改期或取消",
      security: bearer,
      requestParams: { path: idPath },
      requestBody: body(availabilityExceptionSchema),
      responses: { "201": json(z.object({ id: z.number().int(), affectedAppointmentIds: z.array(z.number().int()) }), "已添加"), ...writeErrors },
    },
  },
  "/api/v1/counselors/{id}/availability/exceptions/{exceptionId}": {
    delete: {
      summary: "删除一条请假或加班（本人或管理员）",
      security: bearer,
      requestParams: { path: z.object({ id: z.string(), exceptionId: z.string() }) },
      responses: { "200": json(z.object({ id: z.number().int(), removed: z.literal(true) })), "401": e401, "403": e403, "404": e404 },
    },
  },
  "/api/v1/appointments": {
    get: {
      summary: "预约列表：居民只看自己的，咨询师只看自己的，管理员看全部；按状态、方式、咨询师、居民、服务、本地日期、居民姓名筛选；?queue=1 为待分派队列（最急、最早的在前）。不含咨询记录",
      security: bearer,
      requestParams: { query: listAppointmentsQuerySchema },
      responses: { "200": json(list(appointmentJsonSchema)), "401": e401, "403": e403, "422": e422 },
    },
    post: {
      summary:
        "申请预约。居民为自己（不得带 residentId/person）；咨询师或管理员须带 residentId 或 person（新居民）。带 counselorId+startAt 即暂留该时段及功能室（时段被占用则 409）；否则为订单式，须带 note（需求）和 preferredTimes。相同 requestKey 的重复提交返回同一预约（200）",
      security: bearer,
      requestBody: body(requestAppointmentSchema),
      responses: {
        "201": json(requestResultJsonSchema, "已提交"),
        "200": json(requestResultJsonSchema, "重复提交：返回第一次的预约"),
        ...writeErrors,
        "409": e409("时段已被占用、咨询师不在可约时间、无合适功能室，或进行中的预约已达上限"),
      },
    },
  },
  "/api/v1/appointments/{id}": {
    get: {
      summary: "一项预约（居民：本人的；咨询师：本人的及待分派的；管理员：全部；否则 404）。不含咨询记录内容，只有 hasSessionRecord",
      security: bearer,
      requestParams: { path: idPath },
      responses: { "200": json(appointmentDetailJsonSchema), "401": e401, "403": e403, "404": e404 },
    },
  },
  "/api/v1/appointments/{id}/confirm": transition(
    "确认或分派：在同一事务中锁定咨询师和功能室；未指定的沿用申请中的咨询师、时间，功能室自动选择",
    confirmAppointmentSchema,
    z.object({ id: z.number().int(), status: z.literal("confirmed"), counselorId: z.number().int(), startAt: z.string(), endAt: z.string(), roomId: z.number().int(), version: z.number().int() }),
    "咨询师或功能室冲突、状态不允许、或数据已被他人修改",
    "咨询师只能确认给自己；管理员可分派任何咨询师",
  ),
  "/api/v1/appointments/{id}/decline": transition("不予受理（须说明原因），释放暂留的时段和功能室", declineAppointmentSchema, stateResult(["declined"]), "状态不允许"),
  "/api/v1/appointments/{id}/cancel": transition("取消（须说明原因），开始前可取消，释放时段和功能室", cancelAppointmentSchema, stateResult(["cancelled"]), "已开始或状态不允许", "该居民、其咨询师或管理员"),
  "/api/v1/appointments/{id}/reschedule": transition(
    "改期（可换功能室），按新预约同样校验",
    rescheduleAppointmentSchema,
    z.object({ id: z.number().int(), status: z.literal("confirmed"), startAt: z.string(), endAt: z.string(), roomId: z.number().int(), version: z.number().int() }),
    "新时段被占用或状态不允许",
  ),
  "/api/v1/appointments/{id}/check-in": transition("签到（开始前 60 分钟至结束）", stateChangeSchema, stateResult(["checked_in"]), "不在签到时间或状态不允许"),
  "/api/v1/appointments/{id}/no-show": transition("标记未到场（开始后）", stateChangeSchema, stateResult(["no_show"]), "尚未开始或状态不允许"),
  "/api/v1/appointments/{id}/complete": transition(
    "完成咨询，可同时提交咨询记录 record；高风险（high/imminent）会提醒管理员跟进",
    completeAppointmentSchema,
    stateResult(["completed"]).extend({ recordId: z.number().int().nullable() }),
    "尚未开始或状态不允许",
    "仅该预约的咨询师",
  ),
  "/api/v1/appointments/{id}/session-record": {
    get: {
      summary: "咨询记录内容：作者本人；管理员须带 ?reason=（至少 4 字，记入审计日志）；其他人 404。每次读取都记审计",
      security: bearer,
      requestParams: { path: idPath, query: readSessionRecordQuerySchema },
      responses: { "200": json(sessionRecordJsonSchema), "401": e401, "403": e403, "404": e404, "422": e422 },
    },
    put: {
      summary: "填写或修改咨询记录（该预约的咨询师，预约完成后）",
      security: bearer,
      requestParams: { path: idPath },
      requestBody: body(sessionRecordSchema),
      responses: { "200": json(sessionRecordJsonSchema), ...writeErrors, "409": e409("预约尚未完成") },
    },
  },
};
