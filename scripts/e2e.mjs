// npm run test:e2e: a production build (if stale), then Playwright against `next start` on a fresh database.
import { spawnSync } from "node:child_process";
import { buildIfNeeded } from "./build-if-needed.mjs";

buildIfNeeded();
const r = spawnSync(process.execPath, ["node_modules/@playwright/test/cli.js", "test", ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(r.status ?? 1);
