import { defineConfig, devices } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";
import { SERVER_NODE_FLAGS } from "./scripts/server-flags.mjs";

const PORT = Number(process.env.E2E_PORT || 3100);
export const E2E_DB_DIR = process.env.E2E_DB_DIR || path.join(process.cwd(), "data", "e2e");

// A fresh database for each run; only the main process (not each worker) clears it.
if (!process.env.TEST_WORKER_INDEX && !process.env.E2E_KEEP_DB) fs.rmSync(E2E_DB_DIR, { recursive: true, force: true });

// Debian's Chromium where it exists (this project's machines); Playwright's own browser elsewhere.
const debianChromium = "/usr/bin/chromium";
const executablePath = process.env.CHROMIUM_PATH || (fs.existsSync(debianChromium) ? debianChromium : undefined);

export default defineConfig({
  testDir: "e2e",
  testIgnore: ["bench/**"],
  timeout: 30_000,
  expect: { timeout: 7_000 },
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS) || 2,
  // One retry on CI absorbs a slow machine; a test that fails twice fails the run.
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 860 } }, testIgnore: ["bench/**", "authz/matrix.spec.ts"] },
    // The role × route matrix compares a fingerprint of the whole database before and after its
    // refusals, so it runs alone, after everything else. To run it by itself:
    // `node scripts/e2e.mjs --no-deps e2e/authz/matrix.spec.ts`.
    { name: "matrix", use: { ...devices["Desktop Chrome"] }, testMatch: "authz/matrix.spec.ts", dependencies: ["desktop"] },
  ],
  webServer: {
    command: `node ${SERVER_NODE_FLAGS.join(" ")} node_modules/next/dist/bin/next start -p ${PORT}`,
    url: `http://localhost:${PORT}/api/v1/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: { DATABASE_PATH: path.join(E2E_DB_DIR, "ankang.db"), BACKUP_DIR: path.join(E2E_DB_DIR, "backups"), TZ: process.env.E2E_SERVER_TZ || "America/New_York", PORT: String(PORT) },
  },
});
