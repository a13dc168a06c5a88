// npm test: typecheck and lint side by side (each uses one core), then unit tests, then e2e.
// Stops at the first failing step with its exit code; each step's output is shown as it comes.
import { spawn } from "node:child_process";

const STEPS = [["typecheck", "lint"], ["test:unit"], ["test:e2e"]];

const run = (script) =>
  new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", script], { stdio: "inherit" });
    child.on("exit", (code) => resolve({ script, code: code ?? 1 }));
  });

const started = Date.now();
for (const step of STEPS) {
  const t0 = Date.now();
  const results = await Promise.all(step.map(run));
  const failed = results.find((r) => r.code !== 0);
  if (failed) {
    console.error(`\nnpm test: ${failed.script} failed (exit ${failed.code})`);
    process.exit(failed.code);
  }
  console.log(`npm test: ${step.join(" + ")} passed in ${Math.round((Date.now() - t0) / 1000)} s`);
}
console.log(`npm test: all passed in ${Math.round((Date.now() - started) / 1000)} s`);
