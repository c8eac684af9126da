import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["missive-ts-source"] },
  test: {
    include: ["test/**/*.test.ts"],
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"] },
  },
});
