import AxeBuilder from "@axe-core/playwright";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { signInAs } from "../helpers";

// axe walks the whole DOM: slow on a busy two-core machine.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 180_000 });

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(" ")) }));
}

/** The first case in the mediator's list (the demo data gives them several). */
async function firstCase(page: Page): Promise<string> {
  await page.goto("/mediation");
  return (await page.getByRole("region", { name: "调解案件列表" }).getByRole("link").first().getAttribute("href"))!;
}

test.describe("mediation pages have no serious or critical WCAG 2 A/AA violations", () => {
  test.beforeEach(async ({ page }) => signInAs(page, "mediator"));

  test("the list and the registration form, errors showing", async ({ page }) => {
    await page.goto("/mediation");
    await expect(page.getByRole("heading", { level: 1, name: "人民调解" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto("/mediation/new");
    await page.getByRole("form", { name: "登记调解案件" }).getByRole("button", { name: "登记" }).click();
    await expect(page.getByRole("form", { name: "登记调解案件" }).getByText("此项必填。").first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("every tab of a case file", async ({ page }) => {
    const href = await firstCase(page);
    for (const tab of ["", "?tab=parties", "?tab=sessions", "?tab=agreement", "?tab=follow-ups", "?tab=support", "?tab=log"]) {
      await page.goto(`${href}${tab}`);
      await expect(page.getByRole("navigation", { name: "案件卷宗" })).toBeVisible();
      expect(await seriousViolations(page), tab || "overview").toEqual([]);
    }
  });

  test("the printable documents", async ({ page }) => {
    const href = await firstCase(page);
    for (const doc of ["register", "record", "agreement", "follow-up", "cover"]) {
      await page.goto(`${href}/print/${doc}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await seriousViolations(page), doc).toEqual([]);
    }
  });
});
