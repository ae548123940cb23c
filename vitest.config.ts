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
    // Two files at a time. Vitest's default on a 2-core machine is one (cores − 1), and most of the
    // suite's time is spent waiting on child servers, browsers and databases: on the CI machine the
    // full suite took 881 s one file at a time and 556 s two at a time, both green (27 Nov 2026).
    // Every test uses its own port, data folder and database, so files do not share state.
    maxWorkers: 2,
    globalSetup: ["tests/support/global-setup.ts"],
  },
});
