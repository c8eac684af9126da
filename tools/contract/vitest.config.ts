import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["../mock/src/vitest-global-setup.ts"],
    testTimeout: 30_000,
  },
});
