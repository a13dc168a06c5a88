import type { DemoUser } from "../helpers";

/**
 * Who may call what: every API route and every page of the app, by role. This table is the
 * specification (API.md, DESIGN.md, the `apiRoute({ roles })` / `requireActor([...])` of each route
 * and the policies in lib/), not a copy of what the code happens to do: e2e/authz/matrix.spec.ts
 * fails when a route in app/ has no line here, when a line names a route that no longer exists, and
 * when any role (or an anonymous caller) gets anything else than its line says.
 *
 * `allow`: the roles that pass. "anyone" = no session needed; "signed-in" = every account; "staff" =
 * every role but resident. Everyone else gets 403 (wrong role), or 404 where `hide` names them (a
 * record they may not see). `also` / `deny` / `hide` name demo accounts, for the checks that
 * depend on whose record it is: the record in `ids` belongs to the accounts the fixture says
 * (e2e/authz/matrix.spec.ts, `loadFixtures`).
 */
export type Who = "anyone" | "signed-in" | "staff" | "admin" | "counselor" | "teacher" | "hotline" | "mediator" | "carer" | "resident";

/** Real demo records, found at the start of the sweep (see loadFixtures). */
export type FixtureKey =
  | "activity" // an activity of the teacher
  | "appointment" // the resident's appointment with the counselor
  | "completedAppointment" // a completed appointment of the counselor, with a session record
  | "alert" // an assessment alert
  | "blackout"
  | "carePerson" // a person in the carer's care
  | "counselor" // the counselor (user id)
  | "exception" // an availability exception of the counselor
  | "call" // a hotline call
  | "shift" // a hotline shift
  | "case" // a mediation case of the mediator
  | "caseSession" // a session of that case
  | "notification" // one of the resident's notifications
  | "reservation" // the teacher's room reservation
  | "resident" // the resident's register id
  | "room"
  | "service"
  | "user"; // the teacher's account

export interface Expectation {
  allow: readonly Who[];
  /** Path parameters and the record each one takes. */
  ids?: Record<string, FixtureKey>;
  /** Path parameters that are words, not records ("[doc]" of a print view). */
  words?: Record<string, string>;
  /** Accounts allowed whatever their role (the record's owner). */
  also?: readonly DemoUser[];
  /** Accounts refused with 403 although a role of theirs is allowed (someone else's record). */
  deny?: readonly DemoUser[];
  /** Accounts that get 404: the record is not theirs to see. */
  hide?: readonly DemoUser[];
  /** Query string for a GET (so an allowed caller gets 200, not 422); "{key}" takes a fixture's id. */
  query?: string;
  /** A page whose allowed answer is a redirect (not to the login page). */
  redirects?: true;
  /** An allowed GET that creates the caller's own row on first use (a calendar feed's secret). */
  createsOnFirstRead?: true;
  /**
   * A valid body for the refused callers of a route whose check is in lib/ (no role list at the
   * route): the check must refuse a well-formed request, not just a malformed one. Allowed callers
   * always get an unknown field (422) or an unknown id (404), never a change.
   */
  refusedBody?: (ids: Record<string, number>) => unknown;
  /** An allowed call would change something and the route takes no body to spoil: only refusals are tried. */
  refusalsOnly?: true;
  /** Why a line is the way it is, where that is not obvious. */
  note?: string;
}

const ANY: Who[] = ["signed-in"];
const STAFF: Who[] = ["staff"];
const ADMIN: Who[] = ["admin"];
const TEACHING: Who[] = ["teacher", "admin"];
const DESK: Who[] = ["counselor", "admin"];
const CARE: Who[] = ["carer", "admin"];
const LINE: Who[] = ["hotline", "admin"];
const MEDIATION: Who[] = ["mediator", "admin"];
const MEDIATION_READ: Who[] = ["mediator", "counselor", "admin"];
const CASE_WORK: Who[] = ["mediator", "counselor"];

const act = { id: "activity" } as const;
const appt = { id: "appointment" } as const;
const person = { id: "carePerson" } as const;
const call = { id: "call" } as const;
const shift = { id: "shift" } as const;
const kase = { id: "case" } as const;
const res = { id: "reservation" } as const;
const room = { id: "room" } as const;
const service = { id: "service" } as const;
const user = { id: "user" } as const;
const counselor = { id: "counselor" } as const;

const SOON = "2026-12-28T10:00:00+08:00";
const SOON_END = "2026-12-28T11:00:00+08:00";
const RANGE = "from=2026-11-23&to=2026-11-30";

// The appointment is the resident's with the counselor: the other resident and the other
// counsellor may not see it (404); roles without appointments are refused (403).
const APPT_PARTIES = { allow: ["admin", "counselor", "resident"] as Who[], hide: ["resident2", "counselor2"] as DemoUser[] };
// The reservation is the teacher's: other staff see it but may not change it (403); residents may
// not see it (404).
const RES_OWNER = { allow: ADMIN, also: ["teacher"] as DemoUser[], hide: ["resident", "resident2"] as DemoUser[] };
// The counselor's own profile and availability: the other counsellor is refused (403).
const OWN_COUNSELOR = { allow: ["admin", "counselor"] as Who[], deny: ["counselor2"] as DemoUser[] };

export const API: Record<string, Expectation> = {
  "GET /api/v1/health": { allow: ["anyone"] },
  "POST /api/v1/auth/token": { allow: ["anyone"] },
  "GET /api/v1/openapi.json": { allow: ["anyone"] },
  "POST /api/v1/assessments": { allow: ["anyone"] },
  "GET /api/v1/calendar/[feedToken]": { allow: ["anyone"], note: "an unknown token is 404 for everyone" },
  "GET /api/v1/me": { allow: ANY },
  "GET /api/v1/me/notification-settings": { allow: ANY },
  "PUT /api/v1/me/notification-settings": { allow: ANY },
  "GET /api/v1/me/calendar-feed": { allow: STAFF, createsOnFirstRead: true },
  "POST /api/v1/me/calendar-feed/reset": { allow: STAFF },
  "POST /api/v1/me/consent/withdraw": { allow: ["resident"], refusalsOnly: true },
  "GET /api/v1/me/export": { allow: ["resident"] },

  "GET /api/v1/activities": { allow: ANY },
  "POST /api/v1/activities": { allow: TEACHING },
  "GET /api/v1/activities/[id]": { allow: ANY, ids: act },
  "PATCH /api/v1/activities/[id]": { allow: TEACHING, ids: act },
  "POST /api/v1/activities/[id]/attendance": { allow: TEACHING, ids: act },
  "POST /api/v1/activities/[id]/cancel": { allow: TEACHING, ids: act },
  "POST /api/v1/activities/[id]/feedback": { allow: ["resident"], ids: act },
  "GET /api/v1/activities/[id]/signups": { allow: TEACHING, ids: act },
  "POST /api/v1/activities/[id]/signups": { allow: ["resident"], ids: act },
  "POST /api/v1/activities/[id]/signups/cancel": { allow: ["resident"], ids: act },

  "GET /api/v1/appointments": { allow: ["admin", "counselor", "resident"] },
  "POST /api/v1/appointments": { allow: ["admin", "counselor", "resident"], refusedBody: (i) => ({ serviceId: i.service, note: "越权替人预约的请求" }) },
  "GET /api/v1/appointments/[id]": { ...APPT_PARTIES, ids: appt },
  "POST /api/v1/appointments/[id]/cancel": { ...APPT_PARTIES, ids: appt, refusedBody: () => ({ reason: "越权取消" }) },
  "POST /api/v1/appointments/[id]/check-in": { allow: DESK, ids: appt },
  "POST /api/v1/appointments/[id]/complete": { allow: ["counselor"], ids: appt },
  "POST /api/v1/appointments/[id]/confirm": { allow: DESK, ids: appt },
  "POST /api/v1/appointments/[id]/decline": { allow: DESK, ids: appt },
  "POST /api/v1/appointments/[id]/no-show": { allow: DESK, ids: appt },
  "POST /api/v1/appointments/[id]/reschedule": { allow: DESK, ids: appt },
  // The text of a session record: its author, and an admin who states a reason (break-glass,
  // audited; without one 422: e2e/authz/appointments.spec.ts). The other counsellor and the
  // residents may not see it (404); roles without appointments are refused (403).
  "GET /api/v1/appointments/[id]/session-record": {
    allow: ["admin"],
    also: ["counselor"],
    hide: ["counselor2", "resident", "resident2"],
    ids: { id: "completedAppointment" },
    query: "reason=权限矩阵核查",
  },
  "PUT /api/v1/appointments/[id]/session-record": { allow: ["counselor"], ids: { id: "completedAppointment" } },

  "GET /api/v1/assessments/alerts": { allow: DESK },
  "POST /api/v1/assessments/alerts/[id]/handle": { allow: DESK, ids: { id: "alert" } },

  "GET /api/v1/audit": { allow: ADMIN },
  "POST /api/v1/audit/verify": { allow: ADMIN },

  "GET /api/v1/blackouts": { allow: ANY, query: RANGE },
  "POST /api/v1/blackouts": { allow: ADMIN },
  "DELETE /api/v1/blackouts/[id]": { allow: ADMIN, ids: { id: "blackout" } },

  "GET /api/v1/care/persons": { allow: CARE },
  "POST /api/v1/care/persons": { allow: CARE },
  "GET /api/v1/care/persons/[id]": { allow: CARE, ids: person },
  "POST /api/v1/care/persons/[id]/carers": { allow: CARE, ids: person },
  "PATCH /api/v1/care/persons/[id]/details": { allow: CARE, ids: person },
  "POST /api/v1/care/persons/[id]/exit": { allow: CARE, ids: person },
  "POST /api/v1/care/persons/[id]/groups": { allow: CARE, ids: person },
  "POST /api/v1/care/persons/[id]/groups/end": { allow: CARE, ids: person },
  "POST /api/v1/care/persons/[id]/risk-color": { allow: CARE, ids: person },
  "GET /api/v1/care/persons/[id]/visits": { allow: CARE, ids: person },
  "POST /api/v1/care/persons/[id]/visits": { allow: CARE, ids: person },
  "POST /api/v1/care/activities": { allow: CARE },
  "GET /api/v1/care/overview": { allow: ADMIN },
  "GET /api/v1/care/follow-ups": { allow: ADMIN },
  "GET /api/v1/care/settings": { allow: CARE },
  "PUT /api/v1/care/settings": { allow: ADMIN },
  "GET /api/v1/care/visits/due": { allow: CARE },

  "GET /api/v1/counselors": { allow: ANY },
  "GET /api/v1/counselors/[id]": { allow: ANY, ids: counselor },
  "PATCH /api/v1/counselors/[id]": { ...OWN_COUNSELOR, ids: counselor, refusedBody: () => ({ bio: "越权修改" }) },
  "GET /api/v1/counselors/[id]/availability": { allow: STAFF, ids: counselor },
  "PUT /api/v1/counselors/[id]/availability": { ...OWN_COUNSELOR, ids: counselor, refusedBody: () => ({ rules: [] }) },
  "POST /api/v1/counselors/[id]/availability/exceptions": {
    ...OWN_COUNSELOR,
    ids: counselor,
    refusedBody: () => ({ date: "2026-12-29", kind: "leave", startMinute: 540, endMinute: 600 }),
  },
  "DELETE /api/v1/counselors/[id]/availability/exceptions/[exceptionId]": { ...OWN_COUNSELOR, ids: { id: "counselor", exceptionId: "exception" } },
  "GET /api/v1/counselors/[id]/slots": { allow: ANY, ids: counselor, query: "from=2026-12-01&to=2026-12-07&serviceId={service}" },

  "GET /api/v1/exports/monthly.csv": { allow: ADMIN, query: "month=2026-11" },
  "GET /api/v1/exports/monthly.xlsx": { allow: ADMIN, query: "month=2026-11" },
  "GET /api/v1/stats/monthly": { allow: ADMIN, query: "month=2026-11" },

  "GET /api/v1/hotline/calls": { allow: LINE },
  "POST /api/v1/hotline/calls": { allow: ["hotline"] },
  "GET /api/v1/hotline/calls/[id]": { allow: LINE, ids: call },
  "PUT /api/v1/hotline/calls/[id]": { allow: LINE, ids: call },
  "POST /api/v1/hotline/calls/[id]/callbacks": { allow: LINE, ids: call },
  "POST /api/v1/hotline/calls/[id]/resident": { allow: LINE, ids: call },
  "GET /api/v1/hotline/follow-ups": { allow: LINE },
  "GET /api/v1/hotline/residents": { allow: LINE, query: "q=张" },
  "GET /api/v1/hotline/shifts": { allow: STAFF, query: RANGE },
  "POST /api/v1/hotline/shifts": { allow: ADMIN },
  "POST /api/v1/hotline/shifts/copy-week": { allow: ADMIN },
  "GET /api/v1/hotline/shifts/[id]": { allow: STAFF, ids: shift },
  "PUT /api/v1/hotline/shifts/[id]": { allow: ADMIN, ids: shift },
  "DELETE /api/v1/hotline/shifts/[id]": { allow: ADMIN, ids: shift },
  "GET /api/v1/hotline/shifts/[id]/handover-notes": { allow: LINE, ids: shift },
  "POST /api/v1/hotline/shifts/[id]/handover-notes": { allow: LINE, ids: shift },

  "GET /api/v1/mediation/cases": { allow: MEDIATION_READ },
  "POST /api/v1/mediation/cases": { allow: MEDIATION },
  // The case is the mediator's; a counsellor not on it may not see it (the fixture checks that
  // neither demo counsellor is).
  "GET /api/v1/mediation/cases/[id]": { allow: MEDIATION_READ, ids: kase, hide: ["counselor", "counselor2"] },
  "PUT /api/v1/mediation/cases/[id]/agreement": { allow: MEDIATION, ids: kase },
  "POST /api/v1/mediation/cases/[id]/assign": { allow: MEDIATION, ids: kase },
  "POST /api/v1/mediation/cases/[id]/extend": { allow: MEDIATION, ids: kase },
  "POST /api/v1/mediation/cases/[id]/transition": { allow: MEDIATION, ids: kase },
  "POST /api/v1/mediation/cases/[id]/follow-ups": { allow: CASE_WORK, ids: kase },
  "POST /api/v1/mediation/cases/[id]/notes": { allow: ["counselor"], ids: kase },
  "POST /api/v1/mediation/cases/[id]/sessions": { allow: CASE_WORK, ids: kase },
  "PUT /api/v1/mediation/cases/[id]/sessions/[sessionId]": { allow: CASE_WORK, ids: { id: "case", sessionId: "caseSession" } },
  "GET /api/v1/mediation/stats": { allow: MEDIATION_READ, query: RANGE },

  "GET /api/v1/notifications": { allow: ANY },
  "POST /api/v1/notifications/read-all": { allow: ANY },
  // The resident's notification: anyone else 404.
  "POST /api/v1/notifications/[id]/read": {
    allow: [],
    also: ["resident"],
    hide: ["admin", "counselor", "counselor2", "mediator", "hotline", "teacher", "carer", "resident2"],
    ids: { id: "notification" },
    refusedBody: () => ({}),
  },

  "GET /api/v1/reservations": { allow: ANY },
  "POST /api/v1/reservations": { allow: ANY },
  "GET /api/v1/reservations/[id]": { allow: STAFF, ids: res, hide: ["resident", "resident2"] },
  "POST /api/v1/reservations/[id]/cancel": { ...RES_OWNER, ids: res, refusedBody: () => ({ reason: "越权取消" }) },
  "POST /api/v1/reservations/[id]/confirm": { ...RES_OWNER, ids: res },
  "POST /api/v1/reservations/[id]/move": { ...RES_OWNER, ids: res, refusedBody: () => ({ startAt: SOON, endAt: SOON_END }) },
  "POST /api/v1/reservation-series": { allow: STAFF, refusedBody: (i) => ({ roomId: i.room, startAt: SOON, endAt: SOON_END, count: 2, dryRun: true }) },

  "GET /api/v1/residents": { allow: STAFF },
  "GET /api/v1/residents/[id]/timeline": { allow: STAFF, ids: { id: "resident" } },

  "GET /api/v1/rooms": { allow: ANY },
  "GET /api/v1/rooms/usage": { allow: ADMIN, query: RANGE },
  "GET /api/v1/rooms/[id]": { allow: ANY, ids: room },
  "PATCH /api/v1/rooms/[id]": { allow: ADMIN, ids: room },
  "GET /api/v1/rooms/[id]/calendar-feed": { allow: ADMIN, ids: room, createsOnFirstRead: true },
  "POST /api/v1/rooms/[id]/calendar-feed/reset": { allow: ADMIN, ids: room },
  "GET /api/v1/rooms/[id]/reservations": { allow: ANY, ids: room, query: RANGE },
  "GET /api/v1/rooms/[id]/slots": { allow: ANY, ids: room, query: "date=2026-12-01" },

  "GET /api/v1/services": { allow: ANY },
  "POST /api/v1/services": { allow: ADMIN },
  "GET /api/v1/services/[id]": { allow: ANY, ids: service },
  "PATCH /api/v1/services/[id]": { allow: ADMIN, ids: service },
  "GET /api/v1/services/[id]/slots": { allow: ANY, ids: service, query: "from=2026-12-01&to=2026-12-07" },

  "GET /api/v1/users": { allow: ADMIN },
  "POST /api/v1/users": { allow: ADMIN },
  "GET /api/v1/users/[id]": { allow: ADMIN, ids: user },
  "PATCH /api/v1/users/[id]": { allow: ADMIN, ids: user },
  "POST /api/v1/users/[id]/disable": { allow: ADMIN, ids: user },
  "POST /api/v1/users/[id]/enable": { allow: ADMIN, ids: user },
  "POST /api/v1/users/[id]/reset-password": { allow: ADMIN, ids: user },
};

const PORTAL: Expectation = { allow: ["resident"] };

export const PAGES: Record<string, Expectation> = {
  "/": { allow: ANY, redirects: true, note: "sends each account to its home" },
  "/login": { allow: ["anyone"] },
  "/register": { allow: ["anyone"] },
  "/privacy": { allow: ["anyone"] },
  "/assess": { allow: ["anyone"] },

  "/me": PORTAL,
  "/me/activities": PORTAL,
  "/me/appointments": PORTAL,
  "/me/appointments/new": PORTAL,
  "/me/assess": PORTAL,
  "/me/data": PORTAL,
  "/me/notifications": PORTAL,
  "/me/password": PORTAL,
  "/me/profile": PORTAL,
  "/me/rooms": PORTAL,

  "/home": { allow: STAFF },
  "/account/password": { allow: STAFF },
  "/notifications": { allow: STAFF },
  "/residents": { allow: STAFF },
  "/residents/[id]": { allow: STAFF, ids: { id: "resident" } },
  "/rooms": { allow: STAFF },
  "/rooms/mine": { allow: STAFF },
  "/counselors": { allow: STAFF },
  "/counselors/[id]": { allow: STAFF, ids: counselor },
  "/counselors/[id]/availability": { ...OWN_COUNSELOR, ids: counselor },
  "/counselors/me/availability": { allow: ["counselor"] },

  "/activities": { allow: TEACHING },
  "/activities/new": { allow: TEACHING },
  "/activities/[id]": { allow: TEACHING, ids: act },
  "/activities/[id]/edit": { allow: TEACHING, ids: act },

  "/appointments": { allow: DESK },
  "/appointments/new": { allow: DESK },
  "/appointments/calendar": { allow: DESK },
  "/appointments/[id]": { allow: DESK, ids: appt, hide: ["counselor2"] },
  "/assessment-alerts": { allow: DESK },

  "/care": { allow: CARE },
  "/care/persons": { allow: CARE },
  "/care/persons/new": { allow: CARE },
  "/care/persons/[id]": { allow: CARE, ids: person },
  "/care/activities/new": { allow: CARE },
  "/care/settings": { allow: ADMIN },

  "/hotline": { allow: LINE },
  "/hotline/calls": { allow: LINE },
  "/hotline/calls/new": { allow: ["hotline"] },
  "/hotline/calls/[id]": { allow: LINE, ids: call },
  // The call is the hotline worker's: another worker on the line (the counselor) may read it, not edit it.
  "/hotline/calls/[id]/edit": { allow: LINE, ids: call, deny: ["counselor"] },
  "/hotline/roster": { allow: LINE },

  "/mediation": { allow: MEDIATION_READ },
  "/mediation/new": { allow: MEDIATION },
  "/mediation/[id]": { allow: MEDIATION_READ, ids: kase, hide: ["counselor", "counselor2"] },
  "/mediation/[id]/print/[doc]": { allow: MEDIATION_READ, ids: kase, words: { doc: "register" }, hide: ["counselor", "counselor2"] },

  "/admin/audit": { allow: ADMIN },
  "/admin/rooms": { allow: ADMIN },
  "/admin/rooms/[id]": { allow: ADMIN, ids: room },
  "/admin/services": { allow: ADMIN },
  "/admin/users": { allow: ADMIN },
  "/admin/users/new": { allow: ADMIN },
  "/admin/users/[id]": { allow: ADMIN, ids: user },
  "/stats": { allow: ADMIN },
  "/stats/print": { allow: ADMIN },
};
