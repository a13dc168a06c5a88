import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { callAction, E2E_BASE, serverActions } from "../actions";
import { registerPerson } from "../care/helpers";
import { apiToken, bearer, DEMO_PASSWORD } from "../helpers";
import { isoIn, routineCall, todayLocal } from "../hotline/helpers";
import { localDate, localIso } from "../mediation/api-helpers";
import { emptyWindow, localDay, roomsByCode } from "../rooms/helpers";
import { SCHEMA_MODULES, schemaFilesOnDisk, textFields } from "./text-fields";

// SECURITY.md item 10, field by field: every free-text field of every request schema (found in
// lib/*/schemas.ts by e2e/security/text-fields.ts, so a new field is caught) is either proved here
// or in xss.spec.ts — stored with markup through the API, then every page and print view that
// shows it fetched over HTTP as a role allowed to see it — or named below as not shown as text.
// The raw HTML must hold the payload only escaped, and the page's RSC payload only as a string
// (never an element, never dangerouslySetInnerHTML). xss.spec.ts renders some of these in a
// browser for the flag check.

const TAG = `<img src=x onerror=alert(1)>`;
const SHORT = `<i>x</i>`; // for fields of 20 characters or fewer
const ESCAPED = `&lt;img src=x onerror=alert(1)&gt;`;
// The same inside the page's inline flight data (a JSON string, "<" written as \u003c).
const IN_FLIGHT = `\\u003cimg src=x onerror=alert(1)\\u003e`;
const SHORT_ESCAPED = `&lt;i&gt;x&lt;/i&gt;`;
const SHORT_IN_FLIGHT = `\\u003ci\\u003ex\\u003c/i\\u003e`;

/** Proved by the tests of this file (or, where named, xss.spec.ts). */
const PROVED = new Set([
  "mediation.registerCaseSchema.summary",
  "mediation.registerCaseSchema.requestedItems",
  "mediation.registerCaseSchema.riskReason",
  "mediation.registerCaseSchema.parties[].name",
  "mediation.registerCaseSchema.parties[].ethnicity",
  "mediation.registerCaseSchema.parties[].occupation",
  "mediation.registerCaseSchema.parties[].address",
  "mediation.partySchema.name",
  "mediation.partySchema.ethnicity",
  "mediation.partySchema.occupation",
  "mediation.partySchema.address",
  "care.registerPersonSchema.person.name",
  "care.registerPersonSchema.person.address",
  "care.inlinePersonSchema.name",
  "care.inlinePersonSchema.address",
  "care.bereavedDetailsSchema.familySituation",
  "care.bereavedDetailsSchema.notes",
  "care.recordVisitSchema.observations.family",
  "care.recordVisitSchema.observations.health",
  "care.recordVisitSchema.observations.economic",
  "care.recordVisitSchema.observations.mental",
  "care.observationsSchema.family",
  "care.observationsSchema.health",
  "care.observationsSchema.economic",
  "care.observationsSchema.mental",
  "care.recordVisitSchema.needs",
  "care.recordVisitSchema.measures",
  "activities.createActivitySchema.description",
  "activities.createActivitySchema.audience",
  "activities.createActivityFormSchema.title",
  "activities.createActivityFormSchema.description",
  "activities.createActivityFormSchema.audience",
  "rooms.reserveRoomSchema.title",
  "users.createStaffUserSchema.name",
  "users.createStaffUserSchema.title",
  "hotline.createCallSchema.summary", // xss.spec.ts
  "activities.createActivitySchema.title", // xss.spec.ts
  // The tests below this list (one record, or a few, per area).
  "activities.cancelActivitySchema.reason",
  "activities.feedbackSchema.comment",
  "activities.updateActivityFormSchema.title",
  "activities.updateActivityFormSchema.description",
  "activities.updateActivityFormSchema.audience",
  "activities.updateActivitySchema.title",
  "activities.updateActivitySchema.description",
  "activities.updateActivitySchema.audience",
  "appointments.cancelAppointmentSchema.reason",
  "appointments.completeAppointmentSchema.record.presentingIssue",
  "appointments.completeAppointmentSchema.record.assessment",
  "appointments.completeAppointmentSchema.record.intervention",
  "appointments.completeAppointmentSchema.record.plan",
  "appointments.completeAppointmentSchema.record.nextStep",
  "appointments.declineAppointmentSchema.reason",
  "appointments.personSchema.name",
  "appointments.personSchema.address",
  "appointments.preferredTimesSchema",
  "appointments.preferredTimesSchema.[]",
  "appointments.readSessionRecordQuerySchema.reason",
  "appointments.readSessionRecordSchema.reason",
  "appointments.requestAppointmentSchema.preferredTimes",
  "appointments.requestAppointmentSchema.preferredTimes[]",
  "appointments.requestAppointmentSchema.note",
  "appointments.requestAppointmentSchema.person.name",
  "appointments.requestAppointmentSchema.person.address",
  "appointments.serviceSchema.name",
  "appointments.serviceSchema.description",
  "appointments.serviceSchema.requiredSpecialty",
  "appointments.sessionRecordSchema.presentingIssue",
  "appointments.sessionRecordSchema.assessment",
  "appointments.sessionRecordSchema.intervention",
  "appointments.sessionRecordSchema.plan",
  "appointments.sessionRecordSchema.nextStep",
  "assessments.handleAlertSchema.note",
  "care.addGroupSchema.consentNote",
  "care.changeRiskColorSchema.reason",
  "care.correctionsDetailsSchema.supervisingOffice",
  "care.correctionsDetailsSchema.notes",
  "care.endGroupSchema.reason",
  "care.exitPersonSchema.reason",
  "care.leftBehindDetailsSchema.contactName",
  "care.leftBehindDetailsSchema.contactRelation",
  "care.leftBehindDetailsSchema.notes",
  "care.petitionerDetailsSchema.matter",
  "care.petitionerDetailsSchema.responsibleUnit",
  "care.petitionerDetailsSchema.notes",
  "care.recordActivitySchema.title",
  "care.recordVisitSchema.colorReason",
  "care.recordVisitSchema.referralNote",
  "care.recordVisitSchema.referralRespondent",
  "care.registerPersonSchema.consentNote",
  "counselors.availabilityExceptionSchema.note",
  "counselors.updateCounselorProfileSchema.title",
  "counselors.updateCounselorProfileSchema.qualifications",
  "counselors.updateCounselorProfileSchema.specialties[]",
  "counselors.updateCounselorProfileSchema.bio",
  "hotline.createCallSchema.referralNote",
  "hotline.createCallSchema.referralRespondent",
  "hotline.handoverNoteSchema.text",
  "hotline.handoverNoteWithShiftSchema.text",
  "hotline.recordCallbackSchema.note",
  "hotline.recordCallbackWithIdSchema.note",
  "hotline.saveCallDraftSchema.summary",
  "hotline.saveCallDraftSchema.referralNote",
  "hotline.saveCallDraftSchema.referralRespondent",
  "hotline.shiftSchema.notes",
  "hotline.shiftWithIdSchema.notes",
  "hotline.updateCallSchema.summary",
  "hotline.updateCallSchema.referralNote",
  "hotline.updateCallSchema.referralRespondent",
  "hotline.updateCallWithIdSchema.summary",
  "hotline.updateCallWithIdSchema.referralNote",
  "hotline.updateCallWithIdSchema.referralRespondent",
  "mediation.addSupportNoteSchema.text",
  "mediation.extendDeadlineSchema.reason",
  "mediation.recordFollowUpSchema.situation",
  "mediation.recordFollowUpSchema.risks",
  "mediation.recordFollowUpSchema.measures",
  "mediation.recordSessionSchema.place",
  "mediation.recordSessionSchema.participants",
  "mediation.recordSessionSchema.statements[].text",
  "mediation.recordSessionSchema.facts",
  "mediation.recordSessionSchema.outcome",
  "mediation.saveAgreementSchema.facts",
  "mediation.saveAgreementSchema.content",
  "mediation.saveAgreementSchema.performanceMethod",
  "mediation.transitionSchema.reason",
  "mediation.updateSessionSchema.participants",
  "mediation.updateSessionSchema.statements[].text",
  "mediation.updateSessionSchema.facts",
  "mediation.updateSessionSchema.outcome",
  "residents.registerResidentSchema.name",
  "residents.updateOwnProfileSchema.name",
  "rooms.addBlackoutSchema.reason",
  "rooms.reserveSeriesSchema.title",
  "rooms.updateRoomSchema.name",
  "rooms.updateRoomSchema.description",
  "users.disableUserSchema.reason",
  "users.setUserActiveSchema.reason",
  "users.updateStaffUserSchema.name",
  "users.updateStaffUserSchema.title",
]);

/**
 * Free text that is stored but shown on no page, print view or API response (named one by one, with
 * why). The monthly XLSX/CSV export carries figures only, no free text; its cells are neutralised
 * against formulas anyway (lib/stats/neutralise.ts, lib/stats/export-report.test.ts).
 */
const STORED_NOT_SHOWN: Record<string, string> = {
  "care.recordActivitySchema.location": "stored with the group activity; no page, API response or export reads it (the person's file shows the activity's title only)",
  "care.recordActivitySchema.summary": "stored with the group activity; no page, API response or export reads it (the person's file shows the activity's title only)",
  "rooms.cancelReservationSchema.reason": "stored on the cancelled reservation (reservations.cancel_reason); no page, API response or export reads it",
};

/** Not free text shown to anyone: search boxes and filters (search.spec.ts), secrets, codes, times. */
const NOT_SHOWN = /(\.q|\.cursor|[Pp]assword|\.username|Minute|minuteOfDaySchema|\.month|\.period|auditFilterSchema\..*|callerPhone.*|\.icon|listCounselorsQuerySchema\.specialty)$/;

test("every free-text field of every request schema is proved safe or named as not shown", async () => {
  expect(Object.keys(SCHEMA_MODULES).sort(), "a lib/<area>/schemas.ts missing from e2e/security/text-fields.ts").toEqual(schemaFilesOnDisk());
  const fields = textFields();
  expect(fields.length).toBeGreaterThan(100);
  // A field added to a schema lands here and fails until it is proved (a test below stores markup
  // in it and fetches every view) or named as shown nowhere.
  const open = fields.map((f) => f.key).filter((k) => !PROVED.has(k) && !(k in STORED_NOT_SHOWN) && !NOT_SHOWN.test(k));
  expect(open, "free-text fields with no XSS proof: add them to PROVED with a test").toEqual([]);
  expect([...PROVED, ...Object.keys(STORED_NOT_SHOWN)].filter((k) => !fields.some((f) => f.key === k)), "a field named here no longer exists").toEqual([]);
});

// One sign-in per account for the whole file (the tests run one after another in one worker): a
// session cookie and a bearer token are plain strings, valid for any request context.
const cookies = new Map<string, Promise<string>>();
const tokens = new Map<string, Promise<string>>();
function cookieFor(request: APIRequestContext, username: string): Promise<string> {
  if (!cookies.has(username)) cookies.set(username, signIn(request, username));
  return cookies.get(username)!;
}
function tokenFor(request: APIRequestContext, username: string): Promise<string> {
  if (!tokens.has(username)) tokens.set(username, apiToken(request, username));
  return tokens.get(username)!;
}

async function signIn(request: APIRequestContext, username: string): Promise<string> {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const res = await request.post("/api/auth/callback/credentials", { form: { csrfToken, username, password: DEMO_PASSWORD, callbackUrl: "/" }, maxRedirects: 0 });
  const c = res
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "set-cookie")
    .map((h) => h.value.split(";")[0])
    .find((v) => v.includes("authjs.session-token="));
  expect(c).toBeTruthy();
  return c!;
}

/** The page's HTML holds the payload only escaped; its RSC payload only as text. */
async function expectEscaped(request: APIRequestContext, cookie: string, path: string, markers: string[], mustShow = true) {
  const html = await request.get(path, { headers: { Cookie: cookie }, maxRedirects: 0 });
  expect(html.status(), path).toBe(200);
  const body = await html.text();
  expect(body, `${path}: raw markup in the HTML`).not.toContain("<img src=x");
  expect(body, `${path}: raw markup in the HTML`).not.toContain(SHORT);
  for (const m of markers) expect(body.includes(m), `${path} shows ${m}`).toBe(true);
  if (mustShow) expect([ESCAPED, IN_FLIGHT, SHORT_ESCAPED, SHORT_IN_FLIGHT].some((x) => body.includes(x)), `${path}: the payload is not on the page at all`).toBe(true);
  const rsc = await (await request.get(path, { headers: { Cookie: cookie, RSC: "1" }, maxRedirects: 0 })).text();
  expect(rsc, `${path}: markup as an element in the RSC payload`).not.toMatch(/\["\$","img"[^\]]*"src":"x"/);
  // (Next's own built-in error pages carry a style via __html; no text of ours may.)
  expect(rsc, `${path}: our text as raw HTML in the RSC payload`).not.toMatch(/"__html":"[^"]*(onerror|<i>|\\u003ci)/);
}

test.describe.configure({ timeout: 90_000 });

test("mediation: the case's text and every party field are text on the case and all its print views", async ({ request }) => {
  const token = await tokenFor(request, "mediator");
  const res = await request.post("/api/v1/mediation/cases", {
    headers: bearer(token),
    data: {
      source: "application",
      disputeType: "neighbour",
      summary: `纠纷概要M1${TAG}`,
      requestedItems: `请求事项M2${TAG}`,
      riskColor: "yellow",
      riskReason: `风险M3${TAG}`,
      parties: [
        { role: "applicant", name: `甲M4${SHORT}`, gender: "female", age: 45, ethnicity: SHORT, occupation: `职业M5${TAG}`, address: `住址M6${TAG}` },
        { role: "respondent", name: `乙M7${SHORT}`, gender: "male", age: 50 },
      ],
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  const { id } = (await res.json()) as { id: number };
  const cookie = await cookieFor(request, "mediator");
  await expectEscaped(request, cookie, `/mediation/${id}`, ["纠纷概要M1", "请求事项M2"]);
  await expectEscaped(request, cookie, `/mediation/${id}?tab=parties`, ["甲M4", "职业M5", "住址M6"]);
  await expectEscaped(request, cookie, `/mediation/${id}/print/register`, ["纠纷概要M1"]);
  // The other documents show what of the case they show; none may carry it as markup.
  for (const doc of ["record", "agreement", "follow-up", "cover"]) await expectEscaped(request, cookie, `/mediation/${id}/print/${doc}`, [], false);
});

test("care: a person's name, address, details and a visit's observations are text on their file", async ({ request }) => {
  const token = await tokenFor(request, "carer");
  const reg = await request.post("/api/v1/care/persons", {
    headers: bearer(token),
    data: {
      person: { name: `丙C1${SHORT}`, gender: "female", address: `地址C2${TAG}` },
      group: "bereaved",
      riskColor: "yellow",
      details: { familySituation: `家庭C3${TAG}`, notes: `备注C4${TAG}` },
    },
  });
  expect(reg.status(), await reg.text()).toBe(201);
  const { id } = (await reg.json()) as { id: number };
  const visit = await request.post(`/api/v1/care/persons/${id}/visits`, {
    headers: bearer(token),
    data: {
      visitedAt: isoIn(-60),
      kind: "home",
      observations: { family: `家庭V1${TAG}`, health: `健康V2${TAG}`, economic: `经济V3${TAG}`, mental: `心理V4${TAG}` },
      needs: `需求V5${TAG}`,
      measures: `措施V6${TAG}`,
    },
  });
  expect(visit.status(), await visit.text()).toBe(201);
  const cookie = await cookieFor(request, "carer");
  await expectEscaped(request, cookie, `/care/persons/${id}`, ["丙C1", "地址C2", "家庭C3", "备注C4", "家庭V1", "健康V2", "经济V3", "心理V4", "需求V5", "措施V6"]);
  await expectEscaped(request, cookie, `/care/persons?q=${encodeURIComponent("丙C1")}`, ["丙C1"]);
});

test("users: a staff member's name and title are text on the admin's pages", async ({ request }) => {
  const admin = await tokenFor(request, "admin");
  const username = `xssf${Date.now() % 1e7}`;
  const res = await request.post("/api/v1/users", { headers: bearer(admin), data: { username, name: `丁U1${SHORT}`, roles: ["teacher"], password: "Xss#fields2026", title: `职务U2${TAG}` } });
  // A name with markup may be refused outright (422); kept, it must be text.
  if (res.status() === 422) return;
  expect(res.status(), await res.text()).toBe(201);
  const { id } = (await res.json()) as { id: number };
  const cookie = await cookieFor(request, "admin");
  await expectEscaped(request, cookie, `/admin/users/${id}`, ["丁U1", "职务U2"]);
});

test("activities and rooms: an activity's title, description and audience, and a booking's title, are text", async ({ request }) => {
  const token = await tokenFor(request, "teacher");
  const rooms = await roomsByCode(request, token);
  const w = await emptyWindow(request, token, rooms.music, 60, 85);
  const res = await request.post("/api/v1/activities", {
    headers: bearer(token),
    data: { title: `活动A1${TAG}`, description: `介绍A2${TAG}`, audience: `对象A3${TAG}`, roomId: rooms.music.id, startAt: w.startAt, endAt: w.endAt, capacity: 5, type: "group_counselling" },
  });
  expect(res.status(), await res.text()).toBe(201);
  const { id } = (await res.json()) as { id: number };
  const cookie = await cookieFor(request, "teacher");
  await expectEscaped(request, cookie, `/activities/${id}`, ["活动A1", "介绍A2", "对象A3"]);
  await expectEscaped(request, cookie, `/activities/${id}/edit`, ["活动A1"]);

  const slot = await emptyWindow(request, token, rooms.emotion, 60, 86);
  const booked = await request.post("/api/v1/reservations", { headers: bearer(token), data: { roomId: rooms.emotion.id, startAt: slot.startAt, endAt: slot.endAt, purpose: "meeting", title: `会议R1${TAG}` } });
  expect(booked.status(), await booked.text()).toBe(201);
  await expectEscaped(request, cookie, `/rooms/mine`, ["会议R1"]);
});

/** Calls a server action as a signed-in user, as the page's form would, and expects it to succeed. */
async function act(request: APIRequestContext, cookie: string, name: string, args: unknown): Promise<string> {
  const action = serverActions().find((a) => a.name === name);
  expect(action, name).toBeTruthy();
  const res = await callAction(request, action!, [args], { Cookie: cookie });
  const body = await res.text();
  expect(res.status(), `${name}: ${body.slice(0, 300)}`).toBe(200);
  // Success: the action's result, or (for actions that end in redirect()) the redirect.
  if (!res.headers()["x-action-redirect"]) expect(body, `${name}: ${body.slice(0, 300)}`).toContain(`"ok":true`);
  return body;
}

type Created = { id: number; [k: string]: unknown };
/** The response has the status (201 unless said) and its JSON body. */
async function created(res: APIResponse, status = 201): Promise<Created> {
  expect(res.status(), await res.text()).toBe(status);
  return (await res.json()) as Created;
}

test("hotline: call, referral, edit, draft, call-back, shift and handover texts are text on every hotline page and where the referral lands", async ({ request }) => {
  const op = await tokenFor(request, "hotline");
  const admin = await tokenFor(request, "admin");
  const person = await registerPerson(request, await tokenFor(request, "carer"));
  const rid = person.residentId;
  const call = await created(
    await request.post("/api/v1/hotline/calls", {
      headers: bearer(op),
      data: routineCall({
        summary: `概要H1${TAG}`,
        residentId: rid,
        riskLevel: "medium",
        actions: ["referred_mediation", "referred_care"],
        followUpAt: isoIn(24 * 60),
        referralNote: `转介H2${TAG}`,
        referralDisputeType: "neighbour",
        referralRespondent: `对方H3${TAG}`,
      }),
    }),
  );
  const { mediationCaseId } = call as unknown as { mediationCaseId: number };
  expect(mediationCaseId).toEqual(expect.any(Number));
  const opCookie = await cookieFor(request, "hotline");
  const adminCookie = await cookieFor(request, "admin");
  await expectEscaped(request, opCookie, `/hotline/calls/${call.id}`, ["概要H1", "转介H2"]);
  await expectEscaped(request, opCookie, `/hotline/calls/${call.id}/edit`, ["概要H1", "转介H2", "对方H3"]);
  // The referral note becomes the case's summary and the respondent a party; the note the care
  // follow-up's, on the file of the person (already in care).
  await expectEscaped(request, adminCookie, `/mediation/${mediationCaseId}`, ["转介H2"]);
  await expectEscaped(request, adminCookie, `/mediation/${mediationCaseId}?tab=parties`, ["对方H3"]);
  await expectEscaped(request, await cookieFor(request, "carer"), `/care/persons/${person.id}`, ["转介H2"]);

  // Edited through the API (PUT) and the edit form's action: the new texts replace the old.
  const edit = { ...routineCall({ residentId: rid, riskLevel: "medium", actions: ["referred_mediation", "referred_care"], followUpAt: isoIn(24 * 60), referralDisputeType: "neighbour" }) };
  await created(await request.put(`/api/v1/hotline/calls/${call.id}`, { headers: bearer(op), data: { ...edit, summary: `改概要H4${TAG}`, referralNote: `改转介H5${TAG}`, referralRespondent: `改对方H6${TAG}` } }), 200);
  await expectEscaped(request, opCookie, `/hotline/calls/${call.id}/edit`, ["改概要H4", "改转介H5", "改对方H6"]);
  await act(request, opCookie, "updateCallAction", { ...edit, id: call.id, summary: `表单概要H7${TAG}`, referralNote: `表单转介H8${TAG}`, referralRespondent: `表单对方H9${SHORT}` });
  await expectEscaped(request, opCookie, `/hotline/calls/${call.id}`, ["表单概要H7", "表单转介H8"]);
  await expectEscaped(request, opCookie, `/hotline/calls/${call.id}/edit`, ["表单对方H9"]);

  // Call-backs: one through the API (still unanswered), one through the page's action.
  await created(await request.post(`/api/v1/hotline/calls/${call.id}/callbacks`, { headers: bearer(op), data: { outcome: "no_answer", note: `回访HA${TAG}` } }));
  await act(request, opCookie, "recordCallbackAction", { id: call.id, outcome: "done", note: `回访HB${TAG}` });
  await expectEscaped(request, opCookie, `/hotline/calls/${call.id}`, ["回访HA", "回访HB"]);

  // An autosaved draft: its texts back in the form (the hotline home lists it by time only).
  const clientKey = `xssdraft${Date.now()}`;
  await act(request, opCookie, "saveCallDraftAction", { clientKey, startedAt: isoIn(-5), summary: `草稿HC${TAG}`, referralNote: `草稿转介HD${TAG}`, referralRespondent: `草稿对方HE${SHORT}` });
  await expectEscaped(request, opCookie, `/hotline/calls/new?draft=${clientKey}`, ["草稿HC", "草稿转介HD", "草稿对方HE"]);

  // Shifts (admin): notes through the API and the roster's edit action; handover notes on the
  // shift that ended last, which the hotline home shows.
  const me = (await (await request.get("/api/v1/me", { headers: bearer(op) })).json()) as { id: number };
  const day = 70 + (Date.now() % 20);
  const at = (h: number) => isoIn(day * 24 * 60 + h * 60);
  await created(await request.post("/api/v1/hotline/shifts", { headers: bearer(admin), data: { startAt: at(0), endAt: at(4), staffIds: [me.id], notes: `排班HF${TAG}` } }));
  const s2 = await created(await request.post("/api/v1/hotline/shifts", { headers: bearer(admin), data: { startAt: at(5), endAt: at(9), staffIds: [me.id] } }));
  await act(request, adminCookie, "updateShiftAction", { id: s2.id, startAt: at(5), endAt: at(9), staffIds: [me.id], notes: `排班HG${TAG}` });
  await expectEscaped(request, adminCookie, `/hotline/roster?week=${at(0).slice(0, 10)}`, ["排班HF", "排班HG"]);
  const from = new Date(Date.now() - 7 * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
  const shifts = ((await (await request.get(`/api/v1/hotline/shifts?from=${from}&to=${todayLocal()}`, { headers: bearer(op) })).json()) as { items: { id: number; endAt: string }[] }).items;
  const ended = shifts.filter((s) => Date.parse(s.endAt) <= Date.now()).sort((a, b) => Date.parse(b.endAt) - Date.parse(a.endAt) || b.id - a.id)[0];
  expect(ended, "a shift that has ended").toBeTruthy();
  await created(await request.post(`/api/v1/hotline/shifts/${ended.id}/handover-notes`, { headers: bearer(op), data: { text: `交接HH${TAG}` } }));
  await act(request, opCookie, "addHandoverNoteAction", { shiftId: ended.id, text: `交接HI${TAG}` });
  await expectEscaped(request, opCookie, `/hotline`, ["交接HH", "交接HI"]);
});

test("appointments and residents: a new resident's name, needs, preferred times, reasons, an inline person and a session record are text", async ({ request, playwright }) => {
  // A resident registers through the public form's action, then renames themself.
  const phone = `139${String(Date.now() % 1e8).padStart(8, "0")}`;
  const anon = await playwright.request.newContext({ baseURL: E2E_BASE });
  const register = serverActions().find((a) => a.name === "registerAction");
  expect(register, "registerAction in the build").toBeTruthy();
  const reg = await callAction(anon, register!, [{ name: `居民R1${SHORT}`, phone, password: DEMO_PASSWORD, confirmPassword: DEMO_PASSWORD, consent: true }]);
  expect(reg.headers()["x-action-redirect"] ?? "", await reg.text()).toMatch(/^\/me/);
  await anon.dispose();
  const resCookie = await cookieFor(request, phone);
  await expectEscaped(request, resCookie, `/me/profile`, ["居民R1"]);
  await act(request, resCookie, "updateOwnProfileAction", { name: `改名R2${SHORT}`, phone });
  await expectEscaped(request, resCookie, `/me/profile`, ["改名R2"]);
  await expectEscaped(request, resCookie, `/me`, ["改名R2"]);

  // Two orders (订单式): preferred times as a list and as one string; the centre declines one, the resident cancels the other.
  const resident = await tokenFor(request, phone);
  const admin = await tokenFor(request, "admin");
  const services = ((await (await request.get("/api/v1/services", { headers: bearer(admin) })).json()) as { items: { id: number; name: string }[] }).items;
  const svc = services.find((s) => s.name === "个体心理咨询")!.id;
  const o1 = await created(await request.post("/api/v1/appointments", { headers: bearer(resident), data: { serviceId: svc, note: `需求P1${TAG}`, preferredTimes: [`周六P2${TAG}`, "工作日下午"] } }));
  const o2 = await created(await request.post("/api/v1/appointments", { headers: bearer(resident), data: { serviceId: svc, note: `需求P3${TAG}`, preferredTimes: `周日P4${TAG}` } }));
  await created(await request.post(`/api/v1/appointments/${o1.id}/decline`, { headers: bearer(admin), data: { reason: `谢绝P5${TAG}` } }), 200);
  await created(await request.post(`/api/v1/appointments/${o2.id}/cancel`, { headers: bearer(resident), data: { reason: `取消P6${TAG}` } }), 200);
  await expectEscaped(request, resCookie, `/me/appointments`, ["周六P2", "周日P4", "谢绝P5", "取消P6"]);
  const adminCookie = await cookieFor(request, "admin");
  await expectEscaped(request, adminCookie, `/appointments/${o1.id}`, ["需求P1", "周六P2", "谢绝P5", "改名R2"]);
  await expectEscaped(request, adminCookie, `/appointments/${o2.id}`, ["需求P3", "周日P4", "取消P6"]);
  const residentOf = async (appointmentId: number) => ((await (await request.get(`/api/v1/appointments/${appointmentId}`, { headers: bearer(admin) })).json()) as { residentId: number }).residentId;
  const r1 = await residentOf(o1.id);
  await expectEscaped(request, adminCookie, `/residents/${r1}`, ["改名R2"]);

  // Staff book for someone not yet in the register (an inline person).
  const o3 = await created(await request.post("/api/v1/appointments", { headers: bearer(admin), data: { serviceId: svc, note: "电话预约的新来访者", person: { name: `新人P7${SHORT}`, gender: "female", address: `住址P8${TAG}` } } }));
  await expectEscaped(request, adminCookie, `/appointments/${o3.id}`, ["新人P7"]);
  const r3 = await residentOf(o3.id);
  await expectEscaped(request, adminCookie, `/residents/${r3}`, ["新人P7"]);
  // The register shows an address where the person is cared for: taken into care, the file shows it.
  const cared = await created(await request.post("/api/v1/care/persons", { headers: bearer(await tokenFor(request, "carer")), data: { residentId: r3, group: "bereaved", riskColor: "green" } }));
  await expectEscaped(request, await cookieFor(request, "carer"), `/care/persons/${cared.id}`, ["新人P7", "住址P8"]);
  await expectEscaped(request, adminCookie, `/appointments?queue=1`, ["新人P7"]);

  // A screening with an alert, handled with a note.
  await created(await request.post("/api/v1/assessments", { headers: bearer(resident), data: { scale: "PHQ-9", answers: [0, 0, 0, 0, 0, 0, 0, 0, 1] } }));
  const alerts = ((await (await request.get("/api/v1/assessments/alerts?status=open", { headers: bearer(admin) })).json()) as { items: { id: number; resident: { id: number } | null }[] }).items;
  const alert = alerts.find((x) => x.resident?.id === r1);
  expect(alert, "the new resident's alert").toBeTruthy();
  await created(await request.post(`/api/v1/assessments/alerts/${alert!.id}/handle`, { headers: bearer(admin), data: { note: `处理PB${TAG}` } }), 200);
  await expectEscaped(request, adminCookie, `/assessment-alerts?status=handled`, ["处理PB"]);

  // A session record: written when the counsellor completes a session, then rewritten by its author.
  const counselor = await tokenFor(request, "counselor");
  const mine = async (status: string) => ((await (await request.get(`/api/v1/appointments?status=${status}&limit=200`, { headers: bearer(counselor) })).json()) as { items: { id: number; startAt: string }[] }).items;
  const open = (await mine("checked_in"))[0] ?? (await mine("confirmed")).find((a) => Date.parse(a.startAt) < Date.now());
  expect(open, "a started session of the demo counsellor still open").toBeTruthy();
  const record = (m: string) => ({ presentingIssue: `主诉${m}1${TAG}`, assessment: `评估${m}2${TAG}`, intervention: `干预${m}3${TAG}`, plan: `计划${m}4${TAG}`, nextStep: `下一步${m}5${TAG}`, riskLevel: "low" });
  await created(await request.post(`/api/v1/appointments/${open!.id}/complete`, { headers: bearer(counselor), data: { record: record("K") } }), 200);
  const counselorCookie = await cookieFor(request, "counselor");
  await expectEscaped(request, counselorCookie, `/appointments/${open!.id}`, ["主诉K1", "评估K2", "干预K3", "计划K4", "下一步K5"]);
  await created(await request.put(`/api/v1/appointments/${open!.id}/session-record`, { headers: bearer(counselor), data: record("S") }), 200);
  await expectEscaped(request, counselorCookie, `/appointments/${open!.id}`, ["主诉S1", "评估S2", "干预S3", "计划S4", "下一步S5"]);
  // An admin's break-glass reason (API query and the page's action) is kept in the audit log, which shows it.
  await created(await request.get(`/api/v1/appointments/${open!.id}/session-record?reason=${encodeURIComponent(`查阅P9${TAG}`)}`, { headers: bearer(admin) }), 200);
  await act(request, adminCookie, "readSessionRecordAction", { id: open!.id, reason: `查阅PA${TAG}` });
  await expectEscaped(request, adminCookie, `/admin/audit?reasons=1&entityType=appointment&entityId=${open!.id}`, ["查阅P9", "查阅PA"]);
});

test("counsellors, services and users: a profile, a leave note, a service and an account's texts are text on the staff pages", async ({ request }) => {
  const admin = await tokenFor(request, "admin");
  const adminCookie = await cookieFor(request, "admin");
  const username = `xssc${Date.now() % 1e7}`;
  const user = await created(await request.post("/api/v1/users", { headers: bearer(admin), data: { username, name: `咨询师Q1${SHORT}`, roles: ["counselor"], password: "Xss#fields2026", title: "心理咨询师" } }));
  await created(
    await request.patch(`/api/v1/counselors/${user.id}`, {
      headers: bearer(admin),
      data: { title: `职称Q2${SHORT}`, qualifications: `资质Q3${TAG}`, specialties: [`专长Q4${SHORT}`], bio: `简介Q5${TAG}` },
    }),
    200,
  );
  const date = new Date(Date.now() + 40 * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
  await created(await request.post(`/api/v1/counselors/${user.id}/availability/exceptions`, { headers: bearer(admin), data: { date, kind: "leave", startMinute: 540, endMinute: 720, note: `请假Q6${TAG}` } }));
  const counselorCookie = await cookieFor(request, "counselor");
  await expectEscaped(request, counselorCookie, `/counselors/${user.id}`, ["咨询师Q1", "职称Q2", "资质Q3", "专长Q4", "简介Q5"]);
  await expectEscaped(request, counselorCookie, `/counselors`, ["咨询师Q1"]);
  await expectEscaped(request, adminCookie, `/counselors/${user.id}/availability`, ["请假Q6"]);

  // A service (inactive, so no resident books it).
  await created(await request.post("/api/v1/services", { headers: bearer(admin), data: { name: `服务Q7${SHORT}`, description: `说明Q8${TAG}`, durationMinutes: 50, roomIds: [1], requiredSpecialty: `专长Q9${SHORT}`, active: false } }));
  await expectEscaped(request, adminCookie, `/admin/services`, ["服务Q7", "说明Q8", "专长Q9"]);

  // The account: renamed (API and the admin form's action), disabled with a reason, enabled again with one.
  await created(await request.patch(`/api/v1/users/${user.id}`, { headers: bearer(admin), data: { name: `改名QA${SHORT}`, title: `职务QB${TAG}` } }), 200);
  await expectEscaped(request, adminCookie, `/admin/users/${user.id}`, ["改名QA", "职务QB"]);
  await act(request, adminCookie, "updateUserAction", { id: user.id, name: `表单QC${SHORT}`, title: `职务QD${TAG}` });
  await created(await request.post(`/api/v1/users/${user.id}/disable`, { headers: bearer(admin), data: { reason: `停用QE${TAG}` } }), 200);
  await expectEscaped(request, adminCookie, `/admin/users/${user.id}`, ["表单QC", "职务QD", "停用QE"]);
  await expectEscaped(request, adminCookie, `/admin/users?q=${username}`, ["表单QC"]);
  await act(request, adminCookie, "setUserActiveAction", { id: user.id, active: true, reason: `启用QG${TAG}` });
  await expectEscaped(request, adminCookie, `/admin/audit?reasons=1&entityType=user&entityId=${user.id}`, ["停用QE", "启用QG"]);
});

test("care: group details, consent notes, colour and exit reasons, a visit's referral and a group activity are text", async ({ request }) => {
  const carer = await tokenFor(request, "carer");
  const p = await registerPerson(request, carer, {
    group: "petitioner",
    riskColor: "yellow",
    details: { matter: `事项G1${TAG}`, responsibleUnit: `单位G2${TAG}`, notes: `备注G3${TAG}` },
    consentNote: `同意G4${TAG}`,
  });
  await created(await request.post(`/api/v1/care/persons/${p.id}/groups`, { headers: bearer(carer), data: { group: "corrections", details: { supervisingOffice: `司法所G5${TAG}`, notes: `备注G6${TAG}` } } }));
  await created(
    await request.post(`/api/v1/care/persons/${p.id}/groups`, {
      headers: bearer(carer),
      data: { group: "left_behind", leftBehindKind: "elderly", details: { contactName: `联系人G7${SHORT}`, contactRelation: `关系G8${SHORT}`, notes: `备注G9${TAG}` }, consentNote: `同意GA${TAG}` },
    }),
  );
  await created(await request.post(`/api/v1/care/persons/${p.id}/risk-color`, { headers: bearer(carer), data: { riskColor: "green", reason: `变色GC${TAG}` } }), 200);
  const visit = await created(
    await request.post(`/api/v1/care/persons/${p.id}/visits`, {
      headers: bearer(carer),
      data: {
        visitedAt: isoIn(-30),
        kind: "home",
        observations: { family: "与邻居因漏水争执" },
        riskColor: "yellow",
        colorReason: `变色GD${TAG}`,
        referral: "mediation",
        referralNote: `转介GE${TAG}`,
        referralDisputeType: "neighbour",
        referralRespondent: `对方GF${SHORT}`,
      },
    }),
  );
  const caseId = (visit as unknown as { referral: { mediationCaseId: number } }).referral.mediationCaseId;
  expect(caseId).toEqual(expect.any(Number));
  await created(await request.post(`/api/v1/care/activities`, { headers: bearer(carer), data: { title: `活动GG${TAG}`, heldAt: isoIn(-20), location: `地点GH${TAG}`, summary: `小结GI${TAG}`, participants: [{ personId: p.id }] } }));
  const carerCookie = await cookieFor(request, "carer");
  await expectEscaped(request, carerCookie, `/care/persons/${p.id}`, ["事项G1", "单位G2", "备注G3", "同意G4", "司法所G5", "备注G6", "联系人G7", "关系G8", "备注G9", "同意GA", "变色GC", "变色GD", "活动GG"]);
  // An ended group shows its end and reason (no longer its details); an exit its reason.
  await created(await request.post(`/api/v1/care/persons/${p.id}/groups/end`, { headers: bearer(carer), data: { group: "corrections", reason: `结束GB${TAG}` } }), 200);
  await created(await request.post(`/api/v1/care/persons/${p.id}/exit`, { headers: bearer(carer), data: { reason: `退出GJ${TAG}`, exitedOn: todayLocal() } }), 200);
  await expectEscaped(request, carerCookie, `/care/persons/${p.id}`, ["结束GB", "退出GJ"]);
  const adminCookie = await cookieFor(request, "admin");
  await expectEscaped(request, adminCookie, `/mediation/${caseId}`, ["转介GE"]);
  await expectEscaped(request, adminCookie, `/mediation/${caseId}?tab=parties`, ["对方GF"]);
});

test("mediation: sessions, statements, the agreement, follow-ups, support notes, extension and transition reasons are text on the case and its print views", async ({ request }) => {
  const mediator = await tokenFor(request, "mediator");
  const counselor = await tokenFor(request, "counselor");
  const me = async (token: string) => ((await (await request.get("/api/v1/me", { headers: bearer(token) })).json()) as { id: number }).id;
  const c = await created(
    await request.post("/api/v1/mediation/cases", {
      headers: bearer(mediator),
      data: { source: "application", disputeType: "neighbour", summary: "楼上漏水", riskColor: "green", parties: [{ role: "applicant", name: "申请人甲" }, { role: "respondent", name: "被申请人乙" }] },
    }),
  );
  const id = c.id;
  await created(await request.post(`/api/v1/mediation/cases/${id}/assign`, { headers: bearer(mediator), data: { mediatorIds: [await me(mediator)], counselorId: await me(counselor) } }), 200);
  const step = async (to: string, reason?: string) => created(await request.post(`/api/v1/mediation/cases/${id}/transition`, { headers: bearer(mediator), data: reason ? { to, reason } : { to } }), 200);
  await step("accepted", `受理M1${TAG}`);
  await step("in_mediation");
  await created(await request.post(`/api/v1/mediation/cases/${id}/extend`, { headers: bearer(mediator), data: { deadlineOn: localDate(45), reason: `延期M2${TAG}` } }), 200);
  const parties = ((await (await request.get(`/api/v1/mediation/cases/${id}`, { headers: bearer(mediator) })).json()) as { parties: { id: number }[] }).parties;
  await created(
    await request.post(`/api/v1/mediation/cases/${id}/sessions`, {
      headers: bearer(mediator),
      data: {
        heldAt: localIso(0, "08:00"),
        endAt: localIso(0, "09:00"),
        place: `地点M3${TAG}`,
        participants: `参加人M4${TAG}`,
        statements: [
          { partyId: parties[0].id, text: `陈述M5${TAG}` },
          { partyId: parties[1].id, text: `陈述M6${TAG}` },
        ],
        facts: `事实M7${TAG}`,
        outcome: `结果M8${TAG}`,
      },
    }),
  );
  const second = await created(await request.post(`/api/v1/mediation/cases/${id}/sessions`, { headers: bearer(mediator), data: { heldAt: localIso(0, "10:00"), place: "社区调解室", participants: "双方", statements: [] } }));
  await created(
    await request.put(`/api/v1/mediation/cases/${id}/sessions/${second.id}`, {
      headers: bearer(mediator),
      data: { participants: `参加人M9${TAG}`, statements: [{ partyId: parties[0].id, text: `陈述MA${TAG}` }], facts: `事实MB${TAG}`, outcome: `结果MC${TAG}` },
    }),
    200,
  );
  await created(await request.post(`/api/v1/mediation/cases/${id}/notes`, { headers: bearer(counselor), data: { text: `支持MD${TAG}` } }));
  await created(
    await request.put(`/api/v1/mediation/cases/${id}/agreement`, {
      headers: bearer(mediator),
      data: { oral: false, facts: `协议事实ME${TAG}`, content: `协议内容MF${TAG}`, performanceMethod: `履行MG${TAG}`, performanceDeadlineOn: localDate(10), signedOn: localDate(0) },
    }),
    200,
  );
  await step("agreed");
  await created(
    await request.post(`/api/v1/mediation/cases/${id}/follow-ups`, {
      headers: bearer(counselor),
      data: { visitedAt: isoIn(-5), method: "phone", performed: "yes", satisfaction: "satisfied", situation: `情况MH${TAG}`, risks: `风险MI${TAG}`, measures: `措施MJ${TAG}` },
    }),
  );
  const cookie = await cookieFor(request, "mediator");
  await expectEscaped(request, cookie, `/mediation/${id}`, ["延期M2"]);
  await expectEscaped(request, cookie, `/mediation/${id}?tab=sessions`, ["地点M3", "参加人M4", "陈述M5", "陈述M6", "事实M7", "结果M8", "参加人M9", "陈述MA", "事实MB", "结果MC"]);
  await expectEscaped(request, cookie, `/mediation/${id}?tab=agreement`, ["协议事实ME", "协议内容MF", "履行MG"]);
  await expectEscaped(request, cookie, `/mediation/${id}?tab=follow-ups`, ["情况MH", "风险MI", "措施MJ"]);
  await expectEscaped(request, cookie, `/mediation/${id}?tab=log`, ["受理M1"]);
  await expectEscaped(request, await cookieFor(request, "counselor"), `/mediation/${id}?tab=support`, ["支持MD"]);
  await expectEscaped(request, cookie, `/mediation/${id}/print/record`, ["地点M3", "参加人M4", "陈述M5", "事实M7", "结果M8"]);
  await expectEscaped(request, cookie, `/mediation/${id}/print/agreement`, ["协议事实ME", "协议内容MF", "履行MG"]);
  await expectEscaped(request, cookie, `/mediation/${id}/print/follow-up`, ["情况MH", "风险MI", "措施MJ"]);
  for (const doc of ["register", "cover"]) await expectEscaped(request, cookie, `/mediation/${id}/print/${doc}`, [], false);
});

test("rooms and activities: a room's name and description, blackout and cancel reasons, series titles, activity edits and feedback are text", async ({ request }) => {
  const admin = await tokenFor(request, "admin");
  const adminCookie = await cookieFor(request, "admin");
  const teacher = await tokenFor(request, "teacher");
  const teacherCookie = await cookieFor(request, "teacher");
  const rooms = await roomsByCode(request, teacher);

  // A room renamed (API, then the settings form's action) and put back as it was.
  const vr = rooms.vr;
  const full = (await (await request.get(`/api/v1/rooms/${vr.id}`, { headers: bearer(admin) })).json()) as Record<string, unknown>;
  const settings = Object.fromEntries(["name", "description", "icon", "mode", "capacity", "residentBookable", "staffRequired", "openingHours", "minMinutes", "maxMinutes", "active"].map((k) => [k, full[k]]));
  try {
    await created(await request.patch(`/api/v1/rooms/${vr.id}`, { headers: bearer(admin), data: { ...settings, name: `VR室B1${SHORT}`, description: `介绍B2${TAG}` } }), 200);
    await expectEscaped(request, adminCookie, `/admin/rooms/${vr.id}`, ["VR室B1", "介绍B2"]);
    await expectEscaped(request, teacherCookie, `/rooms`, ["VR室B1"]);
    await act(request, adminCookie, "updateRoomAction", { ...settings, id: vr.id, name: `VR室B3${SHORT}`, description: `介绍B4${TAG}` });
    await expectEscaped(request, adminCookie, `/admin/rooms`, ["VR室B3"]);
  } finally {
    expect((await request.patch(`/api/v1/rooms/${vr.id}`, { headers: bearer(admin), data: settings })).status()).toBe(200);
  }

  // Blackouts far ahead (API and the settings page's action), shown on the settings page.
  const far = localDay(130);
  await created(await request.post("/api/v1/blackouts", { headers: bearer(admin), data: { roomId: vr.id, startAt: `${far}T08:00:00+08:00`, endAt: `${far}T10:00:00+08:00`, reason: `检修B5${TAG}` } }));
  await act(request, adminCookie, "addBlackoutAction", { roomId: vr.id, startAt: `${far}T11:00:00+08:00`, endAt: `${far}T12:00:00+08:00`, reason: `检修B6${TAG}` });
  await expectEscaped(request, adminCookie, `/admin/rooms`, ["检修B5", "检修B6"]);

  // A weekly series' title; a booking cancelled with a reason (kept, shown nowhere).
  const w = await emptyWindow(request, teacher, rooms.sandplay, 60, 95);
  await created(await request.post("/api/v1/reservation-series", { headers: bearer(teacher), data: { roomId: rooms.sandplay.id, startAt: w.startAt, endAt: w.endAt, title: `例会B7${TAG}`, count: 2, skipConflicts: true } }));
  const one = await emptyWindow(request, teacher, rooms.sandplay, 60, 97);
  const booked = await created(await request.post("/api/v1/reservations", { headers: bearer(teacher), data: { roomId: rooms.sandplay.id, startAt: one.startAt, endAt: one.endAt, purpose: "meeting", title: "取消的会议B8" } }));
  await created(await request.post(`/api/v1/reservations/${booked.id}/cancel`, { headers: bearer(teacher), data: { reason: `取消B9${TAG}` } }), 200);
  await expectEscaped(request, teacherCookie, `/rooms/mine`, ["例会B7"]);

  // An activity edited through the API and the edit form's action, then cancelled with a reason.
  const aw = await emptyWindow(request, teacher, rooms.music, 60, 88);
  const a = await created(await request.post("/api/v1/activities", { headers: bearer(teacher), data: { title: "待修改的活动", roomId: rooms.music.id, startAt: aw.startAt, endAt: aw.endAt, capacity: 5, type: "group_counselling" } }));
  await created(await request.patch(`/api/v1/activities/${a.id}`, { headers: bearer(teacher), data: { title: `活动B10${TAG}`, description: `介绍B11${TAG}`, audience: `对象B12${TAG}` } }), 200);
  await expectEscaped(request, teacherCookie, `/activities/${a.id}`, ["活动B10", "介绍B11", "对象B12"]);
  const form = {
    title: `活动B13${TAG}`,
    description: `介绍B14${TAG}`,
    type: "group_counselling",
    roomId: String(rooms.music.id),
    date: aw.startAt.slice(0, 10),
    startTime: aw.startAt.slice(11, 16),
    endTime: aw.endAt.slice(11, 16),
    capacity: 5,
    audience: `对象B15${TAG}`,
    deadlineDate: "",
    deadlineTime: "",
    teacherIds: [],
    signupsClosed: false,
  };
  await act(request, teacherCookie, "updateActivityAction", { activityId: a.id, values: form });
  await expectEscaped(request, teacherCookie, `/activities/${a.id}/edit`, ["活动B13", "介绍B14", "对象B15"]);
  const resident2 = await tokenFor(request, "resident2");
  await created(await request.post(`/api/v1/activities/${a.id}/signups`, { headers: bearer(resident2), data: {} }));
  await created(await request.post(`/api/v1/activities/${a.id}/cancel`, { headers: bearer(teacher), data: { reason: `取消B16${TAG}` } }), 200);
  await expectEscaped(request, teacherCookie, `/activities/${a.id}`, ["活动B13", "取消B16"]);
  // The resident's list shows the cancelled activity by its title (not the reason).
  await expectEscaped(request, await cookieFor(request, "resident2"), `/me/activities`, ["活动B13"]);

  // Feedback on a past activity the demo resident attended (the oldest unrated, one at least left for the portal's own test).
  const resident = await tokenFor(request, "resident");
  const past = ((await (await request.get(`/api/v1/activities?scope=past&limit=200`, { headers: bearer(resident) })).json()) as { items: { id: number; mySignup: { status: string; rating: number | null } | null }[] }).items;
  const rateable = past.filter((x) => x.mySignup?.status === "attended" && x.mySignup.rating === null);
  expect(rateable.length, "unrated past activities of the demo resident").toBeGreaterThan(1);
  const target = rateable[rateable.length - 1];
  await created(await request.post(`/api/v1/activities/${target.id}/feedback`, { headers: bearer(resident), data: { rating: 4, comment: `评价B17${TAG}` } }));
  await expectEscaped(request, adminCookie, `/activities/${target.id}`, ["评价B17"]);
});
