import type { ZodOpenApiPathsObject } from "zod-openapi";
import { RISK_COLORS } from "@/db/schema";
import { dueItemSchema, overviewJsonSchema, pendingFollowUpSchema, personDetailSchema, personItemSchema, visitSchema } from "../care/api-schemas";
import {
  addGroupSchema,
  assignCarersSchema,
  cadenceSchema,
  changeRiskColorSchema,
  dueVisitsSchema,
  endGroupSchema,
  exitPersonSchema,
  listPersonsSchema,
  listVisitsSchema,
  overviewSchema,
  recordActivitySchema,
  recordVisitSchema,
  registerPersonSchema,
  updateDetailsSchema,
} from "../care/schemas";
import { z } from "../zod";
import { bearer, commonErrors, json } from "./common";

const idPath = z.object({ id: z.string().meta({ description: "关爱对象 id（数字）" }) });
const body = <T extends z.ZodType>(schema: T) => ({ content: { "application/json": { schema } } });
const conflict = (what: string) => json(z.object({}), `冲突：${what}`);
const { "400": e400, "401": e401, "403": e403, "404": e404, "413": e413, "422": e422 } = commonErrors;
const writeErrors = { "400": e400, "401": e401, "403": e403, "404": e404, "413": e413, "422": e422 };
const cadenceJson = z.object({ red: z.number().int(), yellow: z.number().int(), green: z.number().int() });
const who = "关爱走访员（仅本人负责的人员，其他人员 404）、中心管理员";

/** Special groups and care visits (特殊人群关爱). */
export const carePaths: ZodOpenApiPathsObject = {
  "/api/v1/care/persons": {
    get: {
      summary: `关爱名册（${who}）：可按人群类别、颜色、走访员、状态筛选，按姓名/电话/地址搜索`,
      security: bearer,
      requestParams: { query: listPersonsSchema },
      responses: { "200": json(z.object({ items: z.array(personItemSchema), nextCursor: z.string().nullable() })), "401": e401, "403": e403, "422": e422 },
    },
    post: {
      summary:
        "纳入关爱（走访员、管理员）：residentId 或 person（新建居民档案）二选一；一人一档，同一居民只有一份关爱档案，其他人群类别用 /groups 添加。" +
        "首次走访当天到期；走访员本人自动成为该人员的走访员。社区矫正以法定职责为依据，其余类别须已取得单独同意。",
      security: bearer,
      requestBody: body(registerPersonSchema),
      responses: {
        "201": json(z.object({ id: z.number().int(), residentId: z.number().int(), nextVisitDue: z.string().nullable() }), "已纳入关爱"),
        ...writeErrors,
        "409": conflict("此人已在关爱中，或已撤回同意"),
      },
    },
  },
  "/api/v1/care/persons/{id}": {
    get: {
      summary: `关爱档案（${who}）；每次读取都记入审计。社区矫正和上访信息仅本人的走访员和管理员可见，其他读者得到 details: null`,
      security: bearer,
      requestParams: { path: idPath },
      responses: { "200": json(personDetailSchema), "401": e401, "403": e403, "404": e404 },
    },
  },
  "/api/v1/care/persons/{id}/visits": {
    get: {
      summary: `走访记录，新的在前（${who}）；读取记入审计`,
      security: bearer,
      requestParams: { path: idPath, query: listVisitsSchema },
      responses: { "200": json(z.object({ items: z.array(visitSchema), nextCursor: z.string().nullable() })), "401": e401, "403": e403, "404": e404, "422": e422 },
    },
    post: {
      summary:
        "记录一次走访：riskColor 为走访后的颜色（有变化则记入颜色历史），nextVisitDue 从这次走访起按当前颜色的周期顺延。" +
        "同一 clientKey 重复提交只记一次（返回同一条，duplicate: true）。已退出关爱的人员 409。",
      security: bearer,
      requestParams: { path: idPath },
      requestBody: body(recordVisitSchema),
      responses: {
        "201": json(
          z.object({
            id: z.number().int(),
            personId: z.number().int(),
            nextVisitDue: z.string().nullable(),
            riskColor: z.enum(RISK_COLORS),
            referral: z.object({ appointmentId: z.number().int().nullable(), mediationCaseId: z.number().int().nullable() }).meta({ description: "referral 同一事务中生成的记录：咨询预约申请（来源 care）或已登记的调解案件" }),
            duplicate: z.boolean(),
          }),
          "已记录",
        ),
        ...writeErrors,
        "409": conflict("此人已退出关爱，或 clientKey 已用于另一人"),
      },
    },
  },
  "/api/v1/care/persons/{id}/risk-color": {
    post: {
      summary: "调整预警颜色（须写原因，记入颜色历史），下次走访日期按新颜色重算",
      security: bearer,
      requestParams: { path: idPath },
      requestBody: body(changeRiskColorSchema),
      responses: { "200": json(z.object({ riskColor: z.enum(RISK_COLORS), nextVisitDue: z.string().nullable() })), ...writeErrors, "409": conflict("颜色未变，或已退出关爱") },
    },
  },
  "/api/v1/care/persons/{id}/exit": {
    post: {
      summary: "退出关爱（原因、日期）：不再安排走访，档案保留",
      security: bearer,
      requestParams: { path: idPath },
      requestBody: body(exitPersonSchema),
      responses: { "200": json(z.object({ status: z.literal("exited"), exitedOn: z.string() })), ...writeErrors, "409": conflict("已退出") },
    },
  },
  "/api/v1/care/persons/{id}/carers": {
    post: {
      summary: "设定走访员（完整名单，须为在岗的关爱走访员）",
      security: bearer,
      requestParams: { path: idPath },
      requestBody: body(assignCarersSchema),
      responses: { "200": json(z.object({ carerIds: z.array(z.number().int()) })), ...writeErrors },
    },
  },
  "/api/v1/care/persons/{id}/groups": {
    post: {
      summary: "添加人群类别（同一人可属于多个类别，各有类别信息和处理依据）",
      security: bearer,
      requestParams: { path: idPath },
      requestBody: body(addGroupSchema),
      responses: { "201": json(z.object({ group: z.string() }), "已添加"), ...writeErrors, "409": conflict("已属于该类别，或已退出关爱") },
    },
  },
  "/api/v1/care/persons/{id}/groups/end": {
    post: {
      summary: "移出一个人群类别（仍在其他类别中关爱）；最后一个类别须办理退出",
      security: bearer,
      requestParams: { path: idPath },
      requestBody: body(endGroupSchema),
      responses: { "200": json(z.object({ group: z.string() })), ...writeErrors, "409": conflict("不属于该类别，或是最后一个类别") },
    },
  },
  "/api/v1/care/persons/{id}/details": {
    patch: {
      summary: "修改一个当前人群类别的类别信息（整体替换）",
      security: bearer,
      requestParams: { path: idPath },
      requestBody: body(updateDetailsSchema),
      responses: { "200": json(z.object({ group: z.string() })), ...writeErrors, "409": conflict("不属于该类别，或已退出关爱") },
    },
  },
  "/api/v1/care/visits/due": {
    get: {
      summary: `待走访名单（${who}）：下次走访日期不晚于 before（本地日期，含当天；默认本周日）的关爱中人员；按逾期天数、颜色（红先）、到期日期排序`,
      security: bearer,
      requestParams: { query: dueVisitsSchema },
      responses: { "200": json(z.object({ today: z.string(), items: z.array(dueItemSchema), nextCursor: z.string().nullable() })), "401": e401, "403": e403, "422": e422 },
    },
  },
  "/api/v1/care/follow-ups": {
    get: {
      summary: "转介待登记（仅管理员）：热线转介关爱随访、但该居民尚未纳入关爱的请求，按建议走访日期排序；登记该居民为关爱对象后自动归入其档案",
      security: bearer,
      responses: { "200": json(z.object({ items: z.array(pendingFollowUpSchema) })), "401": e401, "403": e403 },
    },
  },
  "/api/v1/care/activities": {
    post: {
      summary: "记录集体活动：为每位参加人员各记一次 activity 走访，同一事务；任一人员无权查看（404）或已退出（409）则全部不写入",
      security: bearer,
      requestBody: body(recordActivitySchema),
      responses: { "201": json(z.object({ id: z.number().int(), visitIds: z.array(z.number().int()), duplicate: z.boolean() }), "已记录"), ...writeErrors, "409": conflict("有参加人员已退出关爱") },
    },
  },
  "/api/v1/care/settings": {
    get: { summary: "各颜色的走访周期（天）", security: bearer, responses: { "200": json(z.object({ cadence: cadenceJson })), "401": e401, "403": e403 } },
    put: {
      summary: "修改走访周期（仅管理员）；所有关爱中人员的下次走访日期立即重算",
      security: bearer,
      requestBody: body(cadenceSchema),
      responses: { "200": json(z.object({ cadence: cadenceJson, recomputed: z.number().int() })), "400": e400, "401": e401, "403": e403, "413": e413, "422": e422 },
    },
  },
  "/api/v1/care/overview": {
    get: {
      summary: "关爱概况（仅管理员）：按人群和颜色的人数、当月已访/应访人数、各走访员逾期情况",
      security: bearer,
      requestParams: { query: overviewSchema },
      responses: { "200": json(overviewJsonSchema), "401": e401, "403": e403, "422": e422 },
    },
  },
};
