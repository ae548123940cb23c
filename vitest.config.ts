import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "server/**/*.test.ts",
      "tests/**/*.test.ts",
      "web/src/**/*.test.ts",
      "eval/**/*.test.ts",
    ],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    pool: "forks",
    globalSetup: ["tests/support/global-setup.ts"],
  },
});
