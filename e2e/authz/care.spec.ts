import { expect, test, type APIRequestContext } from "@playwright/test";
import { apiToken, bearer, signInAs } from "../helpers";
import { minutesAgoIso, registerPerson } from "../care/helpers";

// Special groups: a carer sees only their own persons; corrections and petition details (the most
// restricted tier) reach nobody but the person's carers and admin — not in JSON, not in HTML.

const CARE_PAGES = ["/care", "/care/persons", "/care/persons/new", "/care/activities/new"];

/** A corrections person of the demo carer who is also a petitioner, with markers in both tiers. */
async function restrictedPerson(request: APIRequestContext) {
  const owner = await apiToken(request, "carer");
  const marker = `司法所密${Date.now()}`;
  const matter = `信访事项密${Date.now()}`;
  const c = await registerPerson(request, owner, { group: "corrections", riskColor: "red", details: { supervisingOffice: marker, termStart: "2026-06-01", termEnd: "2027-05-31", notes: "缓刑" } });
  const add = await request.post(`/api/v1/care/persons/${c.id}/groups`, { headers: bearer(owner), data: { group: "petitioner", details: { matter } } });
  expect(add.status()).toBe(201);
  return { ...c, marker, matter };
}

test.describe("care: who may see and change what", () => {
  test("a carer not assigned gets 404 for the person's file, visits and changes, and the person is in none of their lists", async ({ request, page }) => {
    test.slow();
    const owner = await apiToken(request, "carer");
    const stranger = await apiToken(request, "gh03");
    const p = await registerPerson(request, owner, { riskColor: "yellow" });
    const h = bearer(stranger);
    expect((await request.get(`/api/v1/care/persons/${p.id}`, { headers: h })).status()).toBe(404);
    expect((await request.get(`/api/v1/care/persons/${p.id}/visits`, { headers: h })).status()).toBe(404);
    expect((await request.post(`/api/v1/care/persons/${p.id}/visits`, { headers: h, data: { visitedAt: minutesAgoIso(1), kind: "home", observations: { mental: "x" } } })).status()).toBe(404);
    expect((await request.post(`/api/v1/care/persons/${p.id}/risk-color`, { headers: h, data: { riskColor: "red", reason: "x" } })).status()).toBe(404);
    expect((await request.post(`/api/v1/care/persons/${p.id}/exit`, { headers: h, data: { reason: "x", exitedOn: "2026-01-01" } })).status()).toBe(404);
    expect((await request.post(`/api/v1/care/persons/${p.id}/carers`, { headers: h, data: { carerIds: [1] } })).status()).toBe(404);
    expect((await request.patch(`/api/v1/care/persons/${p.id}/details`, { headers: h, data: { group: "bereaved", details: {} } })).status()).toBe(404);
    expect((await request.post("/api/v1/care/activities", { headers: h, data: { title: "活动", heldAt: minutesAgoIso(5), participants: [{ personId: p.id }] } })).status()).toBe(404);
    // Filters do not open a door either: naming the owner as carer still lists only the stranger's own.
    const me = await (await request.get("/api/v1/me", { headers: bearer(owner) })).json();
    const listed = await (await request.get(`/api/v1/care/persons?carerId=${me.id}&limit=200`, { headers: h })).json();
    expect(listed.items.map((i: { id: number }) => i.id)).not.toContain(p.id);
    const due = await (await request.get("/api/v1/care/visits/due?before=2099-12-31&limit=200", { headers: h })).json();
    expect(due.items.map((i: { id: number }) => i.id)).not.toContain(p.id);
    // The page is "not found" too (404, or 200 once the shell has streamed), and nothing about the
    // person reaches the browser, in the HTML or the RSC payload.
    await signInAs(page, "gh03");
    const res = await page.goto(`/care/persons/${p.id}`);
    expect([200, 404]).toContain(res?.status());
    await expect(page.getByRole("heading", { level: 1, name: "页面不存在" })).toBeVisible({ timeout: 20_000 });
    expect(await page.content()).not.toContain(p.name);
    const rsc = await page.request.get(`/care/persons/${p.id}`, { headers: { RSC: "1" } });
    expect(await rsc.text()).not.toContain(p.name);
    // Unchanged for the owner.
    expect((await (await request.get(`/api/v1/care/persons/${p.id}`, { headers: bearer(owner) })).json()).riskColor).toBe("yellow");
  });

  test("corrections and petition details appear for the person's carer and admin, and never in JSON for anyone else", async ({ request }) => {
    const c = await restrictedPerson(request);
    for (const who of ["carer", "admin"]) {
      const json = await (await request.get(`/api/v1/care/persons/${c.id}`, { headers: bearer(await apiToken(request, who)) })).text();
      expect(json, who).toContain(c.marker);
      expect(json, who).toContain(c.matter);
    }
    for (const who of ["gh04", "teacher", "resident", "counselor", "hotline", "mediator"]) {
      const tok = await apiToken(request, who);
      for (const url of [`/api/v1/care/persons/${c.id}`, `/api/v1/care/persons/${c.id}/visits`, "/api/v1/care/persons?limit=200", "/api/v1/care/visits/due?before=2099-12-31&limit=200"]) {
        const r = await request.get(url, { headers: bearer(tok) });
        expect([200, 403, 404], `${who} ${url}`).toContain(r.status());
        const text = await r.text();
        expect(text, `${who} ${url}`).not.toContain(c.marker);
        expect(text, `${who} ${url}`).not.toContain(c.matter);
        expect(text, `${who} ${url}`).not.toContain(c.name);
      }
    }
  });

  test("the person's carer sees the restricted tier on their page", async ({ request, page }) => {
    test.slow();
    const c = await restrictedPerson(request);
    await signInAs(page, "carer");
    expect((await page.goto(`/care/persons/${c.id}`))?.status()).toBe(200);
    await expect(page.getByText(c.marker)).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText(c.matter)).toBeVisible();
  });

  for (const who of ["gh04", "teacher", "counselor"]) {
    test(`${who}: the restricted tier is in neither the HTML nor the RSC payload of any care page`, async ({ request, page }) => {
      test.slow();
      const c = await restrictedPerson(request);
      await signInAs(page, who);
      // The server's answers (document and RSC payload), without a browser render.
      for (const url of [`/care/persons/${c.id}`, "/care/persons"]) {
        const res = await page.request.get(url);
        expect([200, 403, 404], `${who} ${url}`).toContain(res.status());
        const html = (await res.text()) + (await (await page.request.get(url, { headers: { RSC: "1" } })).text());
        expect(html, `${who} ${url}`).not.toContain(c.marker);
        expect(html, `${who} ${url}`).not.toContain(c.matter);
        expect(html, `${who} ${url}`).not.toContain(c.name);
      }
    });
  }

  for (const who of ["teacher", "counselor", "resident"]) {
    test(`${who}: refused every care page`, async ({ page }) => {
      test.slow();
      await signInAs(page, who);
      // The server's answer itself (status and HTML), without a browser render.
      for (const url of [...CARE_PAGES, "/care/settings", "/care/persons/1"]) {
        const res = await page.request.get(url);
        const landed = new URL(res.url()).pathname;
        if (who === "resident" && landed.startsWith("/me")) continue;
        expect(res.status(), `${who} ${url}`).toBe(403);
        const html = await res.text();
        expect(html, `${who} ${url}`).toContain("无权访问");
        expect(html, `${who} ${url}`).not.toMatch(/<form[\s>]/);
      }
    });
  }

  test("a carer may not change the cadence: the settings page is 403 and the API refuses", async ({ page, request }) => {
    await signInAs(page, "carer");
    const res = await page.request.get("/care/settings");
    expect(res.status()).toBe(403);
    const html = await res.text();
    expect(html).toContain("无权访问");
    expect(html).not.toMatch(/<form[\s>]/);
    const tok = await apiToken(request, "carer");
    expect((await request.put("/api/v1/care/settings", { headers: bearer(tok), data: { red: 1, yellow: 1, green: 1 } })).status()).toBe(403);
  });

  test("the visit endpoint refuses a cookie post from another origin", async ({ page }) => {
    await signInAs(page, "carer");
    const res = await page.request.post("/api/v1/care/persons/1/visits", { headers: { Origin: "https://evil.example" }, data: { visitedAt: minutesAgoIso(1), kind: "home", observations: { mental: "x" } } });
    expect(res.status()).toBe(403);
  });
});
