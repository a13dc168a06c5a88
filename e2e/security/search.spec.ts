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

// React's escaping of an attribute value, to find the box's value in the server's HTML.
const attr = (v: string) => v.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");

// HTTP answers with the admin's session (no browser renders): the page, its empty state and the
// search box holding the query as typed are all in the server's HTML.
test("every search box treats quotes, comment marks and LIKE wildcards literally", async ({ page }) => {
  test.setTimeout(180_000);
  const pages = searchPages();
  expect(pages.length).toBeGreaterThanOrEqual(5);
  await signInAs(page, "admin");
  for (const p of pages) {
    // Literally in no record; but a wildcard left unescaped ("%_%" = any text) or an injected
    // condition would list everything.
    for (const q of ["' OR '1'='1' --", "%_%"]) {
      const res = await page.request.get(`${p}?${VIEW[p] ?? ""}q=${encodeURIComponent(q)}`);
      expect(res.status(), `${p} q=${q}`).toBe(200);
      const html = await res.text();
      expect(html, `${p} q=${q}`).toContain("data-empty-state");
      const box = /<input[^>]*name="q"[^>]*>/.exec(html)?.[0] ?? "";
      expect(box, `${p} q=${q}`).toContain(`value="${attr(q)}"`);
    }
  }
  // And the database is still there.
  const users = await page.request.get("/admin/users?q=admin");
  expect(users.status()).toBe(200);
  expect(await users.text()).toContain("<tbody");
  expect(await users.text()).not.toContain("data-empty-state");
});
