import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signInAs } from "../helpers";
import { apiRoutes, PUBLIC_API } from "../routes";

// SECURITY.md items 1, 9, 10 and issue 11: headers, cookies, and a proxy that is not a gate.

test("every page carries a strict CSP whose nonce is on every script, and the other security headers", async ({ page }) => {
  const nonces = new Set<string>();
  for (const path of ["/login", "/register"]) {
    const res = await page.goto(path);
    const h = res!.headers();
    const csp = h["content-security-policy"];
    expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("same-origin");
    expect(h["x-frame-options"]).toBe("DENY");
    const nonce = /'nonce-([^']+)'/.exec(csp)![1];
    nonces.add(nonce);
    // Next puts the nonce on its scripts; none is without it.
    const scripts = await page.locator("script").evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).nonce));
    expect(scripts.length).toBeGreaterThan(0);
    for (const n of scripts) expect(n, path).toBe(nonce);
  }
  expect(nonces.size, "a fresh nonce per response").toBe(2);
  // The page works under its policy: the login form hydrates and signs in.
  await page.goto("/login");
  await page.getByLabel("用户名").fill("admin");
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/home/);
});

test("the session cookie is HttpOnly and SameSite=Lax", async ({ page }) => {
  await signInAs(page, "counselor");
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("authjs.session-token"))!;
  expect(cookie.httpOnly).toBe(true);
  expect(cookie.sameSite).toBe("Lax");
});

test("the x-middleware-subrequest header skips nothing: pages still send visitors to login, API routes still answer 401", async ({ request }) => {
  const bypass = { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy", "x-middleware-subrequest-id": "1" };
  for (const path of ["/home", "/hotline/calls", "/admin/users", "/admin/audit", "/me"]) {
    const res = await request.get(path, { headers: bypass, maxRedirects: 0 });
    expect([302, 307, 401, 403], path).toContain(res.status());
    expect(await res.text(), path).not.toContain("退出登录");
  }
  for (const r of apiRoutes().filter((r) => !PUBLIC_API.has(`${r.method} ${r.path}`))) {
    const res = await request.fetch(r.path, { method: r.method, headers: bypass, data: r.method === "GET" ? undefined : {} });
    expect(res.status(), `${r.method} ${r.path}`).toBe(401);
  }
});

test("a tampered bearer token gets 401 (revocation by disable, reset and sign-out is in e2e/admin and e2e/auth)", async ({ request }) => {
  const login = await request.post("/api/v1/auth/token", { data: { username: "mediator", password: DEMO_PASSWORD } });
  const { token } = (await login.json()) as { token: string };
  expect((await request.get("/api/v1/me", { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(200);
  const flipped = token.slice(0, -1) + (token.endsWith("A") ? "B" : "A");
  for (const bad of [flipped, token.slice(0, -6), `${token}x`, token.toUpperCase()]) {
    expect((await request.get("/api/v1/me", { headers: { Authorization: `Bearer ${bad}` } })).status()).toBe(401);
  }
});
