import fs from "node:fs";
import path from "node:path";
import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { decode, encode } from "next-auth/jwt";
import { callAction, E2E_BASE, serverActions } from "../actions";
import { E2E_DB_PATH } from "../db-fingerprint";
import { apiToken, bearer, SESSION_COOKIE as COOKIE, sessionCookie } from "../helpers";

// SECURITY.md items 4 and 8: a session that has ended stays ended, whatever the client still holds.
// Each is checked over plain HTTP on an API route (401) and a page (sent to the login page):
// a cookie after sign-out, an Auth.js cookie past its own expiry or sealed with another secret,
// and a browser session or bearer token past its idle or absolute limit. (Disable, reset and role
// changes are in e2e/admin/users.spec.ts; a tampered token in headers.spec.ts.)

const SECRET_FILE = path.join(path.dirname(E2E_DB_PATH), "auth-secret");

/** The session cookie's value for a demo account. */
async function signIn(request: APIRequestContext, username: string): Promise<string> {
  return (await sessionCookie(request, username)).slice(COOKIE.length + 1);
}

/** The browser session's cookie is refused everywhere: API 401, page → login. */
async function expectEnded(request: APIRequestContext, cookie: string, what: string) {
  const api = await request.get("/api/v1/me", { headers: { Cookie: `${COOKIE}=${cookie}` } });
  expect(api.status(), `${what}: API`).toBe(401);
  const page = await request.get("/home", { headers: { Cookie: `${COOKIE}=${cookie}` }, maxRedirects: 0 });
  expect([302, 303, 307], `${what}: page`).toContain(page.status());
  expect(new URL(page.headers().location ?? "", E2E_BASE).pathname, `${what}: page`).toBe("/login");
}

async function expectLive(request: APIRequestContext, cookie: string, what: string) {
  expect((await request.get("/api/v1/me", { headers: { Cookie: `${COOKIE}=${cookie}` } })).status(), what).toBe(200);
}

/** Moves a session's clock back, as if the time had passed (the server has no test clock). */
function age(where: { id?: string; tokenHash?: string }, field: "last_seen_at" | "created_at", ms: number) {
  const db = new Database(E2E_DB_PATH);
  try {
    db.pragma("busy_timeout = 5000");
    const [col, val] = where.id ? ["id", where.id] : ["token_hash", where.tokenHash!];
    const r = db.prepare(`UPDATE auth_sessions SET ${field} = ${field} - ? WHERE ${col} = ?`).run(ms, val);
    expect(r.changes).toBe(1);
  } finally {
    db.close();
  }
}

test.describe.configure({ timeout: 60_000 });

test("a cookie kept from before sign-out opens nothing", async ({ playwright }) => {
  const ctx = await playwright.request.newContext({ baseURL: E2E_BASE });
  const cookie = await signIn(ctx, "teacher");
  await expectLive(ctx, cookie, "before sign-out");
  const signOut = serverActions().find((a) => a.name === "signOutAction");
  expect(signOut).toBeTruthy();
  const res = await callAction(ctx, { ...signOut!, page: "/home" }, [], { Cookie: `${COOKIE}=${cookie}` });
  expect(res.status()).toBeLessThan(400);
  await expectEnded(ctx, cookie, "after sign-out");
  await ctx.dispose();
});

test("an Auth.js cookie past its expiry, or sealed with another secret, is a signed-out visitor", async ({ request }) => {
  const secret = fs.readFileSync(SECRET_FILE, "utf8").trim();
  const live = await signIn(request, "counselor2");
  const payload = await decode({ token: live, secret, salt: COOKIE });
  expect(payload?.sid, "our cookie carries the session id").toBeTruthy();
  // Same live session id: only the cookie's own expiry differs.
  const expired = await encode({ token: { sid: payload!.sid }, secret, salt: COOKIE, maxAge: -60 });
  await expectEnded(request, expired, "expired cookie");
  const forged = await encode({ token: { sid: payload!.sid }, secret: `${secret}-not-ours`, salt: COOKIE, maxAge: 3600 });
  await expectEnded(request, forged, "cookie sealed with another secret");
  // The same session id freshly sealed with the right secret still works: the refusals above
  // came from the expiry and the key, not from a broken cookie.
  await expectLive(request, await encode({ token: { sid: payload!.sid }, secret, salt: COOKIE, maxAge: 3600 }), "resealed cookie");
});

test("a staff browser session idle 30 minutes, or older than 12 hours, has ended", async ({ request }) => {
  const secret = fs.readFileSync(SECRET_FILE, "utf8").trim();
  const idle = await signIn(request, "mediator");
  await expectLive(request, idle, "fresh session");
  age({ id: (await decode({ token: idle, secret, salt: COOKIE }))!.sid! }, "last_seen_at", 31 * 60_000);
  await expectEnded(request, idle, "idle 31 minutes");

  const old = await signIn(request, "mediator");
  age({ id: (await decode({ token: old, secret, salt: COOKIE }))!.sid! }, "created_at", 12 * 3600_000 + 60_000);
  await expectEnded(request, old, "12 hours old");
});

test("a bearer token idle past its limit, or past its absolute limit, is 401", async ({ request }) => {
  const hash = (t: string) => createHash("sha256").update(t).digest("hex");
  const idle = await apiToken(request, "carer");
  expect((await request.get("/api/v1/me", { headers: bearer(idle) })).status()).toBe(200);
  age({ tokenHash: hash(idle) }, "last_seen_at", 31 * 60_000);
  expect((await request.get("/api/v1/me", { headers: bearer(idle) })).status()).toBe(401);
  expect((await request.get("/api/v1/care/persons", { headers: bearer(idle) })).status()).toBe(401);

  const old = await apiToken(request, "carer");
  age({ tokenHash: hash(old) }, "created_at", 12 * 3600_000 + 60_000);
  expect((await request.get("/api/v1/me", { headers: bearer(old) })).status()).toBe(401);
  // A resident's token lives longer (24 h idle) but not past it.
  const resident = await apiToken(request, "resident2");
  age({ tokenHash: hash(resident) }, "last_seen_at", 2 * 3600_000);
  expect((await request.get("/api/v1/me", { headers: bearer(resident) })).status()).toBe(200);
  // That request moved its last-seen time to now.
  age({ tokenHash: hash(resident) }, "last_seen_at", 25 * 3600_000);
  expect((await request.get("/api/v1/me", { headers: bearer(resident) })).status()).toBe(401);
});
