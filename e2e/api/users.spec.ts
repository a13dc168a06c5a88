import { expect, test, type APIRequestContext } from "@playwright/test";
import { apiToken, bearer, DEMO_USERS, signInAs } from "../helpers";
import { createUserViaApi, OTHER_PASSWORD, STAFF_PASSWORD, uniqueUsername } from "../admin/helpers";

// Staff account administration over HTTP: admin only; every other role and anonymous callers are
// refused and change nothing.

// Playwright would JSON-encode a string body; a Buffer goes out byte for byte.
const raw = (text: string) => Buffer.from(text, "utf8");

const NON_ADMINS = DEMO_USERS.filter((u) => u !== "admin");

async function json<T = Record<string, unknown>>(res: { json(): Promise<unknown> }): Promise<T> {
  return (await res.json()) as T;
}

async function adminGet(request: APIRequestContext, adminToken: string, id: number) {
  const res = await request.get(`/api/v1/users/${id}`, { headers: bearer(adminToken) });
  expect(res.status()).toBe(200);
  return json(res);
}

test.describe("users API as admin", () => {
  let admin: string;
  test.beforeAll(async ({ request }) => {
    admin = await apiToken(request, "admin");
  });

  test("create, read, list, update, disable, enable and reset a staff account", async ({ request }) => {
    const username = uniqueUsername("api");
    const created = await request.post("/api/v1/users", {
      headers: bearer(admin),
      data: { username: username.toUpperCase(), name: "接口测试员", phone: "13900009999", roles: ["counselor", "hotline"], title: "志愿咨询师", counselorKind: "guide", password: STAFF_PASSWORD },
    });
    expect(created.status()).toBe(201);
    const { id } = await json<{ id: number }>(created);
    expect(id).toBeGreaterThan(0);

    const detail = await request.get(`/api/v1/users/${id}`, { headers: bearer(admin) });
    expect(detail.status()).toBe(200);
    const text = await detail.text();
    expect(text).not.toMatch(/passwordHash|password_hash|\$argon2/);
    expect(JSON.parse(text)).toMatchObject({
      id,
      username,
      name: "接口测试员",
      phone: "13900009999",
      active: true,
      roles: ["counselor", "hotline"],
      title: "志愿咨询师",
      counselorKind: "guide",
      mustChangePassword: true,
      lastSignInAt: null,
      disabledAt: null,
    });
    expect(JSON.parse(text).createdAt).toMatch(/\+08:00$/);

    const list = await request.get(`/api/v1/users?q=${username}`, { headers: bearer(admin) });
    expect(list.status()).toBe(200);
    const body = await json<{ items: { id: number; username: string }[]; nextCursor: string | null }>(list);
    expect(body.items.map((u) => u.id)).toEqual([id]);
    expect(body.nextCursor).toBeNull();
    expect(JSON.stringify(body)).not.toMatch(/passwordHash|\$argon2/);
    const byRole = await json<{ items: { id: number }[] }>(await request.get(`/api/v1/users?q=${username}&role=hotline&status=active`, { headers: bearer(admin) }));
    expect(byRole.items.map((u) => u.id)).toEqual([id]);
    const wrongRole = await json<{ items: unknown[] }>(await request.get(`/api/v1/users?q=${username}&role=teacher`, { headers: bearer(admin) }));
    expect(wrongRole.items).toEqual([]);

    const patched = await request.patch(`/api/v1/users/${id}`, { headers: bearer(admin), data: { name: "改名后", roles: ["mediator"] } });
    expect(patched.status()).toBe(200);
    expect(await json(patched)).toMatchObject({ id, name: "改名后", roles: ["mediator"], counselorKind: null, title: "志愿咨询师", phone: "13900009999" });

    const disabled = await request.post(`/api/v1/users/${id}/disable`, { headers: bearer(admin), data: { reason: "接口测试" } });
    expect(disabled.status()).toBe(200);
    expect(await json(disabled)).toEqual({ id, active: false });
    expect(await adminGet(request, admin, id)).toMatchObject({ active: false, disabledReason: "接口测试" });
    const disabledList = await json<{ items: { id: number }[] }>(await request.get(`/api/v1/users?q=${username}&status=disabled`, { headers: bearer(admin) }));
    expect(disabledList.items.map((u) => u.id)).toEqual([id]);
    // Disabling again changes nothing and is no error.
    expect((await request.post(`/api/v1/users/${id}/disable`, { headers: bearer(admin) })).status()).toBe(200);

    const enabled = await request.post(`/api/v1/users/${id}/enable`, { headers: bearer(admin) });
    expect(enabled.status()).toBe(200);
    expect(await json(enabled)).toEqual({ id, active: true });

    const reset = await request.post(`/api/v1/users/${id}/reset-password`, { headers: bearer(admin), data: { password: OTHER_PASSWORD } });
    expect(reset.status()).toBe(200);
    expect(await json(reset)).toEqual({ id, mustChangePassword: true });
    expect((await request.post("/api/v1/auth/token", { data: { username, password: STAFF_PASSWORD } })).status()).toBe(401);
    const token = await apiToken(request, username, OTHER_PASSWORD);
    const me = await request.get("/api/v1/me", { headers: bearer(token) });
    expect(await json(me)).toMatchObject({ id, username, roles: ["mediator"] });
  });

  test("lists pages with limit and cursor, and filters as the query says", async ({ request }) => {
    const first = await json<{ items: { username: string }[]; nextCursor: string | null }>(await request.get("/api/v1/users?limit=2", { headers: bearer(admin) }));
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await json<{ items: { username: string }[] }>(await request.get(`/api/v1/users?limit=2&cursor=${encodeURIComponent(first.nextCursor!)}`, { headers: bearer(admin) }));
    expect(second.items).toHaveLength(2);
    expect(second.items[0].username > first.items[1].username).toBe(true);
    const residents = await json<{ items: { username: string; roles: string[] }[] }>(await request.get("/api/v1/users?role=resident&limit=200", { headers: bearer(admin) }));
    expect(residents.items.map((u) => u.username)).toEqual(expect.arrayContaining(["resident", "resident2"]));
    for (const u of residents.items) expect(u.roles).toEqual(["resident"]);
    expect((await request.get("/api/v1/users?limit=201", { headers: bearer(admin) })).status()).toBe(422);
    expect((await request.get("/api/v1/users?role=superuser", { headers: bearer(admin) })).status()).toBe(422);
    expect((await request.get("/api/v1/users?sort=password_hash", { headers: bearer(admin) })).status()).toBe(422);
  });

  test("search boxes take %, _ and SQL as literal text", async ({ request }) => {
    const search = async (q: string) =>
      json<{ items: { username: string }[] }>(await request.get(`/api/v1/users?limit=200&q=${encodeURIComponent(q)}`, { headers: bearer(admin) }));
    expect((await search("' OR 1=1--")).items).toEqual([]);
    expect((await search("%")).items).toEqual([]);
    const u = await createUserViaApi(request, admin, { username: `${uniqueUsername("us").slice(0, 28)}_x` });
    const underscore = (await search("_")).items.map((i) => i.username);
    expect(underscore).toContain(u.username);
    for (const name of underscore) expect(name).toContain("_");
  });

  test("refuses a taken username (409 with a field error), weak passwords and smuggled fields (422)", async ({ request }) => {
    const taken = await request.post("/api/v1/users", { headers: bearer(admin), data: { username: "counselor", name: "重名", roles: ["teacher"], password: STAFF_PASSWORD } });
    expect(taken.status()).toBe(409);
    const err = await json<{ error: { code: string; fieldErrors: Record<string, string[]> } }>(taken);
    expect(err.error.code).toBe("conflict");
    expect(err.error.fieldErrors.username).toHaveLength(1);

    for (const password of ["short1A", "onlyletterslong", "password123"]) {
      const r = await request.post("/api/v1/users", { headers: bearer(admin), data: { username: uniqueUsername(), name: "弱密码", roles: ["teacher"], password } });
      expect(r.status(), password).toBe(422);
      expect((await json<{ error: { fieldErrors: Record<string, string[]> } }>(r)).error.fieldErrors.password).toBeTruthy();
    }

    const username = uniqueUsername();
    const smuggled = await request.post("/api/v1/users", { headers: bearer(admin), data: { username, name: "夹带", roles: ["teacher"], password: STAFF_PASSWORD, active: false, mustChangePassword: false } });
    expect(smuggled.status()).toBe(422);
    const fields = (await json<{ error: { fieldErrors: Record<string, string[]> } }>(smuggled)).error.fieldErrors;
    expect(Object.keys(fields)).toEqual(expect.arrayContaining(["active", "mustChangePassword"]));
    const resident = await request.post("/api/v1/users", { headers: bearer(admin), data: { username, name: "夹带", roles: ["resident"], password: STAFF_PASSWORD } });
    expect(resident.status()).toBe(422);
    const after = await json<{ items: unknown[] }>(await request.get(`/api/v1/users?q=${username}`, { headers: bearer(admin) }));
    expect(after.items).toEqual([]);

    const u = await createUserViaApi(request, admin);
    for (const [path, data] of [
      [`/api/v1/users/${u.id}`, { role: "admin" }],
      [`/api/v1/users/${u.id}`, { passwordHash: "x" }],
      [`/api/v1/users/${u.id}/disable`, { reason: "x", active: true }],
      [`/api/v1/users/${u.id}/enable`, { sessionVersion: 1 }],
      [`/api/v1/users/${u.id}/reset-password`, { password: OTHER_PASSWORD, mustChangePassword: false }],
    ] as const) {
      const r = path.endsWith(`${u.id}`) ? await request.patch(path, { headers: bearer(admin), data }) : await request.post(path, { headers: bearer(admin), data });
      expect(r.status(), `${path} ${JSON.stringify(data)}`).toBe(422);
      expect((await json<{ error: { code: string } }>(r)).error.code).toBe("validation");
    }
    expect(await adminGet(request, admin, u.id)).toMatchObject({ roles: ["teacher"], active: true, mustChangePassword: true });
  });

  test("refuses to disable or reset the admin's own account and to drop their own admin role", async ({ request }) => {
    const me = await json<{ id: number }>(await request.get("/api/v1/me", { headers: bearer(admin) }));
    expect((await request.post(`/api/v1/users/${me.id}/disable`, { headers: bearer(admin) })).status()).toBe(409);
    expect((await request.post(`/api/v1/users/${me.id}/reset-password`, { headers: bearer(admin), data: { password: OTHER_PASSWORD } })).status()).toBe(409);
    expect((await request.patch(`/api/v1/users/${me.id}`, { headers: bearer(admin), data: { roles: ["teacher"] } })).status()).toBe(409);
    expect(await adminGet(request, admin, me.id)).toMatchObject({ active: true, roles: ["admin"] });
    expect((await request.get("/api/v1/me", { headers: bearer(admin) })).status()).toBe(200);
  });

  test("malformed JSON → 400, a body over 1 MiB → 413, a non-numeric or unknown id → 404", async ({ request }) => {
    const u = await createUserViaApi(request, admin);
    const jsonHeaders = { ...bearer(admin), "Content-Type": "application/json" };
    expect((await request.post("/api/v1/users", { headers: jsonHeaders, data: raw('{"username": "x",') })).status()).toBe(400);
    expect((await request.patch(`/api/v1/users/${u.id}`, { headers: jsonHeaders, data: raw("{not json") })).status()).toBe(400);
    expect((await request.post(`/api/v1/users/${u.id}/reset-password`, { headers: jsonHeaders, data: raw("[") })).status()).toBe(400);
    const bad = await request.post(`/api/v1/users/${u.id}/disable`, { headers: jsonHeaders, data: raw("nope") });
    expect(bad.status()).toBe(400);
    expect((await json<{ error: { code: string } }>(bad)).error.code).toBe("bad_request");

    const huge = JSON.stringify({ username: uniqueUsername(), name: "大", roles: ["teacher"], password: STAFF_PASSWORD, title: "x".repeat(1024 * 1024 + 10) });
    const tooLarge = await request.post("/api/v1/users", { headers: jsonHeaders, data: raw(huge) });
    expect(tooLarge.status()).toBe(413);
    expect((await json<{ error: { code: string } }>(tooLarge)).error.code).toBe("too_large");
    expect((await request.patch(`/api/v1/users/${u.id}`, { headers: jsonHeaders, data: raw(JSON.stringify({ name: "x".repeat(1100 * 1024) })) })).status()).toBe(413);

    for (const id of ["abc", "1.5", "-1", "0", "1e3", "99999999"]) {
      expect((await request.get(`/api/v1/users/${id}`, { headers: bearer(admin) })).status(), id).toBe(404);
      expect((await request.patch(`/api/v1/users/${id}`, { headers: bearer(admin), data: { name: "x" } })).status(), id).toBe(404);
      expect((await request.post(`/api/v1/users/${id}/disable`, { headers: bearer(admin), data: {} })).status(), id).toBe(404);
      expect((await request.post(`/api/v1/users/${id}/enable`, { headers: bearer(admin), data: {} })).status(), id).toBe(404);
      expect((await request.post(`/api/v1/users/${id}/reset-password`, { headers: bearer(admin), data: { password: OTHER_PASSWORD } })).status(), id).toBe(404);
    }
    expect(await adminGet(request, admin, u.id)).toMatchObject({ name: "测试员工", active: true });
  });

  test("the OpenAPI document describes the users endpoints", async ({ request }) => {
    const doc = await json<{ paths: Record<string, unknown> }>(await request.get("/api/v1/openapi.json"));
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/v1/users", "/api/v1/users/{id}", "/api/v1/users/{id}/disable", "/api/v1/users/{id}/enable", "/api/v1/users/{id}/reset-password"]),
    );
  });
});

test.describe("users API refuses everyone but the admin", () => {
  let admin: string;
  let victim: { id: number; username: string; password: string };
  let victimToken: string;
  test.beforeAll(async ({ request }) => {
    admin = await apiToken(request, "admin");
    victim = await createUserViaApi(request, admin, { roles: ["counselor"], name: "受保护的人" });
    victimToken = await apiToken(request, victim.username, victim.password);
  });

  /** Every endpoint once, with a body that would succeed for an admin. */
  function attempts(newUsername: string) {
    return [
      { name: "list", call: (r: APIRequestContext, h: Record<string, string>) => r.get("/api/v1/users", { headers: h }) },
      { name: "create", call: (r: APIRequestContext, h: Record<string, string>) => r.post("/api/v1/users", { headers: h, data: { username: newUsername, name: "越权", roles: ["admin"], password: STAFF_PASSWORD } }) },
      { name: "read", call: (r: APIRequestContext, h: Record<string, string>) => r.get(`/api/v1/users/${victim.id}`, { headers: h }) },
      { name: "update", call: (r: APIRequestContext, h: Record<string, string>) => r.patch(`/api/v1/users/${victim.id}`, { headers: h, data: { name: "被改了", roles: ["admin"] } }) },
      { name: "disable", call: (r: APIRequestContext, h: Record<string, string>) => r.post(`/api/v1/users/${victim.id}/disable`, { headers: h, data: { reason: "越权" } }) },
      { name: "enable", call: (r: APIRequestContext, h: Record<string, string>) => r.post(`/api/v1/users/${victim.id}/enable`, { headers: h, data: {} }) },
      { name: "reset-password", call: (r: APIRequestContext, h: Record<string, string>) => r.post(`/api/v1/users/${victim.id}/reset-password`, { headers: h, data: { password: OTHER_PASSWORD } }) },
    ];
  }

  async function expectNoChange(request: APIRequestContext, newUsername: string) {
    expect(await adminGet(request, admin, victim.id)).toMatchObject({ name: "受保护的人", roles: ["counselor"], active: true });
    // The victim's token still works: no disable, no reset (both would end it).
    const me = await request.get("/api/v1/me", { headers: bearer(victimToken) });
    expect(me.status()).toBe(200);
    expect(await json(me)).toMatchObject({ roles: ["counselor"] });
    const found = await json<{ items: unknown[] }>(await request.get(`/api/v1/users?q=${newUsername}`, { headers: bearer(admin) }));
    expect(found.items).toEqual([]);
  }

  for (const role of NON_ADMINS) {
    test(`${role} gets 403 everywhere and changes nothing`, async ({ request }) => {
      const token = await apiToken(request, role);
      const newUsername = uniqueUsername("no");
      for (const a of attempts(newUsername)) {
        const res = await a.call(request, bearer(token));
        expect(res.status(), `${role} ${a.name}`).toBe(403);
        const body = await json<{ error: { code: string } }>(res);
        expect(body.error.code).toBe("forbidden");
      }
      // Their own id is no back door either.
      const me = await json<{ id: number }>(await request.get("/api/v1/me", { headers: bearer(token) }));
      expect((await request.patch(`/api/v1/users/${me.id}`, { headers: bearer(token), data: { roles: ["admin"] } })).status()).toBe(403);
      expect(await json(await request.get("/api/v1/me", { headers: bearer(token) }))).toMatchObject({ id: me.id });
      expect((await json<{ roles: string[] }>(await request.get("/api/v1/me", { headers: bearer(token) }))).roles).not.toContain("admin");
      await expectNoChange(request, newUsername);
    });
  }

  test("anonymous callers and bad tokens get 401 and change nothing", async ({ request }) => {
    const newUsername = uniqueUsername("anon");
    for (const headers of [{}, bearer("ak_not-a-real-token"), { Authorization: "Basic YWRtaW46QW5rYW5nIzIwMjY=" }]) {
      for (const a of attempts(newUsername)) {
        const res = await a.call(request, headers);
        expect(res.status(), `${JSON.stringify(headers)} ${a.name}`).toBe(401);
        expect((await json<{ error: { code: string } }>(res)).error.code).toBe("unauthenticated");
      }
    }
    await expectNoChange(request, newUsername);
  });

  test("a browser session of another role gets 403, and a cross-site write with the admin's cookie is refused", async ({ page }) => {
    await signInAs(page, "counselor");
    expect((await page.request.get("/api/v1/users")).status()).toBe(403);
    await page.context().clearCookies();
    await signInAs(page, "admin");
    expect((await page.request.get(`/api/v1/users/${victim.id}`)).status()).toBe(200);
    const crossSite = await page.request.post(`/api/v1/users/${victim.id}/disable`, { headers: { Origin: "https://evil.example" }, data: {} });
    expect(crossSite.status()).toBe(403);
    const noOrigin = await page.request.post(`/api/v1/users/${victim.id}/disable`, { data: {} });
    expect(noOrigin.status()).toBe(403);
    expect(await adminGet(page.request, admin, victim.id)).toMatchObject({ active: true });
  });
});
