import { expect, test, type APIRequestContext } from "@playwright/test";
import { callAction, E2E_BASE as BASE, serverActions } from "../actions";
import { DEMO_PASSWORD } from "../helpers";

// SECURITY.md items 1 and 9 for server actions: every action is a public endpoint. The list comes
// from the build's own manifest, so a new action is covered without anyone keeping a list. Each is
// called directly (as an attacker would, past the page and past proxy.ts): anonymous → sent to the
// login page; a resident → 403 on every staff action; a staff member → 403 on every resident
// action; another origin → refused. The arguments never matter: the caller is checked first.
const PUBLIC = new Set(["signInAction", "registerAction", "submitKioskAssessmentAction"]);
// For anyone signed in, each on their own records only (own password, own notifications).
const SESSION_ANY = new Set(["changePasswordAction", "signOutAction", "markNotificationReadAction", "markAllNotificationsReadAction"]);

async function sessionCookie(request: APIRequestContext, username: string): Promise<string> {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const res = await request.post("/api/auth/callback/credentials", { form: { csrfToken, username, password: DEMO_PASSWORD, callbackUrl: "/" }, maxRedirects: 0 });
  const setCookie = res.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie").map((h) => h.value.split(";")[0]);
  const session = setCookie.find((c) => c.includes("authjs.session-token="));
  expect(session, `session for ${username}`).toBeTruthy();
  return session!;
}

test.describe.configure({ timeout: 180_000 });

test("every server action checks its caller: anonymous to login, residents refused staff actions, staff refused resident actions", async ({ playwright }) => {
  const all = serverActions().filter((a) => !PUBLIC.has(a.name));
  expect(all.length).toBeGreaterThan(50);
  // A fresh context per caller so no cookie carries over.
  const anon = await playwright.request.newContext({ baseURL: BASE });
  const asResident = await playwright.request.newContext({ baseURL: BASE });
  const asTeacher = await playwright.request.newContext({ baseURL: BASE });
  const residentCookie = await sessionCookie(asResident, "resident");
  const teacherCookie = await sessionCookie(asTeacher, "teacher");

  for (const a of all) {
    // A cookie that is not a session gets past proxy.ts; the action itself must refuse.
    const res = await callAction(anon, a, [{}], { Cookie: "authjs.session-token=not-a-session" });
    expect(res.status(), `anonymous ${a.file} ${a.name}`).toBeLessThan(500);
    expect(res.headers()["x-action-redirect"] ?? "", `anonymous ${a.file} ${a.name}`).toMatch(/^\/login/);

    if (SESSION_ANY.has(a.name)) continue;
    const staffAction = a.file.startsWith("app/(staff)/");
    const [who, cookie] = staffAction ? ["resident", residentCookie] : ["teacher", teacherCookie];
    const refused = await callAction(staffAction ? asResident : asTeacher, a, [{}], { Cookie: cookie });
    expect(refused.status(), `${who} ${a.file} ${a.name}`).toBe(403);
  }

  // From another origin, even with a real session: refused before the action runs.
  const evil = await callAction(asResident, all.find((a) => a.name === "updateOwnProfileAction")!, [{}], { Cookie: residentCookie, Origin: "https://evil.example" });
  expect(evil.status()).toBeGreaterThanOrEqual(400);
  await Promise.all([anon.dispose(), asResident.dispose(), asTeacher.dispose()]);
});
