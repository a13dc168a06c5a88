import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { E2E_BASE } from "../actions";
import { dbFingerprint, fingerprintDiff } from "../db-fingerprint";
import { apiToken, bearer, DEMO_USERS, sessionCookie, type DemoUser } from "../helpers";
import { apiRoutes, pagePatterns, type ApiRoute } from "../routes";
import { API, PAGES, type Expectation, type FixtureKey, type Who } from "./matrix";

// SECURITY.md items 1 and 2, "every role on every route": each API route and page found in app/ is
// called by each demo account and by an anonymous caller, and the answer must be the one its line
// in e2e/authz/matrix.ts gives. Refusals must change nothing in the database (a fingerprint of
// every table, read from the server's own file, is compared before and after). Allowed writes get
// an unknown field (422) or an unknown id (404): the sweep never changes anything itself.
//
// Plain HTTP (status and redirect target), no browser: the whole matrix is a few thousand
// requests and must stay within a minute of CI.

type Caller = DemoUser | "anonymous";

// resident2 and counselor2 are there for whose-record checks: a line that does not name them
// learns nothing from them that resident (the resident role) and counselor2's own role do not
// already show — except counselor2, the only account with the counsellor role alone.
const callersOf = (e: Expectation): Caller[] =>
  ["anonymous" as const, ...DEMO_USERS].filter((u) => u !== "resident2" || e.hide?.includes(u) || e.deny?.includes(u) || e.also?.includes(u));
type Verdict = "allow" | 401 | 403 | 404;
type Roles = Record<DemoUser, readonly string[]>;

const FAKE_ID = 999_999_999;
const PROBE = { __probe: "不该被接受的字段" };

function verdict(e: Expectation, who: Caller, roles: Roles): Verdict {
  if (e.allow.includes("anyone")) return "allow";
  if (who === "anonymous") return 401;
  if (e.hide?.includes(who)) return 404;
  if (e.deny?.includes(who)) return 403;
  if (e.also?.includes(who)) return "allow";
  const mine = roles[who];
  const ok = e.allow.some((w: Who) => w === "signed-in" || (w === "staff" ? mine.some((r) => r !== "resident") : mine.includes(w)));
  return ok ? "allow" : 403;
}

function fill(pattern: string, e: Expectation, ids: Record<FixtureKey, number>, fake?: string): string {
  return pattern.replace(/\[(\w+)\]/g, (_m, name: string) => {
    if (e.words?.[name]) return e.words[name];
    if (name === fake) return String(FAKE_ID);
    const key = e.ids?.[name];
    if (name === "feedToken") return "not-a-token.ics";
    if (!key) throw new Error(`${pattern}: no fixture for [${name}] in e2e/authz/matrix.ts`);
    return String(ids[key]);
  });
}

type Row = Record<string, unknown>;
async function items(res: APIResponse, what: string): Promise<Row[]> {
  expect(res.status(), what).toBe(200);
  const body = (await res.json()) as { items?: Row[] } | Row[];
  return Array.isArray(body) ? body : (body.items ?? []);
}

/** Real demo records for every FixtureKey, each belonging to the account matrix.ts says. */
async function loadFixtures(request: APIRequestContext, tokens: Record<DemoUser, string>): Promise<Record<FixtureKey, number>> {
  const get = (who: DemoUser, url: string) => request.get(url, { headers: bearer(tokens[who]) });
  const me = async (who: DemoUser) => (await (await get(who, "/api/v1/me")).json()) as { id: number };
  const first = (rows: Row[], what: string, pred: (r: Row) => boolean = () => true): number => {
    const hit = rows.find(pred);
    expect(hit, `a demo ${what}`).toBeTruthy();
    return Number(hit!.id);
  };
  const counselorId = (await me("counselor")).id;
  const teacherId = (await me("teacher")).id;

  const residentAppts = await items(await get("resident", "/api/v1/appointments?limit=200"), "resident's appointments");
  const appointment = first(residentAppts, "appointment of the resident with the counselor", (a) => a.counselorId === counselorId);
  const completed = await items(await get("counselor", "/api/v1/appointments?limit=200&status=completed"), "completed appointments");
  let completedAppointment = 0;
  for (const a of completed) {
    if ((await get("counselor", `/api/v1/appointments/${a.id}/session-record`)).status() === 200) {
      completedAppointment = Number(a.id);
      break;
    }
  }
  expect(completedAppointment, "a completed appointment of the counselor with a session record").toBeGreaterThan(0);

  const activities = await items(await get("teacher", "/api/v1/activities?mine=1&limit=200"), "teacher's activities");
  const reservations = await items(await get("teacher", "/api/v1/reservations?mine=1&limit=200"), "teacher's reservations");
  const cases = await items(await get("mediator", "/api/v1/mediation/cases?limit=200"), "mediator's cases");
  const seenByCounselors = new Set<number>();
  for (const c of ["counselor", "counselor2"] as const) {
    for (const r of await items(await get(c, "/api/v1/mediation/cases?limit=200"), `${c}'s cases`)) seenByCounselors.add(Number(r.id));
  }
  const kase = first(cases, "mediation case no counsellor is on", (c) => !seenByCounselors.has(Number(c.id)));
  const caseDetail = (await (await get("mediator", `/api/v1/mediation/cases/${kase}`)).json()) as { sessions?: Row[] };
  const persons = await items(await get("carer", "/api/v1/care/persons?limit=200"), "carer's persons");
  const hotlineId = (await me("hotline")).id;
  const calls = await items(await get("hotline", "/api/v1/hotline/calls?limit=200"), "hotline calls");
  const shifts = await items(await get("hotline", "/api/v1/hotline/shifts?from=2026-11-23&to=2026-12-06"), "shifts");
  const alerts = await items(await get("admin", "/api/v1/assessments/alerts"), "alerts");
  const notifications = await items(await get("resident", "/api/v1/notifications?limit=200"), "resident's notifications");
  const blackouts = await items(await get("admin", "/api/v1/blackouts?from=2026-11-20&to=2027-01-10"), "blackouts");
  const rooms = await items(await get("admin", "/api/v1/rooms"), "rooms");
  const services = await items(await get("admin", "/api/v1/services"), "services");
  const availability = (await (await get("counselor", `/api/v1/counselors/${counselorId}/availability?from=2026-11-01&to=2027-03-31`)).json()) as { exceptions?: Row[] };
  const residentRow = residentAppts[0];

  return {
    activity: first(activities, "activity of the teacher"),
    appointment,
    completedAppointment,
    // A route whose demo data has none gets an id nobody has: refusals still come first.
    alert: alerts.length ? Number(alerts[0].id) : FAKE_ID,
    blackout: blackouts.length ? Number(blackouts[0].id) : FAKE_ID,
    carePerson: first(persons, "person of the carer"),
    counselor: counselorId,
    exception: availability.exceptions?.length ? Number(availability.exceptions[0].id) : FAKE_ID,
    call: first(calls, "hotline call taken by the hotline worker", (c) => (c.operator as { id?: number } | null)?.id === hotlineId),
    shift: first(shifts, "shift"),
    case: kase,
    caseSession: caseDetail.sessions?.length ? Number(caseDetail.sessions[0].id) : FAKE_ID,
    notification: notifications.length ? Number(notifications[0].id) : FAKE_ID,
    reservation: first(reservations, "reservation of the teacher", (r) => r.status !== "cancelled"),
    resident: Number(residentRow.residentId),
    room: first(rooms, "room"),
    service: first(services, "service"),
    user: teacherId,
  };
}

/** Runs the jobs with at most `width` in flight: keeps the server busy without a burst of thousands. */
async function pool(jobs: (() => Promise<void>)[], width: number): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < jobs.length) await jobs[next++]();
    }),
  );
}

interface Outcome {
  line: string;
  got: string;
}

test.describe.configure({ timeout: 180_000 });

test("the matrix has a line for every API route and page in app/, and none for a route that is gone", () => {
  const apiKeys = apiRoutes().map((r) => `${r.method} ${r.pattern}`);
  expect(apiKeys.length).toBeGreaterThan(100);
  expect(apiKeys.filter((k) => !(k in API)), "API routes without a line in e2e/authz/matrix.ts").toEqual([]);
  expect(Object.keys(API).filter((k) => !apiKeys.includes(k)), "lines for API routes that do not exist").toEqual([]);
  const pages = pagePatterns();
  expect(pages.filter((p) => !(p in PAGES)), "pages without a line in e2e/authz/matrix.ts").toEqual([]);
  expect(Object.keys(PAGES).filter((p) => !pages.includes(p)), "lines for pages that do not exist").toEqual([]);
});

test.describe("every role on every route", () => {
  test.describe.configure({ mode: "parallel" });

  let roles: Roles;
  let tokens: Record<DemoUser, string>;
  let ids: Record<FixtureKey, number>;

  test.beforeAll(async ({ request }) => {
    tokens = {} as Record<DemoUser, string>;
    roles = {} as Roles;
    for (const u of DEMO_USERS) {
      tokens[u] = await apiToken(request, u);
      roles[u] = ((await (await request.get("/api/v1/me", { headers: bearer(tokens[u]) })).json()) as { roles: string[] }).roles;
    }
    ids = await loadFixtures(request, tokens);
    // A calendar feed's secret is made on its first read: made here, before either test's
    // fingerprint, the reads in the sweep change nothing.
    for (const r of apiRoutes().filter((r) => API[`${r.method} ${r.pattern}`]?.createsOnFirstRead)) {
      const e = API[`${r.method} ${r.pattern}`];
      for (const u of DEMO_USERS.filter((u) => verdict(e, u, roles) === "allow")) {
        expect((await request.get(fill(r.pattern, e, ids), { headers: bearer(tokens[u]) })).status()).toBe(200);
      }
    }
  });

  test("API: each account and an anonymous caller on each route get what the matrix says, and nothing changes", async ({ request }) => {
    const routes = apiRoutes();
    const before = dbFingerprint();
    const wrong: Outcome[] = [];
    let calls = 0;
    const jobs: (() => Promise<void>)[] = [];
    for (const r of routes) {
      const key = `${r.method} ${r.pattern}`;
      const e = API[key];
      if (!e) continue; // reported by the coverage test
      jobs.push(
        ...callersOf(e).map((who) => async () => {
          const v = verdict(e, who, roles);
          const call = planApiCall(r, e, v, ids);
          if (!call) return;
          calls++;
          const headers = who === "anonymous" ? {} : bearer(tokens[who]);
          const res = await request.fetch(call.url, { method: r.method, headers, data: call.body, maxRedirects: 0 });
          const status = res.status();
          const ok =
            v === "allow"
              ? r.method === "GET"
                ? status === 200 || (r.pattern.includes("[feedToken]") && status === 404)
                : call.expect.includes(status)
              : status === v;
          if (!ok) wrong.push({ line: `${who} ${r.method} ${call.url}`, got: `${status}, expected ${v === "allow" ? (r.method === "GET" ? 200 : call.expect.join("/")) : v}` });
          // The refusal is the API's error shape (API.md), never an HTML page or a stack.
          else if (v !== "allow") {
            const body = (await res.json().catch(() => null)) as { error?: { code?: string } } | null;
            const code = { 401: "unauthenticated", 403: "forbidden", 404: "not_found" }[v];
            if (body?.error?.code !== code) wrong.push({ line: `${who} ${r.method} ${call.url}`, got: `error code ${body?.error?.code}, expected ${code}` });
          }
        }),
      );
    }
    // Tampered ids, as an account allowed on the route: an id nobody has and a word in each
    // path parameter → 404 (or 422 for the body), never a 500 or a success.
    for (const r of routes) {
      const e = API[`${r.method} ${r.pattern}`];
      const params = [...r.pattern.matchAll(/\[(\w+)\]/g)].map((m) => m[1]).filter((p) => p !== "feedToken");
      const who = e && DEMO_USERS.find((u) => verdict(e, u, roles) === "allow");
      if (!e || !who || params.length === 0) continue;
      for (const p of params) {
        for (const bad of [String(FAKE_ID), "abc"]) {
          const url = fill(r.pattern, e, ids).split("/").map((seg, i) => (r.pattern.split("/")[i] === `[${p}]` ? bad : seg)).join("/");
          jobs.push(async () => {
            const res = await request.fetch(url + (r.method === "GET" && e.query ? `?${e.query.replace(/\{(\w+)\}/g, (_m, k: FixtureKey) => String(ids[k]))}` : ""), {
              method: r.method,
              headers: bearer(tokens[who]),
              data: r.method === "GET" ? undefined : e.refusedBody ? e.refusedBody(ids) : PROBE,
            });
            calls++;
            if (![404, 422].includes(res.status())) wrong.push({ line: `${who} ${r.method} ${url}`, got: `${res.status()}, expected 404 or 422` });
          });
        }
      }
    }
    await pool(jobs, 12);
    expect(calls).toBeGreaterThan(1000);
    expect.soft(wrong.map((w) => `${w.line} → ${w.got}`), "answers that differ from e2e/authz/matrix.ts").toEqual([]);
    expect(fingerprintDiff(before, dbFingerprint()), "tables changed by refused or spoiled calls").toEqual([]);
  });

  test("pages: each account and an anonymous visitor on each page get what the matrix says, and nothing changes", async ({ playwright }) => {
    const contexts = new Map<Caller, APIRequestContext>();
    const cookies = new Map<Caller, string>();
    for (const who of ["anonymous", ...DEMO_USERS] as Caller[]) {
      if (who === "resident2" && !Object.values(PAGES).some((e) => callersOf(e).includes("resident2"))) continue;
      const ctx = await playwright.request.newContext({ baseURL: E2E_BASE });
      contexts.set(who, ctx);
      if (who !== "anonymous") cookies.set(who, await sessionCookie(ctx, who));
    }
    const before = dbFingerprint();
    const wrong: string[] = [];
    const jobs: (() => Promise<void>)[] = [];
    for (const pattern of pagePatterns()) {
      const e = PAGES[pattern];
      if (!e) continue;
      jobs.push(
        ...[...contexts.entries()].filter(([who]) => callersOf(e).includes(who)).map(([who, ctx]) => async () => {
          const v = verdict(e, who, roles);
          const url = fill(pattern, e, ids);
          const cookie = cookies.get(who);
          const res = await ctx.get(url, { headers: cookie ? { Cookie: cookie } : {}, maxRedirects: 0 });
          const status = res.status();
          const location = res.headers().location ?? "";
          const toLogin = status >= 300 && status < 400 && new URL(location, E2E_BASE).pathname === "/login";
          let ok: boolean;
          if (v === "allow") ok = e.redirects || e.allow.includes("anyone") ? status === 200 || (status >= 300 && status < 400 && !toLogin) : status === 200;
          else if (v === 401) ok = toLogin;
          else ok = status === v;
          if (!ok) wrong.push(`${who} ${url} → ${status}${location ? ` ${location}` : ""}, expected ${v === 401 ? "the login page" : v === "allow" ? 200 : v}`);
        }),
      );
    }
    await pool(jobs, 6);
    await Promise.all([...contexts.values()].map((c) => c.dispose()));
    expect.soft(wrong, "answers that differ from e2e/authz/matrix.ts").toEqual([]);
    expect(fingerprintDiff(before, dbFingerprint()), "tables changed by page views").toEqual([]);
  });
});

/**
 * What one caller sends: refused callers the real record and a valid body where the route's check
 * lives in lib/ (else an unknown field: the role check comes before the body); allowed callers a
 * body spoiled by an unknown field (422), or, where the route reads no body, an unknown id (404).
 */
function planApiCall(r: ApiRoute, e: Expectation, v: Verdict, ids: Record<FixtureKey, number>): { url: string; body?: unknown; expect: number[] } | null {
  const query = r.method === "GET" && e.query ? `?${e.query.replace(/\{(\w+)\}/g, (_m, k: FixtureKey) => String(ids[k]))}` : "";
  if (r.method === "GET") return { url: fill(r.pattern, e, ids) + query, expect: [200] };
  if (v !== "allow") return { url: fill(r.pattern, e, ids), body: e.refusedBody ? e.refusedBody(ids) : PROBE, expect: [v] };
  if (r.takesBody) return { url: fill(r.pattern, e, ids), body: PROBE, expect: [422] };
  if (e.refusalsOnly) return null;
  const params = [...r.pattern.matchAll(/\[(\w+)\]/g)].map((m) => m[1]);
  if (params.length) return { url: fill(r.pattern, e, ids, params[params.length - 1]), expect: [404] };
  return { url: r.pattern, expect: [200] };
}
