// npm start: build if needed, then serve; npm run serve (--no-build): serve the existing build.
// The server itself migrates the database, seeds demo data on an empty one and generates
// AUTH_SECRET if missing (instrumentation.ts → db/startup.ts).
import { spawn } from "node:child_process";
import { buildIfNeeded } from "./build-if-needed.mjs";
import { SERVER_NODE_FLAGS } from "./server-flags.mjs";

if (!process.argv.includes("--no-build")) buildIfNeeded();
const port = process.env.PORT || "3000";
const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, "node_modules/next/dist/bin/next", "start", "-p", port], { stdio: "inherit" });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
