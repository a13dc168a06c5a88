import { defineConfig } from "vitest/config";
import os from "node:os";
import path from "node:path";

const ALL = ["lib/**/*.test.ts", "db/**/*.test.ts", "scripts/**/*.test.ts"];
// The OpenAPI document imports every area's schemas at once; those files keep a fresh module graph.
const OPENAPI = ["lib/**/openapi.test.ts"];

export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname) } },
  test: {
    exclude: ["e2e/**", "node_modules/**"],
    environment: "node",
    pool: "forks",
    // Vitest's default leaves a core idle (cores − 1); each test file works on its own database file.
    maxWorkers: os.availableParallelism(),
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Not the centre's zone on purpose: lib/time.ts must not depend on the process TZ.
    env: { TZ: "America/New_York" },
    projects: [
      // Each test opens its own database file, so files can share a worker's loaded modules
      // (importing the schema, zod and drizzle once per worker, not once per file).
      { extends: true, test: { name: "unit", include: ALL, exclude: ["e2e/**", "node_modules/**", ...OPENAPI], isolate: false } },
      { extends: true, test: { name: "openapi", include: OPENAPI } },
    ],
  },
});
