import { expect, type APIRequestContext, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Ankang#2026";
export const DEMO_USERS = ["admin", "counselor", "counselor2", "mediator", "hotline", "teacher", "carer", "resident", "resident2"] as const;
export type DemoUser = (typeof DEMO_USERS)[number];

/** A bearer token for a demo account, through POST /api/v1/auth/token. */
export async function apiToken(request: APIRequestContext, username: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await request.post("/api/v1/auth/token", { data: { username, password } });
  expect(res.status(), `token for ${username}`).toBe(200);
  return (await res.json()).token as string;
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/**
 * Signs the page's browser context in without the login form (faster than the UI; the login form
 * has its own tests): Auth.js's credentials callback sets the session cookie on the context.
 */
export async function signInAs(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  const csrf = await page.request.get("/api/auth/csrf");
  const { csrfToken } = await csrf.json();
  const res = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, username, password, callbackUrl: "/" },
    maxRedirects: 0,
  });
  expect([200, 302, 303]).toContain(res.status());
  const cookies = await page.context().cookies();
  expect(cookies.some((c) => c.name.endsWith("authjs.session-token")), `session cookie for ${username}`).toBe(true);
}

export const SESSION_COOKIE = "authjs.session-token";

/**
 * A browser session cookie ("authjs.session-token=…") for a demo account, without a browser: for
 * HTTP-level checks of pages (the Cookie header of request.get).
 */
export async function sessionCookie(request: APIRequestContext, username: string, password = DEMO_PASSWORD): Promise<string> {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const res = await request.post("/api/auth/callback/credentials", { form: { csrfToken, username, password, callbackUrl: "/" }, maxRedirects: 0 });
  const session = res
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "set-cookie")
    .map((h) => h.value.split(";")[0])
    .find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  expect(session, `session for ${username}`).toBeTruthy();
  return session!;
}
