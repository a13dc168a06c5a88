import { expect, test, type APIRequestContext } from "@playwright/test";
import { apiToken, bearer, DEMO_PASSWORD } from "../helpers";
import { isoIn } from "../hotline/helpers";
import { emptyWindow, roomsByCode } from "../rooms/helpers";
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
]);

/** Not free text shown to anyone: search boxes and filters (search.spec.ts), secrets, codes, times. */
const NOT_SHOWN = /(\.q|\.cursor|[Pp]assword|\.username|Minute|minuteOfDaySchema|\.month|\.period|auditFilterSchema\..*|callerPhone.*|\.icon|listCounselorsQuerySchema\.specialty)$/;

test("every free-text field of every request schema is proved safe or named as not shown", async () => {
  expect(Object.keys(SCHEMA_MODULES).sort(), "a lib/<area>/schemas.ts missing from e2e/security/text-fields.ts").toEqual(schemaFilesOnDisk());
  const fields = textFields();
  expect(fields.length).toBeGreaterThan(100);
  const open = fields.map((f) => f.key).filter((k) => !PROVED.has(k) && !NOT_SHOWN.test(k));
  // Fields stored and shown as text whose views are not yet proved here: the list may only shrink.
  // A field added to a schema lands here and fails until it is proved or named.
  expect(open.filter((k) => !PENDING.has(k)), "free-text fields with no XSS proof: add them to PROVED with a test").toEqual([]);
  expect([...PROVED].filter((k) => !fields.some((f) => f.key === k)), "PROVED names a field that no longer exists").toEqual([]);
});

async function cookieFor(request: APIRequestContext, username: string): Promise<string> {
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
  for (const m of markers) expect(body, `${path} shows ${m}`).toContain(m);
  if (mustShow) expect(body.includes(ESCAPED) || body.includes(IN_FLIGHT), `${path}: the payload is not on the page at all`).toBe(true);
  const rsc = await (await request.get(path, { headers: { Cookie: cookie, RSC: "1" }, maxRedirects: 0 })).text();
  expect(rsc, `${path}: markup as an element in the RSC payload`).not.toMatch(/\["\$","img"[^\]]*"src":"x"/);
  // (Next's own built-in error pages carry a style via __html; no text of ours may.)
  expect(rsc, `${path}: our text as raw HTML in the RSC payload`).not.toMatch(/"__html":"[^"]*(onerror|<i>|\\u003ci)/);
}

test.describe.configure({ timeout: 90_000 });

test("mediation: the case's text and every party field are text on the case and all its print views", async ({ request }) => {
  const token = await apiToken(request, "mediator");
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
  const token = await apiToken(request, "carer");
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
  const admin = await apiToken(request, "admin");
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
  const token = await apiToken(request, "teacher");
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

/**
 * Free-text fields whose views are not proved yet (open work, see SECURITY.md): each is stored and
 * shown as text by React like the ones above, but no test here stores markup in it and looks.
 */
const PENDING = new Set([
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
  "care.recordActivitySchema.location",
  "care.recordActivitySchema.summary",
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
  "rooms.cancelReservationSchema.reason",
  "rooms.reserveSeriesSchema.title",
  "rooms.updateRoomSchema.name",
  "rooms.updateRoomSchema.description",
  "users.disableUserSchema.reason",
  "users.setUserActiveSchema.reason",
  "users.updateStaffUserSchema.name",
  "users.updateStaffUserSchema.title",
]);
