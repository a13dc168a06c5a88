import { expect, test } from "@playwright/test";
import { apiToken, bearer, DEMO_PASSWORD, DEMO_USERS } from "../helpers";

test.describe("API plumbing", () => {
  test("health answers without a session", async ({ request }) => {
    const res = await request.get("/api/v1/health");
    expect(res.status()).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  test("every demo account gets a token and /me reads its roles", async ({ request }) => {
    const expected: Record<string, string[]> = {
      admin: ["admin"], counselor: ["counselor", "hotline"], counselor2: ["counselor"], mediator: ["mediator"], hotline: ["hotline"],
      teacher: ["teacher"], carer: ["carer"], resident: ["resident"], resident2: ["resident"],
    };
    for (const username of DEMO_USERS) {
      const res = await request.post("/api/v1/auth/token", { data: { username, password: DEMO_PASSWORD } });
      expect(res.status()).toBe(200);
      const body = await res.json();
      expect(body.user).toMatchObject({ username, roles: expected[username] });
      expect(body.user).not.toHaveProperty("passwordHash");
      const me = await request.get("/api/v1/me", { headers: bearer(body.token) });
      expect(await me.json()).toMatchObject({ id: body.user.id, username, roles: expected[username] });
    }
  });

  test("token expiry is given in centre time (+08:00) although the server runs in New York", async ({ request }) => {
    const before = Date.now();
    const res = await request.post("/api/v1/auth/token", { data: { username: "admin", password: DEMO_PASSWORD } });
    const { expiresAt } = await res.json();
    expect(expiresAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
    const expected = new Date(before + 12 * 3600_000);
    const shanghaiHour = Number(new Intl.DateTimeFormat("en-GB", { hour: "2-digit", hour12: false, timeZone: "Asia/Shanghai" }).format(expected)) % 24;
    expect(Number(expiresAt.slice(11, 13))).toBe(shanghaiHour);
  });

  test("wrong password and unknown user get the same generic 401", async ({ request }) => {
    const wrong = await request.post("/api/v1/auth/token", { data: { username: "teacher", password: "not-the-password-1" } });
    const unknown = await request.post("/api/v1/auth/token", { data: { username: "nobody-at-all", password: "not-the-password-1" } });
    expect(wrong.status()).toBe(401);
    expect(unknown.status()).toBe(401);
    expect((await wrong.json()).error.message).toBe((await unknown.json()).error.message);
  });

  test("five failures lock a username for 15 minutes (429), the right password included", async ({ request }) => {
    const username = `probe-${Date.now()}`;
    for (let i = 0; i < 5; i++) {
      expect((await request.post("/api/v1/auth/token", { data: { username, password: "wrong-password-1" } })).status()).toBe(401);
    }
    const locked = await request.post("/api/v1/auth/token", { data: { username, password: "wrong-password-1" } });
    expect(locked.status()).toBe(429);
    expect((await locked.json()).error.code).toBe("too_many_attempts");
  });

  test("a missing, malformed or revoked token is 401", async ({ request }) => {
    expect((await request.get("/api/v1/me")).status()).toBe(401);
    expect((await request.get("/api/v1/me", { headers: { Authorization: "Bearer ak_forged" } })).status()).toBe(401);
    expect((await request.get("/api/v1/me", { headers: { Authorization: "Basic abc" } })).status()).toBe(401);
    const body = (await (await request.get("/api/v1/me")).json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("unauthenticated");
    expect(body.error.message).toMatch(/登录/);
  });

  test("bodies: malformed JSON 400, unknown field 422, over 1 MiB 413 — never 500", async ({ request }) => {
    const malformed = await request.post("/api/v1/auth/token", { data: Buffer.from("{not json"), headers: { "content-type": "application/json" } });
    expect(malformed.status()).toBe(400);
    const smuggled = await request.post("/api/v1/auth/token", { data: { username: "admin", password: DEMO_PASSWORD, role: "admin" } });
    expect(smuggled.status()).toBe(422);
    expect((await smuggled.json()).error.fieldErrors.role[0]).toContain("role");
    const huge = await request.post("/api/v1/auth/token", { data: { username: "admin", password: "x".repeat(1024 * 1024 + 10) } });
    expect(huge.status()).toBe(413);
    const wrongTypes = await request.post("/api/v1/auth/token", { data: { username: 42, password: null } });
    expect(wrongTypes.status()).toBe(422);
  });

  test("a browser-cookie write from another origin is refused", async ({ page }) => {
    const { signInAs } = await import("../helpers");
    await signInAs(page, "admin");
    const res = await page.request.post("/api/v1/users", { headers: { Origin: "https://evil.example" }, data: { username: "evil_origin", name: "跨站", roles: ["admin"], password: "Evil#origin2026" } });
    expect(res.status()).toBe(403);
    const list = await page.request.get("/api/v1/users?q=evil_origin");
    expect((await list.json()).items).toEqual([]);
  });

  test("openapi.json is an OpenAPI 3.1 document describing the routes", async ({ request }) => {
    const doc = await (await request.get("/api/v1/openapi.json")).json();
    expect(doc.openapi).toBe("3.1.0");
    for (const p of ["/api/v1/health", "/api/v1/auth/token", "/api/v1/me"]) expect(doc.paths).toHaveProperty([p]);
    expect(doc.paths["/api/v1/auth/token"].post.requestBody.content["application/json"].schema).toBeTruthy();
  });

  test("two tokens of one user are independent sessions", async ({ request }) => {
    const a = await apiToken(request, "carer");
    const b = await apiToken(request, "carer");
    expect(a).not.toBe(b);
    expect((await request.get("/api/v1/me", { headers: bearer(a) })).status()).toBe(200);
    expect((await request.get("/api/v1/me", { headers: bearer(b) })).status()).toBe(200);
  });
});
