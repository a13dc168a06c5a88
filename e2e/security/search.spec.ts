import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { signInAs } from "../helpers";

// SECURITY.md item 11: SQL metacharacters in every search box are plain text. The pages with a
// search box are found in app/ (a `name="q"` field), so a new one is covered without a list.
function searchPages(dir = path.join(process.cwd(), "app"), url = ""): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory() && !e.name.startsWith("_") && !e.name.startsWith("[") && e.name !== "api") {
      const group = e.name.startsWith("(") && e.name.endsWith(")");
      out.push(...searchPages(path.join(dir, e.name), group ? url : `${url}/${e.name}`));
    } else if (e.name === "page.tsx" && fs.readFileSync(path.join(dir, e.name), "utf8").includes('name="q"')) out.push(url || "/");
  }
  return out;
}

// Where the search box sits in one view of the page, the query that opens that view.
const VIEW: Record<string, string> = { "/appointments": "view=all&" };

test("every search box treats quotes, comment marks and LIKE wildcards literally", async ({ page }) => {
  test.setTimeout(180_000);
  const pages = searchPages();
  expect(pages.length).toBeGreaterThanOrEqual(5);
  await signInAs(page, "admin");
  for (const p of pages) {
    // Literally in no record; but a wildcard left unescaped ("%_%" = any text) or an injected
    // condition would list everything.
    for (const q of ["' OR '1'='1' --", "%_%"]) {
      const res = await page.goto(`${p}?${VIEW[p] ?? ""}q=${encodeURIComponent(q)}`);
      expect(res?.status(), `${p} q=${q}`).toBe(200);
      await expect(page.locator("[data-empty-state]").first(), `${p} q=${q}`).toBeVisible();
      await expect(page.locator(`input[name="q"]`).first(), `${p} q=${q}`).toHaveValue(q);
    }
  }
  // And the database is still there.
  expect((await page.goto("/admin/users?q=admin"))?.status()).toBe(200);
  await expect(page.locator("tbody tr").first()).toBeVisible();
});
