import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "db/**/*.test.ts", "scripts/**/*.test.ts"],
    exclude: ["e2e/**", "node_modules/**"],
    environment: "node",
    pool: "forks",
    testTimeout: 60_000,
    // Not the centre's zone on purpose: lib/time.ts must not depend on the process TZ.
    env: { TZ: "America/New_York" },
  },
});
