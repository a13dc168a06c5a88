import fs from "node:fs";
import { chromium, devices } from "@playwright/test";

export interface PageWeight {
  path: string;
  status: number;
  scripts: number;
  /** Compressed (encoded) bytes of JavaScript received for a cold load of the page. */
  jsBytes: number;
  /** The heaviest scripts, to see where the weight comes from. */
  largest: { url: string; bytes: number }[];
}

/**
 * What a resident's phone downloads: a fresh browser context (empty cache) per page, signed in as
 * the demo resident, summing the encoded body sizes of every JavaScript response.
 */
export async function measureClientWeight(baseUrl: string, paths: string[], username = "resident", password = "Ankang#2026"): Promise<PageWeight[]> {
  const executablePath = process.env.CHROMIUM_PATH || (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  const browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const out: PageWeight[] = [];
  try {
    for (const path of paths) {
      const context = await browser.newContext({ ...devices["Pixel 7"], baseURL: baseUrl, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
      const { csrfToken } = (await (await context.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
      await context.request.post("/api/auth/callback/credentials", { form: { csrfToken, username, password, callbackUrl: "/" }, maxRedirects: 0 });
      const page = await context.newPage();
      const pending: Promise<{ url: string; bytes: number }>[] = [];
      page.on("response", (response) => {
        const type = response.request().resourceType();
        const js = type === "script" || /\.m?js$/.test(new URL(response.url()).pathname);
        const url = new URL(response.url()).pathname;
        if (js) pending.push(response.request().sizes().then((s) => ({ url, bytes: s.responseBodySize }), () => ({ url, bytes: 0 })));
      });
      const response = await page.goto(path, { waitUntil: "networkidle" });
      const sizes = await Promise.all(pending);
      const largest = [...sizes].sort((a, b) => b.bytes - a.bytes).slice(0, 5);
      out.push({ path, status: response?.status() ?? 0, scripts: sizes.length, jsBytes: sizes.reduce((a, b) => a + b.bytes, 0), largest });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}
