// Builds the app unless .next holds a production build newer than every source file.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const SOURCES = ["app", "lib", "db", "public", "proxy.ts", "instrumentation.ts", "next.config.ts", "postcss.config.mjs", "package.json", "package-lock.json", "tsconfig.json"];

function newest(p) {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const e of fs.readdirSync(p)) {
    if (e === "node_modules" || e.endsWith(".test.ts")) continue;
    max = Math.max(max, newest(path.join(p, e)));
  }
  return max;
}

export function buildIfNeeded() {
  const id = path.join(process.env.NEXT_DIST_DIR || ".next", "BUILD_ID");
  const built = fs.existsSync(id) ? fs.statSync(id).mtimeMs : 0;
  const changed = Math.max(...SOURCES.map(newest));
  if (built > changed && process.env.FORCE_BUILD !== "1") {
    console.log("[ankang] build is up to date");
    return;
  }
  console.log("[ankang] building (next build) …");
  execFileSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit" });
}

if (import.meta.url === `file://${process.argv[1]}`) buildIfNeeded();
