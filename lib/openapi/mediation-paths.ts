import type { ZodOpenApiPathsObject } from "zod-openapi";
import { caseDetailSchema, caseListSchema, mediationStatsSchema } from "../mediation/api-schemas";
import {
  addSupportNoteSchema,
  assignTeamSchema,
  extendDeadlineSchema,
  listCasesSchema,
  recordFollowUpSchema,
  recordSessionSchema,
  registerCaseSchema,
  saveAgreementSchema,
  statsPeriodSchema,
  transitionSchema,
  updateSessionSchema,
} from "../mediation/schemas";
import { z } from "../zod";
import { bearer, commonErrors, json } from "./common";

const idPath = z.object({ id: z.string().meta({ description: "案件 id（数字）" }) });
const sessionPath = z.object({ id: z.string().meta({ description: "案件 id（数字）" }), sessionId: z.string().meta({ description: "调解记录 id（数字）" }) });
const body = <T extends z.ZodType>(schema: T) => ({ content: { "application/json": { schema } } });
const { "400": e400, "401": e401, "403": e403, "404": e404, "413": e413, "422": e422 } = commonErrors;
const conflict = (description: string) => json(z.object({}), description);
const writeErrors = { "400": e400, "401": e401, "403": e403, "404": e404, "413": e413, "422": e422 };

/** People's mediation (人民调解): a case is visible to its team (mediators, counsellor) and admins; to anyone else it is 404. */
export const mediationPaths: ZodOpenApiPathsObject = {
  "/api/v1/mediation/cases": {
    get: {
      summary: "调解案件列表：调解员和咨询师只见本人参与的案件，管理员见全部；可按案号、当事人姓名、案情搜索，按状态、类型、风险颜色、调解员、期限筛选",
      security: bearer,
      requestParams: { query: listCasesSchema },
      responses: { "200": json(caseListSchema), "401": e401, "403": e403, "422": e422 },
    },
    post: {
      summary: "登记案件（调解员、管理员）：分配当年下一个案号 (YYYY)安康人调字第NNNN号；登记的调解员为主调解员",
      security: bearer,
      requestBody: body(registerCaseSchema),
      responses: {
        "201": json(z.object({ id: z.number().int(), caseNo: z.string(), status: z.literal("registered") }), "已登记"),
        "400": e400,
        "401": e401,
        "403": e403,
        "413": e413,
        "422": e422,
      },
    },
  },
  "/api/v1/mediation/cases/{id}": {
    get: {
      summary: "案件卷宗（本案调解员、咨询师和管理员）；每次查看记入审计；心理支持记录仅本案办案人员可见",
      security: bearer,
      requestParams: { path: idPath },
      responses: { "200": json(caseDetailSchema), "401": e401, "403": e403, "404": e404 },
    },
  },
  "/api/v1/mediation/cases/{id}/assign": {
    post: {
      summary: "指定办案人员（主调解员或管理员）：mediatorIds 第一位为主调解员，其余为协助调解员；counselorId 须有咨询师角色，省略则保持不变，null 为撤销",
      security: bearer,
      requestParams: { path: idPath },
      requestBody: body(assignTeamSchema),
      responses: {
        "200": json(z.object({ leadMediatorId: z.number().int(), assistantIds: z.array(z.number().int()), counselorId: z.number().int().nullable() })),
        ...writeErrors,
        "409": conflict("案件已结案或归档"),
      },
    },
  },
  "/api/v1/mediation/cases/{id}/transition": {
    post: {
      summary: "流程变更（本案调解员、管理员）：registered → accepted | rejected → in_mediation → agreed | failed → judicial_confirmation（可选，协议签订后 30 日内）→ closed → archived；不予受理和调解不成须说明原因",
      security: bearer,
      requestParams: { path: idPath },
      requestBody: body(transitionSchema),
      responses: { "200": json(z.object({ status: z.string() })), ...writeErrors, "409": conflict("流程不允许这一步（例如已登记 → 达成协议），案件不变") },
    },
  },
  "/api/v1/mediation/cases/{id}/extend": {
    post: {
      summary: "延长调解期限（本案调解员、管理员）：须晚于当前期限并说明原因",
      security: bearer,
      requestParams: { path: idPath },
      requestBody: body(extendDeadlineSchema),
      responses: { "200": json(z.object({ deadlineOn: z.string() })), ...writeErrors, "409": conflict("案件不在调解期限内") },
    },
  },
  "/api/v1/mediation/cases/{id}/sessions": {
    post: {
      summary: "调解记录（本案调解员、咨询师）：时间、地点、参加人、各方陈述、查明事实、结果；给出 roomId 时通过预约引擎同一事务预约功能室",
      security: bearer,
      requestParams: { path: idPath },
      requestBody: body(recordSessionSchema),
      responses: {
        "201": json(z.object({ id: z.number().int(), roomReservationId: z.number().int().nullable() }), "已记录"),
        ...writeErrors,
        "409": conflict("功能室已被占用，或案件当前不能记录调解"),
      },
    },
  },
  "/api/v1/mediation/cases/{id}/sessions/{sessionId}": {
    put: {
      summary: "补充或更正一次调解的记录（本案办案人员）",
      security: bearer,
      requestParams: { path: sessionPath },
      requestBody: body(updateSessionSchema),
      responses: { "200": json(z.object({ id: z.number().int() })), ...writeErrors, "409": conflict("案件当前不能修改调解记录") },
    },
  },
  "/api/v1/mediation/cases/{id}/agreement": {
    put: {
      summary: "录入或更正调解协议（本案调解员、管理员；调解中或达成协议时）；口头协议以 oral=true 记录",
      security: bearer,
      requestParams: { path: idPath },
      requestBody: body(saveAgreementSchema),
      responses: { "200": json(z.object({ id: z.number().int(), agreementNo: z.string() })), ...writeErrors, "409": conflict("案件当前不能录入协议") },
    },
  },
  "/api/v1/mediation/cases/{id}/follow-ups": {
    post: {
      summary: "回访记录（本案办案人员）：履行情况、满意度、风险、措施；未完全履行时下次回访顺延",
      security: bearer,
      requestParams: { path: idPath },
      requestBody: body(recordFollowUpSchema),
      responses: { "201": json(z.object({ id: z.number().int(), followUpDueOn: z.string().nullable() }), "已记录"), ...writeErrors, "409": conflict("案件当前不能回访") },
    },
  },
  "/api/v1/mediation/cases/{id}/notes": {
    post: {
      summary: "心理支持记录（仅本案指定的心理咨询师），仅本案办案人员可见",
      security: bearer,
      requestParams: { path: idPath },
      requestBody: body(addSupportNoteSchema),
      responses: { "201": json(z.object({ id: z.number().int() }), "已记录"), ...writeErrors },
    },
  },
  "/api/v1/mediation/stats": {
    get: {
      summary: "办结率：期间内受理的案件中已结案（含归档）的比例，及受理到结案的天数中位数；范围同案件列表",
      security: bearer,
      requestParams: { query: statsPeriodSchema },
      responses: { "200": json(mediationStatsSchema), "401": e401, "403": e403, "422": e422 },
    },
  },
};
