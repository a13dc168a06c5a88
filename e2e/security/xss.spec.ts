import { expect, test, type Page } from "@playwright/test";
import { apiToken, bearer, signInAs } from "../helpers";
import { logCall } from "../hotline/helpers";
import { registerCase } from "../mediation/api-helpers";
import { registerPerson } from "../care/helpers";
import { createActivityVia } from "../activities/helpers";

// SECURITY.md item 10: free text is rendered as text everywhere. The payload would set a flag if it
// ran; escaping alone must stop it (no <img> element appears), and the CSP would too.
const PAYLOAD = `<img src=x onerror="window.__xss=1">'"><script>window.__xss=2</script>`;

const SHORT = `<img src=x onerror="window.__xss=1">`;

async function expectInert(page: Page, path: string, text = PAYLOAD) {
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    void d.dismiss();
  });
  const res = await page.goto(path);
  expect(res?.status(), path).toBe(200);
  await expect(page.getByText(text, { exact: false }).first(), path).toBeAttached();
  expect(await page.locator('img[src="x"]').count(), path).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), path).toBeUndefined();
  expect(dialogs, path).toBe(0);
}

test.describe.configure({ timeout: 120_000 });

test("a hotline call summary with markup shows as text on the call and the list", async ({ request, page }) => {
  const id = await logCall(request, await apiToken(request, "hotline"), { summary: `来电 ${PAYLOAD}` });
  await signInAs(page, "hotline");
  await expectInert(page, `/hotline/calls/${id}`);
});

test("a mediation case summary with markup shows as text on the case and every print view", async ({ request, page }) => {
  const c = await registerCase(request, await apiToken(request, "mediator"), { summary: `纠纷 ${PAYLOAD}` });
  await signInAs(page, "mediator");
  await expectInert(page, `/mediation/${c.id}`);
  await expectInert(page, `/mediation/${c.id}/print/register`);
});

test("a care file's free text with markup shows as text", async ({ request, page }) => {
  const p = await registerPerson(request, await apiToken(request, "carer"), { details: { familySituation: `家庭 ${PAYLOAD}` } });
  await signInAs(page, "carer");
  await expectInert(page, `/care/persons/${p.id}`);
});

test("an activity title and a staff name with markup show as text", async ({ request, page }) => {
  const a = await createActivityVia(request, { room: "music", fromDays: 75, capacity: 5, title: `活动${SHORT}` });
  await signInAs(page, "teacher");
  await expectInert(page, `/activities/${a.id}`, SHORT);

  const admin = await apiToken(request, "admin");
  const res = await request.post("/api/v1/users", { headers: bearer(admin), data: { username: `xss${Date.now() % 1e6}`, name: `<b>王</b>`, roles: ["teacher"], password: "Xss#test2026" } });
  // A name with markup is either refused (422) or kept as text.
  if (res.status() === 201) {
    await signInAs(page, "admin");
    await page.goto(`/admin/users/${(await res.json()).id}`);
    expect(await page.locator("main b").filter({ hasText: "王" }).count()).toBe(0);
  } else expect(res.status()).toBe(422);
});
